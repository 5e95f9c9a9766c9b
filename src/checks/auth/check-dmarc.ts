import { isAnswered, type LookupFailed } from '../../dns/lookup-result.js';
import { type AuthFinding, finding } from './codes.js';
import { QUOTED_RECORD_WORDS, startsQuoted } from './quoted-record.js';
import type { AuthCheckOptions, PartResult } from './types.js';

type Policy = 'none' | 'quarantine' | 'reject';
const POLICIES: readonly string[] = ['none', 'quarantine', 'reject'];
const STRENGTH: Record<Policy, number> = { none: 0, quarantine: 1, reject: 2 };

/** Tags RFC 9989 dropped from RFC 7489: receivers ignore them now. */
const OBSOLETE: Record<string, string> = {
  pct: 'pct (partial enforcement)',
  rf: 'rf (failure report format)',
  ri: 'ri (report interval)',
};

function dmarcRecordsOf(txt: string[][]): string[] {
  return txt.map((parts) => parts.join('').trim()).filter((r) => /^v=DMARC1\s*(;|$)/i.test(r));
}

/** TXT records at `_dmarc` that were meant to be DMARC but do not start with `v=DMARC1`. */
function nearMissesOf(txt: string[][]): string[] {
  return txt
    .map((parts) => parts.join('').trim())
    .filter(
      (r) =>
        !/^v=DMARC1\s*(;|$)/i.test(r) && /(^|;)\s*(v\s*=\s*DMARC|p\s*=\s*(none|quarantine|reject))/i.test(r),
    );
}

const QUOTED_DMARC = startsQuoted('v\\s*=\\s*DMARC1');

/** Why a near miss is not read as DMARC, and the fix. */
function nearMissWhy(records: string[]): string {
  // A DNS panel that stored the quote marks typed around the record: `"v=DMARC1; p=reject"`.
  if (records.every((r) => QUOTED_DMARC.test(r))) return QUOTED_RECORD_WORDS;
  // "v=DMARC1 p=reject", "v=DMARC1, p=reject": the v tag runs into the next one.
  if (records.every((r) => /^v\s*=\s*DMARC1\s*[^\s;]/i.test(r))) {
    return (
      'the semicolon (";") after "v=DMARC1" is missing, so the version reads as "DMARC1 p=…", which is ' +
      'no version at all. Write "v=DMARC1; p=…", with a ";" between every two tags.'
    );
  }
  return 'a DMARC record must start with "v=DMARC1;" (the v tag first, then p). Rewrite it in that order.';
}

/** `v=DMARC1; p=reject; rua=mailto:a@b` → tags by lower-case name (the first of each wins). */
export function parseTags(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (!tags.has(name)) tags.set(name, part.slice(eq + 1).trim());
  }
  return tags;
}

/**
 * DMARC at `_dmarc.<domain>`, or the record of a parent found by RFC 9989's DNS tree walk, judged tag
 * by tag, with the authorisation of report addresses in other domains.
 */
