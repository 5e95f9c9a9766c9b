import { createRequire } from 'node:module';
import { isAnswered, type LookupFailed } from '../../dns/lookup-result.js';
import { type AuthFinding, finding } from './codes.js';
import { mailauthResolver } from './mailauth-resolver.js';
import type { AuthCheckOptions, PartResult } from './types.js';

const require = createRequire(import.meta.url);

/** Selectors the big providers and common software use; tried besides the ones asked for. */
export const COMMON_SELECTORS = [
  'default',
  'google',
  'selector1',
  'selector2',
  'k1',
  's1',
  's2',
  'dkim',
  'mail',
] as const;

type GetPublicKey = (
  type: 'DKIM',
  name: string,
  minBitLength: number,
  resolver: unknown,
) => Promise<{ publicKey: string; rr: string; modulusLength?: number }>;

interface SelectorResult {
  selector: string;
  asked: boolean;
  findings: AuthFinding[];
  found: boolean;
  failure: LookupFailed | null;
}

/**
 * DKIM keys at `<selector>._domainkey.<domain>` for the selectors asked for and the common ones, all
 * looked up in parallel; each key read by mailauth's getPublicKey (type, size, syntax).
 */
export async function checkDkim(
  domain: string,
  asked: readonly string[],
  opts: AuthCheckOptions,
): Promise<PartResult> {
  const selectors = [...new Set([...asked, ...COMMON_SELECTORS])];
  const results = await Promise.all(selectors.map((s) => checkSelector(domain, s, asked.includes(s), opts)));
  const findings = results.flatMap((r) => r.findings);
  const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
  const found = results.filter((r) => r.found);
  if (found.length === 0 && failures.length === 0) {
    findings.push(
      finding(
        'dkim-none-found',
        'info',
        `No DKIM key found for ${domain} at ${asked.length > 0 ? 'the selectors given nor at ' : ''}the common ` +
          `selectors (${COMMON_SELECTORS.join(', ')}). Selectors are free names: take yours from the ` +
          's= tag of a DKIM-Signature header in a mail you sent, and ask again with it.',
      ),
    );
  }
  const weak = findings.some((f) => f.code === 'dkim-weak-key' || f.code === 'dkim-invalid');
  let summary: string;
  if (found.length === 0) summary = failures.length > 0 ? 'unknown' : 'not found';
  else
    summary = `found at ${found.length} selector${found.length === 1 ? '' : 's'}${weak ? ' (with problems)' : ''}`;
  return { findings, summary, failures };
}

/** The target of a selector that is a CNAME, when the name itself answered no key. */
async function danglingAlias(name: string, opts: AuthCheckOptions): Promise<string | null> {
  const l = await opts.dns.cname(name, opts.deadline);
  return l.status === 'ok' ? (l.records[0] ?? null) : null;
}

