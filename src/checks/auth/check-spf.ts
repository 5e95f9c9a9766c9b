import { isAnswered, type LookupFailed } from '../../dns/lookup-result.js';
import { type AuthFinding, finding } from './codes.js';
import { type MailauthResolver, mailauthResolver } from './mailauth-resolver.js';
import { QUOTE, QUOTED_RECORD_WORDS, startsQuoted } from './quoted-record.js';
import { matchedMechanism } from './spf-mechanism.js';
import type { AuthCheckOptions, PartResult, SpfIpResult } from './types.js';

/** RFC 7208 §4.6.4. */
const SPF_LOOKUP_LIMIT = 10;
const SPF_VOID_LIMIT = 2;
/** RFC 7208 §4.6.4: addresses looked up per "mx" term. */
const SPF_MX_LIMIT = 10;

/**
 * An address nobody authorises (RFC 6666 discard-only prefix): evaluating the record for it walks
 * every include and redirect, so mailauth counts all the lookups a receiver could need.
 */
const PROBE_IP = '100::5f';
/** How far the walk may go when counting; beyond it the count is just "over the limit". */
const WALK_LIMIT = 40;

const MTA = 'mailmedic';

/** Lazily loaded: mailauth pulls in a lot, and most requests never need it. */
async function mailauthSpf() {
  return (await import('mailauth/lib/spf/index.js')).spf;
}

function spfRecordsOf(txt: string[][]): string[] {
  return txt.map((parts) => parts.join('')).filter((r) => /^v=spf1(\s|$)/i.test(r.trim()));
}

/**
 * TXT records that were meant to be SPF but that receivers skip: a mistyped version ("v=spf1a",
 * "v-spf1", "v= spf1", "spf1 ...") or Sender ID's "spf2.0/..." (RFC 4406, abandoned).
 */