export async function checkDmarc(domain: string, opts: AuthCheckOptions): Promise<PartResult> {
  const own = await opts.dns.txt(`_dmarc.${domain}`, opts.deadline);
  if (!isAnswered(own)) return { findings: [], summary: 'unknown', failures: [own as LookupFailed] };
  const records = own.status === 'ok' ? dmarcRecordsOf(own.records) : [];
  if (records.length > 1) {
    return {
      findings: [
        finding(
          'dmarc-multiple',
          'fail',
          `_dmarc.${domain} has ${records.length} DMARC records: receivers then apply no policy at all. ` +
            'Keep exactly one.',
        ),
      ],
      summary: 'multiple records',
      failures: [],
    };
  }
  const findings: AuthFinding[] = [];
  const failures: LookupFailed[] = [];
  let record = records[0];
  let policyDomain = domain;
  if (record === undefined) {
    const inherited = await treeWalk(domain, opts, failures);
    if (inherited) {
      record = inherited.record;
      policyDomain = inherited.domain;
      const psd = (parseTags(inherited.record).get('psd') ?? '').toLowerCase() === 'y';
      findings.push(
        finding(
          'dmarc-inherited',
          'info',
          `${domain} has no DMARC record of its own; the record of ${policyDomain} applies (its "sp" ` +
            `policy, or "p" without one)${psd ? `, a public suffix policy (psd=y) that ${policyDomain} sets for the domains below it` : ''}. ` +
            'Found by the DNS tree walk of RFC 9989.',
        ),
      );
    }
  }
  if (record === undefined) {
    if (failures.length > 0) return { findings: [], summary: 'unknown', failures };
    const nearMisses = own.status === 'ok' ? nearMissesOf(own.records) : [];
    return {
      findings: [
        finding(
          'dmarc-missing',
          'fail',
          `${domain} has no DMARC record (TXT at _dmarc.${domain}): receivers apply no policy, anyone can ` +
            'forge its From, and Gmail and Yahoo refuse bulk mail without one. Start with ' +
            `"v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}", read the reports, then move to quarantine or reject.` +
            (nearMisses.length > 0
              ? ` _dmarc.${domain} has ${nearMisses.map((r) => `"${r.length > 120 ? `${r.slice(0, 120)}…` : r}"`).join(', ')}, ` +
                `which receivers ignore: ${nearMissWhy(nearMisses)}`
              : ''),
        ),
      ],
      summary: 'missing',
      failures,
    };
  }
  const tags = parseTags(record);
  const p = (tags.get('p') ?? '').toLowerCase();
  if (!POLICIES.includes(p)) {
    findings.push(
      finding(
        'dmarc-invalid',
        'fail',
        `The DMARC record of ${policyDomain} has ${tags.has('p') ? `an invalid policy "p=${tags.get('p')}"` : 'no "p=" policy'}: ` +
          `receivers may ignore it. Use p=none, p=quarantine or p=reject. The record: "${record}".`,
      ),
    );
    return { findings, summary: 'invalid', failures };
  }
  const policy = p as Policy;
  // A record found by the tree walk applies its subdomain policy (sp) to the domain asked about, when it has one.
  // For a subdomain that does not exist, np (RFC 9989) comes first.
  const sp = (tags.get('sp') ?? '').toLowerCase();
  const np = (tags.get('np') ?? '').toLowerCase();
  const inherited = policyDomain !== domain;
  const byNp = inherited && POLICIES.includes(np) && (await doesNotExist(domain, opts));
  const bySp = inherited && !byNp && POLICIES.includes(sp);
  const applied = (byNp ? np : bySp ? sp : policy) as Policy;
  const tag = byNp ? 'np' : bySp ? 'sp' : 'p';
  let which = '';
  if (byNp) {
    which = ` (its policy for subdomains that do not exist, which applies to ${domain}: it has no A, AAAA or MX record)`;
  } else if (bySp) {
    which = ` (its subdomain policy, which applies to ${domain}; p=${policy} covers ${policyDomain} itself)`;
  }
  if (applied === 'none') {
    findings.push(
      finding(
        'dmarc-policy-none',
        'warn',
        `DMARC ${policyDomain}: ${tag}=none${which}, monitoring only: mail that fails DMARC is still delivered, so forged ` +
          `mail from ${domain} gets through. Once the reports show your own mail passes, move to ` +
          `${tag}=quarantine, then ${tag}=reject. The record: "${record}".`,
      ),
    );
  } else {
    findings.push(
      finding(
        applied === 'reject' ? 'dmarc-policy-reject' : 'dmarc-policy-quarantine',
        'ok',
        `DMARC ${policyDomain}: ${tag}=${applied}${which}: mail failing DMARC is ${applied === 'reject' ? 'refused' : 'sent to spam'}. ` +
          `The record: "${record}".`,
      ),
    );
  }
  const testing = (tags.get('t') ?? '').toLowerCase() === 'y' && applied !== 'none';
  if (testing) {
    findings.push(
      finding(
        'dmarc-testing',
        'warn',
        `DMARC ${policyDomain} has t=y (test mode, RFC 9989): receivers apply ` +
          `${applied === 'reject' ? `${tag}=quarantine` : `${tag}=none`} instead of ${tag}=${applied}. Remove t=y once the ` +
          'reports show your own mail passes.',
      ),
    );
  }
  findings.push(...subdomainFindings(tags, policy));
  findings.push(...tagProblems(tags));
  const adkim = (tags.get('adkim') ?? 'r').toLowerCase();
  const aspf = (tags.get('aspf') ?? 'r').toLowerCase();
  const mode = (m: string) => (m === 's' ? 'strict' : 'relaxed');
  findings.push(
    finding(
      'dmarc-alignment',
      'info',
      `Alignment: DKIM ${mode(adkim)}, SPF ${mode(aspf)}${
        adkim === 's' || aspf === 's'
          ? ' (strict: the signing or MAIL FROM domain must equal the From domain exactly, not a subdomain)'
          : ''
      }`,
    ),
  );
  findings.push(...(await reportingFindings(policyDomain, tags, opts, failures)));
  const obsolete = [...tags.keys()].filter((t) => t in OBSOLETE);
  if (obsolete.length > 0) {
    findings.push(
      finding(
        'dmarc-obsolete-tag',
        'info',
        `The DMARC record uses ${obsolete.map((t) => `${OBSOLETE[t]}=${tags.get(t)}`).join(', ')}: RFC 9989 ` +
          `dropped these tags and receivers following it ignore them; ${pctWords(tags.get('pct'), applied, tag)}`,
      ),
    );
  }
  return { findings, summary: `${tag}=${applied}${testing ? ' (t=y)' : ''}`, failures };
}