async function checkSelector(
  domain: string,
  selector: string,
  asked: boolean,
  opts: AuthCheckOptions,
): Promise<SelectorResult> {
  const name = `${selector}._domainkey.${domain}`;
  const base: SelectorResult = { selector, asked, findings: [], found: false, failure: null };
  const txt = await opts.dns.txt(name, opts.deadline);
  if (!isAnswered(txt)) return { ...base, failure: txt as LookupFailed };
  const records = txt.status === 'ok' ? txt.records.map((r) => r.join('')) : [];
  const keys = records.filter((r) => /(^|;)\s*(v=DKIM1|p=)/i.test(r));
  if (keys.length === 0) {
    if (!asked) return base;
    const alias = txt.status === 'ok' ? null : await danglingAlias(name, opts);
    const where = alias
      ? `${name} is a CNAME to ${alias}, which has no key: the provider has not published it yet (Microsoft 365: ` +
        'enable DKIM signing for the domain in the Defender portal, which creates the key behind selector1 and ' +
        "selector2; other services: finish the domain's authentication setup), or the CNAME names the wrong target"
      : `${name}${txt.status === 'ok' ? ' has TXT records, none a DKIM key' : ' does not exist'}`;
    return {
      ...base,
      findings: [
        finding(
          'dkim-selector-missing',
          'warn',
          `No DKIM key at selector "${selector}" (${where}): ` +
            'mail signed with it fails DKIM. Publish the key your mail service gives you, or check the selector ' +
            'name in the s= tag of a signature.',
        ),
      ],
    };
  }
  const record = (keys[0] as string).replace(/\s+/g, '');
  const p = /(?:^|;)p=([^;]*)/i.exec(record)?.[1];
  if (p === '') {
    return {
      ...base,
      findings: [
        finding(
          'dkim-revoked',
          'info',
          `DKIM selector "${selector}": revoked (empty p=): signatures made with it fail. Fine for a retired key; ` +
            'if you still sign with it, publish the key again or switch selector.',
        ),
      ],
    };
  }
  const getPublicKey = (require('mailauth/lib/tools.js') as { getPublicKey: GetPublicKey }).getPublicKey;
  const resolver = mailauthResolver(opts.dns, opts.deadline);
  try {
    const key = await getPublicKey('DKIM', name, 1, resolver.resolve);
    const bits = key.modulusLength;
    const type = bits ? 'RSA' : 'Ed25519';
    const what = bits ? `${type} ${bits} bits` : type;
    let f: AuthFinding;
    if (bits && bits < 1024) {
      f = finding(
        'dkim-weak-key',
        'fail',
        `DKIM selector "${selector}": ${what}, too short: receivers treat its signatures as failed (RFC 8301 ` +
          'requires at least 1024, 2048 recommended). Generate a 2048-bit key and publish it at a new selector.',
      );
    } else if (bits && bits < 2048) {
      f = finding(
        'dkim-weak-key',
        'warn',
        `DKIM selector "${selector}": ${what}: accepted today, but weak; move to a 2048-bit key at a new selector.`,
      );
    } else {
      f = finding('dkim-ok', 'ok', `DKIM selector "${selector}": ${what}`);
    }
    const hashes = /(?:^|;)h=([^;]*)/i.exec(record)?.[1]?.toLowerCase().split(':');
    if (hashes !== undefined && !hashes.includes('sha256')) {
      // RFC 6376 §3.6.1: h= lists the hash algorithms the key may be used with; without sha256, only
      // rsa-sha1 signatures could verify, and RFC 8301 tells receivers to refuse those.
      f = finding(
        'dkim-invalid',
        'fail',
        `DKIM selector "${selector}": ${what}, but limited to h=${hashes.join(':')}: the key may only verify ` +
          'rsa-sha1 signatures, which receivers no longer accept (RFC 8301), so every signature with it fails. ' +
          'Remove the h= tag (or set h=sha256) and sign with rsa-sha256.',
      );
    }
    const flags = (/(?:^|;)t=([^;]*)/i.exec(record)?.[1] ?? '').toLowerCase().split(':');
    if (flags.includes('y')) {
      f = {
        ...f,
        message:
          `${f.message.replace(/\.$/, '')}. In test mode (t=y): receivers must not treat mail whose signature ` +
          'fails worse than unsigned mail (RFC 6376 §3.6.1), and some ignore its signatures altogether. ' +
          'Remove t=y once signing works.',
      };
    }
    return { ...base, found: true, findings: [f] };
  } catch (err) {
    const failure = resolver.failures[0];
    if (failure) return { ...base, failure };
    const why = err instanceof Error ? err.message.replace(/ \(\$\{keyType\}\)/, '') : String(err);
    return {
      ...base,
      found: true,
      findings: [
        finding(
          'dkim-invalid',
          'fail',
          `DKIM selector "${selector}": the key record cannot be used (${why.toLowerCase()}): signatures with it ` +
            `fail. Publish the record exactly as your mail service gives it. The record: "${record.slice(0, 120)}${record.length > 120 ? '…' : ''}".`,
        ),
      ],
    };
  }
}