function nearMissesOf(txt: string[][]): string[] {
  return txt
    .map((parts) => parts.join('').trim())
    .filter((r) => !/^v=spf1(\s|$)/i.test(r) && /^["'\u201c\u201d]?\s*(v\s*[=:-]?\s*spf|spf[12])/i.test(r));
}

/** A record stored with the quote marks typed around it in a DNS panel: `"v=spf1 mx -all"`. */
const QUOTED = startsQuoted(`v=spf1(?:\\s|${QUOTE}?$)`);

function nearMissWords(records: string[]): string {
  if (records.length === 0) return '';
  const quoted = records.map((r) => `"${r.length > 120 ? `${r.slice(0, 120)}…` : r}"`).join(', ');
  const senderId = records.every((r) => /^spf2\.0/i.test(r));
  if (records.every((r) => QUOTED.test(r))) {
    return ` It has ${records.join(', ')}: ${QUOTED_RECORD_WORDS}`;
  }
  return senderId
    ? ` It has ${quoted}: that is a Sender ID record (spf2.0, RFC 4406, abandoned), which SPF receivers ignore; ` +
        'SPF needs its own record starting with "v=spf1".'
    : ` It has ${quoted}, which receivers skip: an SPF record must start with exactly "v=spf1" followed by a ` +
        'space. Correct the start of that record.';
}

/**
 * The domain's SPF record as receivers see it: exactly one `v=spf1` record, its syntax, its `all`,
 * and the DNS lookups and void lookups it costs, counted by mailauth walking includes and redirects.
 */
export async function checkSpf(domain: string, opts: AuthCheckOptions): Promise<PartResult> {
  const txt = await opts.dns.txt(domain, opts.deadline);
  if (!isAnswered(txt)) return { findings: [], summary: 'unknown', failures: [txt as LookupFailed] };
  const records = txt.status === 'ok' ? spfRecordsOf(txt.records) : [];
  if (records.length === 0) {
    const nearMisses = txt.status === 'ok' ? nearMissesOf(txt.records) : [];
    return {
      findings: [
        finding(
          'spf-missing',
          'fail',
          `${domain} has no SPF record${txt.status === 'nxdomain' ? ' (the domain does not exist)' : ''}: ` +
            'receivers get SPF "none" and many (Gmail, Yahoo, Microsoft) refuse or junk its mail. Publish one ' +
            `TXT record at ${domain} such as "v=spf1 mx -all", listing every service that sends as ${domain}.` +
            nearMissWords(nearMisses),
        ),
      ],
      summary: 'missing',
      failures: [],
    };
  }
  if (records.length > 1) {
    return {
      findings: [
        finding(
          'spf-multiple',
          'fail',
          `${domain} has ${records.length} SPF records (${records.map((r) => `"${r}"`).join(', ')}): a domain ` +
            'may have only one, so receivers return permerror and SPF fails for all its mail (RFC 7208 §4.5). ' +
            'Merge them into one record, with one "all" at the end.',
        ),
      ],
      summary: 'multiple records',
      failures: [],
    };
  }
  const record = (records[0] as string).trim();
  const findings: AuthFinding[] = [];
  const failures: LookupFailed[] = [];
  const all = allOf(record);
  if (all === '+') {
    findings.push(
      finding(
        'spf-pass-all',
        'fail',
        `The SPF record of ${domain} ends in "+all": every host on the internet may send as ${domain}, so ` +
          'SPF protects nothing and spam filters distrust it. End it with "-all" (or "~all").',
      ),
    );
  } else if (all === '?') {
    findings.push(
      finding(
        'spf-neutral-all',
        'warn',
        `The SPF record of ${domain} ends in "?all": hosts not listed get "neutral", as if there were no ` +
          'record. Once every sender is listed, end it with "-all" (or "~all").',
      ),
    );
  } else if (all === null && !/(^|\s)redirect=/i.test(record)) {
    findings.push(
      finding(
        'spf-no-all',
        'warn',
        `The SPF record of ${domain} has no "all" and no "redirect": hosts not listed get "neutral" ` +
          'instead of a fail. End it with "-all" (or "~all").',
      ),
    );
  }

  // The walk: mailauth evaluates the record for an address nobody lists, with limits high enough to
  // count past 10, and our resolver underneath.
  const resolver = mailauthResolver(opts.dns, opts.deadline);
  const spf = await mailauthSpf();
  const walk = await spf({
    ip: PROBE_IP,
    sender: `postmaster@${domain}`,
    helo: domain,
    mta: MTA,
    maxResolveCount: WALK_LIMIT,
    maxVoidCount: WALK_LIMIT,
    resolver: resolver.resolve as never,
  });
  failures.push(...resolver.failures);
  const lookups = walk.lookups?.count ?? 0;
  // The probe's own PTR lookup (for a "ptr" term) finds nothing by design: not the record's fault.
  const probeVoids = resolver.voids.filter((q) => q.startsWith('PTR ')).length;
  const voids = Math.max(0, (walk.lookups?.void ?? 0) - probeVoids);
  const result = walk.status.result;
  const why = reasonOf(walk.status.comment);
  let broken = false;
  if (result === 'permerror' && !/^Too many (DNS requests|void DNS results)/.test(why)) {
    broken = true;
    findings.push(
      finding(
        'spf-syntax',
        'fail',
        `The SPF record of ${domain} cannot be evaluated: ${why}. Receivers return permerror and SPF fails ` +
          `for all its mail.${await withoutSpfWords(why, domain, opts)} The record: "${record}".`,
      ),
    );
  }
  const overLookups = lookups > SPF_LOOKUP_LIMIT || /^Too many DNS requests/.test(why);
  if (overLookups) {
    broken = true;
    findings.push(
      finding(
        'spf-too-many-lookups',
        'fail',
        `The SPF record of ${domain} needs ${lookups >= WALK_LIMIT ? `more than ${WALK_LIMIT}` : lookups} DNS ` +
          `lookups (include, a, mx, ptr, exists, redirect); the limit is ${SPF_LOOKUP_LIMIT}, beyond which ` +
          'receivers return permerror (RFC 7208 §4.6.4). Remove includes you no longer use, or replace ' +
          `"a"/"mx" terms with ip4:/ip6: ranges. Looked up: ${lookedUp(resolver.asked, domain)}.`,
      ),
    );
  }
  for (const { name, hosts } of await mxOverLimit(resolver.asked, opts)) {
    broken = true;
    findings.push(
      finding(
        'spf-too-many-lookups',
        'fail',
        `The "mx" term of the SPF record of ${domain} looks up the mail hosts of ${name}, which has ${hosts} ` +
          `MX hosts: receivers look up at most ${SPF_MX_LIMIT} addresses per "mx" term and return permerror ` +
          `beyond (RFC 7208 §4.6.4), so mail from servers not matched earlier fails SPF. Replace "mx" with ` +
          'ip4:/ip6: ranges of the servers that really send.',
      ),
    );
  }
  if (voids > SPF_VOID_LIMIT) {
    broken = true;
    findings.push(
      finding(
        'spf-too-many-void',
        'fail',
        `The SPF record of ${domain} makes ${voids} lookups that find nothing (the limit is ` +
          `${SPF_VOID_LIMIT}; receivers return permerror): ${namesOf(resolver.voids.filter((q) => !q.startsWith('PTR '))).join(', ')}. ` +
          'Remove the terms that name domains without records.',
      ),
    );
  }
  if (result === 'pass' && all !== '+') {
    findings.push(
      finding(
        'spf-pass-all',
        'fail',
        `The SPF record of ${domain} passes any address (a test address nobody uses passed), through an ` +
          'include or a range like ip4:0.0.0.0/0: every host may send as it. Remove the term that allows everyone.',
      ),
    );
  }
  const afterAll = afterAllWords(record, all);
  if (afterAll) findings.push(finding('spf-after-all', 'warn', `The SPF record of ${domain}: ${afterAll}.`));
  if (result !== 'temperror' && !overLookups) {
    findings.push(
      finding(
        'spf-lookups',
        'info',
        `SPF ${domain}: "${record}" — ${lookups} of ${SPF_LOOKUP_LIMIT} DNS lookups, ${voids} of ` +
          `${SPF_VOID_LIMIT} void lookups${
            /(^|\s)[+?~-]?ptr(:|\/|\s|$)/i.test(record)
              ? '. It uses "ptr", which RFC 7208 §5.5 says not to use: it is slow, costs lookups per ' +
                'sender and fails when reverse DNS is missing. List the senders with ip4:/ip6: or a: instead'
              : ''
          }`,
      ),
    );
  }
  const problems = findings.filter((f) => f.severity === 'fail' || f.severity === 'warn');
  if (problems.length === 0 && result !== 'temperror') {
    findings.unshift(
      finding(
        'spf-ok',
        'ok',
        all === null
          ? `${domain} has one valid SPF record, which hands over with redirect=`
          : `${domain} has one valid SPF record ending in "${all}all"${qualifierWords(all)}`,
      ),
    );
  }
  let summary = 'ok';
  if (result === 'temperror') summary = 'unknown';
  else if (broken) summary = 'broken';
  else if (problems.length > 0) summary = problems.some((f) => f.code === 'spf-pass-all') ? '+all' : 'weak';
  return { findings, summary, failures };
}

/** The domains whose MX records an "mx" term asked for and that have more mail hosts than the limit. */
async function mxOverLimit(
  asked: string[],
  opts: AuthCheckOptions,
): Promise<{ name: string; hosts: number }[]> {
  const names = namesOf(asked.filter((q) => q.startsWith('MX ')));
  const out: { name: string; hosts: number }[] = [];
  for (const name of names) {
    // Asked during the walk, so answered from the cache.
    const l = await opts.dns.mx(name, opts.deadline);
    const hosts =
      l.status === 'ok' ? new Set(l.records.map((r) => r.exchange).filter((x) => x !== '')).size : 0;
    if (hosts > SPF_MX_LIMIT) out.push({ name, hosts });
  }
  return out;
}

/**
 * mailauth's "no SPF records found for X" is an include: (or redirect=) of a name without SPF, a
 * permerror (RFC 7208 §5.2, §6.1): says whether X exists at all, and what to do.
 */
async function withoutSpfWords(why: string, domain: string, opts: AuthCheckOptions): Promise<string> {
  const name = /^no SPF records found for (\S+?)\.?$/i.exec(why)?.[1]?.toLowerCase();
  if (name === undefined || name === domain) return '';
  // Asked during the walk, so answered from the cache.
  const l = await opts.dns.txt(name, opts.deadline);
  const state =
    l.status === 'nxdomain'
      ? 'does not exist (NXDOMAIN): the name is mistyped, or the provider retired it'
      : 'exists but publishes no SPF record (the provider dropped or moved it)';
  return (
    ` ${name}, which the record includes or redirects to, ${state}. Remove that term if the service no ` +
    "longer sends for you, or replace it with the name the provider's current setup guide gives."
  );
}

/** Mechanisms after the `all` term are never evaluated (RFC 7208 §5.1); modifiers may stand anywhere. */
function afterAllWords(record: string, all: string | null): string {
  if (all === null) return '';
  const terms = record.split(/\s+/).slice(1);
  const at = terms.findIndex((t) => /^[+?~-]?all$/i.test(t));
  const dead = terms.slice(at + 1).filter((t) => t !== '' && !/^[a-z][a-z0-9_.-]*=/i.test(t));
  if (dead.length === 0) return '';
  const them = dead.length === 1 ? 'it' : 'them';
  return (
    `${dead.map((t) => `"${t}"`).join(', ')} after "${all === '+' ? '' : all}all" ${dead.length === 1 ? 'is' : 'are'} ` +
    `ignored: receivers stop at "all" and never evaluate the terms after it (RFC 7208 §5.1), so the servers ` +
    `${them === 'it' ? 'it lists' : 'they list'} get the "all" result. Move ${them} before "all"`
  );
}

function qualifierWords(all: string | null): string {
  if (all === '-') return ': other hosts fail';
  if (all === '~') return ': other hosts softfail (accepted but marked)';
  return '';
}

/** The qualifier of the record's `all` term ('+' for a bare `all`), or null without one. */
function allOf(record: string): string | null {
  const term = record
    .split(/\s+/)
    .slice(1)
    .find((t) => /^[+?~-]?all$/i.test(t));
  if (term === undefined) return null;
  return /^[?~-]/.test(term) ? term.charAt(0) : '+';
}

/** mailauth's comment after "mta: ": what went wrong. */
function reasonOf(comment: string | undefined): string {
  if (!comment) return 'unknown error';
  const m = /during lookup of [^:]*: (.*)$/.exec(comment);
  return m?.[1] ?? comment.replace(/^[^:]*: /, '');
}

/** `TYPE name` entries → the names, each once, in order (A and AAAA of one name are one lookup). */
function namesOf(queries: string[]): string[] {
  return [...new Set(queries.map((q) => q.slice(q.indexOf(' ') + 1)))];
}

function lookedUp(asked: string[], domain: string): string {
  const names = namesOf(asked.filter((q) => q !== `TXT ${domain}`));
  const shown = names.slice(0, 12);
  return `${shown.join(', ')}${names.length > shown.length ? ` (and ${names.length - shown.length} more)` : ''}`;
}

/**
 * What a receiver decides for mail from `ip` with MAIL FROM `sender`: mailauth's spf() with the
 * standard limits, through our DNS layer, and the mechanism that decided.
 */
export async function evaluateSpf(
  ip: string,
  sender: string,
  opts: AuthCheckOptions,
): Promise<{ result: SpfIpResult; finding: AuthFinding; failures: LookupFailed[] }> {
  const resolver = mailauthResolver(opts.dns, opts.deadline);
  const domain = sender.slice(sender.lastIndexOf('@') + 1);
  const spf = await mailauthSpf();
  const verdict = await spf({ ip, sender, helo: domain, mta: MTA, resolver: resolver.resolve as never });
  const result = verdict.status.result as SpfIpResult['result'];
  const decisive = ['pass', 'fail', 'softfail', 'neutral'].includes(result);
  const mechanism = decisive
    ? await matchedMechanism(domain, ip, sender, resolver.resolve as MailauthResolver)
    : null;
  const why = reasonOf(verdict.status.comment);
  const by = mechanism ? ` (matched ${mechanism})` : '';
  const words: Record<SpfIpResult['result'], [AuthFinding['severity'], string]> = {
    pass: ['ok', `SPF pass: ${domain} allows ${ip} to send${by}`],
    fail: [
      'fail',
      `SPF fail: ${domain} does not allow ${ip} to send${by}; receivers refuse or junk this mail (5.7.23). ` +
        `Add the sending service to the SPF record of ${domain}, or send through a listed server.`,
    ],
    softfail: [
      'warn',
      `SPF softfail: ${domain} does not list ${ip}${by}; receivers accept but mark the mail, and DMARC ` +
        'needs an aligned DKIM signature instead. Add the sending service to the record.',
    ],
    neutral: [
      'warn',
      `SPF neutral for ${ip}${mechanism ? by : ' (no mechanism matched)'}: ${domain} neither allows nor denies it.`,
    ],
    none: ['warn', `SPF none: ${domain} has no SPF record, so receivers cannot tell whether ${ip} may send.`],
    permerror: [
      'fail',
      `SPF permerror for ${ip}: the record of ${domain} is broken (${why}); receivers treat it as a fail.`,
    ],
    temperror: [
      'warn',
      `SPF temperror for ${ip}: a DNS lookup failed (${why}); receivers defer the mail and try again later.`,
    ],
  };
  const [severity, message] = words[result] ?? words.temperror;
  return {
    result: { ip, sender, result, mechanism },
    finding: finding(`spf-result-${result}` as AuthFinding['code'], severity, message),
    failures: resolver.failures,
  };
}