/**
 * What dropping pct means: under RFC 7489 pct<100 applied the policy to part of the mail and the next
 * weaker one to the rest (pct=0 was the usual way to test), under RFC 9989 the policy applies to all.
 */
function pctWords(pct: string | undefined, applied: Policy, tag: string): string {
  const n = pct === undefined ? Number.NaN : Number(pct.trim());
  if (!Number.isInteger(n) || n >= 100 || n < 0 || applied === 'none') return 'remove them.';
  const weaker = applied === 'reject' ? 'quarantine' : 'none';
  const now =
    n === 0
      ? `pct=0 is the RFC 7489 way to test: receivers still on RFC 7489 apply ${tag}=${weaker} to all mail`
      : `receivers still on RFC 7489 apply ${tag}=${applied} to ${n}% of failing mail and ${tag}=${weaker} to the rest`;
  return (
    `${now}, while receivers on RFC 9989 apply ${tag}=${applied} to all of it. To keep testing, replace ` +
    `pct=${n} with t=y (its RFC 9989 successor); to enforce, remove pct=${n} once the reports show your own mail passes.`
  );
}

/**
 * The record that applies when the domain has none of its own: RFC 9989's DNS tree walk (§4.10), which
 * replaced the public-suffix list. The domain's parents are asked in turn, the first one shortened to 4
 * labels at most, up to (not including) the top-level domain: at most 5 more queries. The first parent
 * with exactly one DMARC record gives the policy.
 */
async function treeWalk(
  domain: string,
  opts: AuthCheckOptions,
  failures: LookupFailed[],
): Promise<{ record: string; domain: string } | null> {
  for (const parent of treeWalkTargets(domain)) {
    const l = await opts.dns.txt(`_dmarc.${parent}`, opts.deadline);
    if (!isAnswered(l)) {
      // A parent that could not be asked: what applies is unknown, not "nothing".
      failures.push(l as LookupFailed);
      return null;
    }
    const records = l.status === 'ok' ? dmarcRecordsOf(l.records) : [];
    if (records.length === 1) return { record: records[0] as string, domain: parent };
  }
  return null;
}

/** RFC 9989's non-existent domain: NXDOMAIN or no records for A, AAAA and MX alike. */
async function doesNotExist(domain: string, opts: AuthCheckOptions): Promise<boolean> {
  const answers = await Promise.all([
    opts.dns.a(domain, opts.deadline),
    opts.dns.aaaa(domain, opts.deadline),
    opts.dns.mx(domain, opts.deadline),
  ]);
  return answers.every((l) => l.status === 'nxdomain' || l.status === 'nodata');
}

/** The names the tree walk asks after the domain itself: `a.b.c.d.e.example` → `c.d.e.example`, ... `e.example`. */
export function treeWalkTargets(domain: string): string[] {
  let labels = domain.split('.').filter((l) => l !== '');
  labels = labels.length >= 5 ? labels.slice(-4) : labels.slice(1);
  const out: string[] = [];
  while (labels.length > 1) {
    out.push(labels.join('.'));
    labels = labels.slice(1);
  }
  return out;
}

