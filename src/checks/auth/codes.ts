import { type CodeTable, type FindingOf, findingFactory } from '../../report/finding-codes.js';

/**
 * Every finding code `/auth` can give: stable ids, documented in the README (a test keeps the table
 * complete). `severities` lists what the code can carry, the usual one first.
 */
export const AUTH_CODES = {
  'spf-ok': {
    severities: ['ok'],
    meaning: 'one valid SPF record within the limits, ending in `-all` or `~all`',
  },
  'spf-missing': { severities: ['fail'], meaning: 'no `v=spf1` record: receivers get SPF "none"' },
  'spf-multiple': {
    severities: ['fail'],
    meaning: 'more than one `v=spf1` record: receivers get permerror (RFC 7208 §4.5)',
  },
  'spf-syntax': {
    severities: ['fail'],
    meaning: 'the record, or one it includes, has an error receivers answer with permerror',
  },
  'spf-too-many-lookups': {
    severities: ['fail'],
    meaning:
      'more than 10 DNS-querying terms (include, a, mx, ptr, exists, redirect), or an mx term over more than 10 MX hosts: permerror',
  },
  'spf-too-many-void': {
    severities: ['fail'],
    meaning: 'more than 2 lookups that find nothing (void lookups): permerror',
  },
  'spf-pass-all': {
    severities: ['fail'],
    meaning: '`+all` (or an include that passes anyone): any host may send',
  },
  'spf-neutral-all': { severities: ['warn'], meaning: '`?all`: the record says nothing about other hosts' },
  'spf-no-all': {
    severities: ['warn'],
    meaning: 'no `all` and no `redirect`: hosts not listed get "neutral" instead of a fail',
  },
  'spf-after-all': {
    severities: ['warn'],
    meaning:
      'terms after `all`, which receivers never evaluate (RFC 7208 §5.1): the hosts they list get the `all` result',
  },
  'spf-lookups': { severities: ['info'], meaning: 'how many DNS lookups and void lookups the record costs' },
  'spf-result-pass': {
    severities: ['ok'],
    meaning: '`--ip`: SPF pass for that sending IP, and the mechanism',
  },
  'spf-result-fail': {
    severities: ['fail'],
    meaning: '`--ip`: SPF fail (`-all` or a `-` mechanism matched)',
  },
  'spf-result-softfail': { severities: ['warn'], meaning: '`--ip`: SPF softfail (`~all` matched)' },
  'spf-result-neutral': { severities: ['warn'], meaning: '`--ip`: SPF neutral (`?all`, or nothing matched)' },
  'spf-result-none': { severities: ['warn'], meaning: '`--ip`: no SPF record for the sender domain' },
  'spf-result-permerror': { severities: ['fail'], meaning: '`--ip`: the record is broken: permerror' },
  'spf-result-temperror': {
    severities: ['warn'],
    meaning: '`--ip`: a DNS failure: temperror (receivers defer)',
  },
  'dmarc-missing': {
    severities: ['fail'],
    meaning: 'no DMARC record at `_dmarc.<domain>`, nor at a parent (RFC 9989 DNS tree walk)',
  },
  'dmarc-multiple': { severities: ['fail'], meaning: 'more than one DMARC record: receivers apply none' },
  'dmarc-invalid': {
    severities: ['fail'],
    meaning: 'the DMARC record has no valid `p=` policy, or bad tag values',
  },
  'dmarc-policy-reject': { severities: ['ok'], meaning: 'DMARC `p=reject`' },
  'dmarc-policy-quarantine': { severities: ['ok'], meaning: 'DMARC `p=quarantine`' },
  'dmarc-policy-none': {
    severities: ['warn'],
    meaning: 'DMARC `p=none`: monitoring only, nothing is enforced',
  },
  'dmarc-testing': {
    severities: ['warn'],
    meaning: '`t=y` (RFC 9989): the policy is in test mode, applied one step weaker',
  },
  'dmarc-inherited': {
    severities: ['info'],
    meaning:
      'no record at the domain itself: a parent’s record applies (RFC 9989 DNS tree walk; `psd=y` noted)',
  },
  'dmarc-subdomain-policy': {
    severities: ['info', 'warn'],
    meaning: '`sp` / `np` (subdomains, non-existent subdomains); warn when weaker than `p`',
  },
  'dmarc-alignment': {
    severities: ['info'],
    meaning: '`adkim` / `aspf` alignment modes (relaxed or strict)',
  },
  'dmarc-reporting': {
    severities: ['info'],
    meaning: 'where aggregate (`rua`) and failure (`ruf`) reports go',
  },
  'dmarc-no-rua': { severities: ['warn'], meaning: 'no `rua`: nobody receives aggregate reports' },
  'dmarc-rua-unauthorised': {
    severities: ['warn'],
    meaning: 'a report address in another domain lacks `<domain>._report._dmarc.<rua-domain> TXT "v=DMARC1"`',
  },
  'dmarc-obsolete-tag': {
    severities: ['info'],
    meaning: '`pct`, `rf` or `ri`: dropped by RFC 9989, ignored',
  },
  'dkim-ok': { severities: ['ok'], meaning: 'a DKIM key at a selector: type and size' },
  'dkim-weak-key': {
    severities: ['warn', 'fail'],
    meaning: 'an RSA key of 1024 bits (warn) or less (fail: receivers reject signatures)',
  },
  'dkim-revoked': { severities: ['info'], meaning: 'an empty `p=`: the key at this selector is revoked' },
  'dkim-invalid': {
    severities: ['fail'],
    meaning: 'the key record cannot be used: bad base64, unknown key type or version',
  },
  'dkim-selector-missing': { severities: ['warn'], meaning: 'no DKIM key at a selector that was asked for' },
  'dkim-none-found': {
    severities: ['info'],
    meaning: 'no DKIM key at the common selectors (give yours: `/auth DOMAIN SELECTOR`)',
  },
  'mta-sts-ok': {
    severities: ['ok'],
    meaning: '`_mta-sts.<domain>` TXT `v=STSv1; id=…` (the HTTPS policy is not fetched)',
  },
  'mta-sts-policy': {
    severities: ['ok', 'warn', 'fail'],
    meaning:
      'only when a policy fetcher is given: the policy file’s mode (enforce ok; testing, none warn) or why it is unusable',
  },
  'mta-sts-mx-mismatch': {
    severities: ['fail', 'warn'],
    meaning:
      'an MX host the MTA-STS policy does not list: senders refuse it in enforce mode (warn in testing)',
  },
  'mta-sts-missing': { severities: ['info'], meaning: 'no MTA-STS record: senders may deliver without TLS' },
  'mta-sts-invalid': {
    severities: ['fail'],
    meaning: 'an MTA-STS record without a valid `id`, or more than one',
  },
  'tls-rpt-ok': { severities: ['ok'], meaning: '`_smtp._tls.<domain>` TXT `v=TLSRPTv1; rua=…`' },
  'tls-rpt-missing': { severities: ['info'], meaning: 'no TLS-RPT record: nobody hears about TLS failures' },
  'tls-rpt-invalid': {
    severities: ['fail'],
    meaning: 'a TLS-RPT record without a valid `rua`, or more than one',
  },
  'bimi-ok': {
    severities: ['ok'],
    meaning:
      '`default._bimi.<domain>` TXT `v=BIMI1` with an HTTPS SVG logo and a certificate, DMARC enforced',
  },
  'bimi-declined': {
    severities: ['info'],
    meaning: 'a BIMI record with an empty `l=`: the domain declines BIMI',
  },
  'bimi-no-certificate': {
    severities: ['warn'],
    meaning: 'no `a=` certificate (VMC or CMC): Gmail and Apple Mail show no logo',
  },
  'bimi-invalid': {
    severities: ['fail', 'warn'],
    meaning:
      'more than one BIMI record, a logo or certificate URL that is not HTTPS, or a logo that is not SVG (warn)',
  },
  'bimi-dmarc-not-enforced': {
    severities: ['fail'],
    meaning: 'a BIMI record while DMARC is not at quarantine or reject: no logo is shown',
  },
  'mx-summary': {
    severities: ['ok', 'info', 'warn', 'fail'],
    meaning: 'the `/mx` verdict in one line (run `/mx` for the detail)',
  },
  'ptr-summary': {
    severities: ['ok', 'warn'],
    meaning: 'reverse DNS of the MX hosts: PTRs missing or not forward-confirmed',
  },
  'dns-servfail': {
    severities: ['warn'],
    meaning: 'a lookup got SERVFAIL: that part of the check is unknown',
  },
  'dns-refused': { severities: ['warn'], meaning: 'the DNS server refused a lookup' },
  'dns-timeout': {
    severities: ['warn'],
    meaning: 'a lookup got no answer in time, or the check ran out of time',
  },
  'dns-error': {
    severities: ['warn'],
    meaning: 'a lookup failed otherwise (e.g. the DNS server is unreachable)',
  },
} as const satisfies CodeTable;

export type AuthCode = keyof typeof AUTH_CODES;

export type AuthFinding = FindingOf<AuthCode>;

export const finding = findingFactory(AUTH_CODES);