function subdomainFindings(tags: Map<string, string>, policy: Policy): AuthFinding[] {
  const out: AuthFinding[] = [];
  const sp = tags.get('sp')?.toLowerCase();
  const np = tags.get('np')?.toLowerCase();
  const parts: string[] = [];
  let weaker = false;
  if (sp !== undefined && POLICIES.includes(sp)) {
    parts.push(`subdomains sp=${sp}`);
    weaker ||= STRENGTH[sp as Policy] < STRENGTH[policy];
  }
  if (np !== undefined && POLICIES.includes(np)) {
    parts.push(`non-existent subdomains np=${np}`);
    weaker ||= STRENGTH[np as Policy] < STRENGTH[policy];
  }
  if (parts.length === 0) return out;
  out.push(
    finding(
      'dmarc-subdomain-policy',
      weaker ? 'warn' : 'info',
      `Subdomain policy: ${parts.join(', ')}${
        weaker
          ? ` — weaker than p=${policy}: forgers can use made-up subdomains. Make it at least as strict as p unless a subdomain really needs it.`
          : ''
      }`,
    ),
  );
  return out;
}

/** Tag values receivers would not understand. */
function tagProblems(tags: Map<string, string>): AuthFinding[] {
  const bad: string[] = [];
  for (const t of ['sp', 'np']) {
    const v = tags.get(t);
    if (v !== undefined && !POLICIES.includes(v.toLowerCase())) bad.push(`${t}=${v}`);
  }
  for (const t of ['adkim', 'aspf']) {
    const v = tags.get(t);
    if (v !== undefined && !/^[rs]$/i.test(v)) bad.push(`${t}=${v} (r or s)`);
  }
  for (const t of ['rua', 'ruf']) {
    const v = tags.get(t);
    if (v !== undefined && reportAddresses(v).length === 0) bad.push(`${t}=${v} (mailto:address)`);
  }
  if (bad.length === 0) return [];
  return [
    finding(
      'dmarc-invalid',
      'fail',
      `The DMARC record has invalid values: ${bad.join(', ')}. Receivers ignore these tags (or the record).`,
    ),
  ];
}

/** `mailto:a@x.org!10m, mailto:b@y.org` → the addresses. */
function reportAddresses(value: string): string[] {
  return value
    .split(',')
    .map((u) => u.trim())
    .map((u) => /^mailto:([^\s!@]+@[^\s!@]+?)(?:!\d+[kmgt]?)?$/i.exec(u)?.[1])
    .filter((a): a is string => a !== undefined)
    .map((a) => a.toLowerCase());
}

/** Same domain, a subdomain of it, or its parent: no authorisation record is needed (RFC 9990 §3). */
function sameOrganisation(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

async function reportingFindings(
  domain: string,
  tags: Map<string, string>,
  opts: AuthCheckOptions,
  failures: LookupFailed[],
): Promise<AuthFinding[]> {
  const rua = reportAddresses(tags.get('rua') ?? '');
  const ruf = reportAddresses(tags.get('ruf') ?? '');
  const out: AuthFinding[] = [];
  if (rua.length === 0) {
    out.push(
      finding(
        'dmarc-no-rua',
        'warn',
        `The DMARC record of ${domain} has no rua: nobody receives the aggregate reports that show who sends ` +
          `as ${domain} and what fails. Add rua=mailto:dmarc-reports@${domain} (or a report service's address).`,
      ),
    );
  } else {
    out.push(
      finding(
        'dmarc-reporting',
        'info',
        `Reports: aggregate (rua) to ${rua.join(', ')}${ruf.length > 0 ? `; failure (ruf) to ${ruf.join(', ')}` : ''}`,
      ),
    );
  }
  const external = [...new Set([...rua, ...ruf].map((a) => a.slice(a.lastIndexOf('@') + 1)))].filter(
    (d) => !sameOrganisation(d, domain),
  );
  const checks = await Promise.all(
    external.map(async (reportDomain) => {
      const name = `${domain}._report._dmarc.${reportDomain}`;
      const l = await opts.dns.txt(name, opts.deadline);
      if (!isAnswered(l)) {
        failures.push(l as LookupFailed);
        return null;
      }
      const ok = l.status === 'ok' && l.records.some((r) => /^v=DMARC1\s*(;|$)/i.test(r.join('').trim()));
      return ok ? null : { reportDomain, name };
    }),
  );
  for (const c of checks) {
    if (c === null) continue;
    out.push(
      finding(
        'dmarc-rua-unauthorised',
        'warn',
        `Reports for ${domain} go to ${c.reportDomain}, which has not agreed to receive them: there is no ` +
          `TXT "v=DMARC1" at ${c.name}, so receivers send no reports there. Ask ${c.reportDomain} to publish it ` +
          '(report services do it when you sign up), or use an address in your own domain.',
      ),
    );
  }
  return out;
}
