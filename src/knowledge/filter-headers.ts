/**
 * What receivers' spam filters write into a delivered message's headers, for "why did it go to Junk?":
 * Microsoft 365's X-Forefront-Antispam-Report fields (Microsoft Learn, "Anti-spam message headers"),
 * compauth reasons, and the SpamAssassin and rspamd tests admins meet most, in plain words.
 */

/** X-Forefront-Antispam-Report SFV: the spam filtering verdict; `spam` when it sends the message to Junk. */
export const MICROSOFT_SFV: Record<string, { words: string; spam: boolean }> = {
  SPM: { words: 'marked as spam by spam filtering', spam: true },
  SKS: { words: 'marked as spam by a mail flow rule before spam filtering', spam: true },
  BLK: { words: "blocked: the sender is on the recipient's blocked senders list", spam: true },
  SKB: { words: 'marked as spam: the sender or domain is blocked in the anti-spam policy', spam: true },
  NSPM: { words: 'not spam', spam: false },
  SFE: { words: "allowed: the sender is on the recipient's safe senders list", spam: false },
  SKA: { words: 'allowed: the sender is allowed in the anti-spam policy', spam: false },
  SKN: { words: 'marked as not spam by a mail flow rule', spam: false },
  SKI: { words: 'mail inside the organisation, not filtered', spam: false },
  SKQ: { words: 'released from quarantine', spam: false },
};

/** X-Forefront-Antispam-Report CAT: the protection policy that acted. */
export const MICROSOFT_CAT: Record<string, string> = {
  SPM: 'spam',
  HSPM: 'high confidence spam',
  BULK: 'bulk mail',
  PHSH: 'phishing',
  HPHSH: 'high confidence phishing',
  HPHISH: 'high confidence phishing',
  SPOOF: 'spoofing: the From domain did not authenticate',
  DIMP: 'domain impersonation',
  UIMP: 'user impersonation',
  GIMP: 'mailbox intelligence impersonation',
  BIMP: 'brand impersonation',
  MALW: 'malware',
  AMP: 'anti-malware',
  SAP: 'Safe Attachments',
  FTBP: 'blocked file type',
  INTOS: 'intra-organisation phishing',
  OSPM: 'outbound spam',
};

/** The spam confidence level's band (SCL -1 to 9) in words. */
export function sclWords(scl: number): { words: string; spam: boolean } {
  if (scl < 0) return { words: 'filtering skipped (a safe sender or a mail flow rule)', spam: false };
  if (scl <= 1) return { words: 'not spam', spam: false };
  if (scl <= 4) return { words: 'not spam (a low score)', spam: false };
  if (scl <= 6) return { words: 'spam: delivered to Junk by default', spam: true };
  return { words: 'high confidence spam', spam: true };
}

/** compauth reasons Microsoft documents as failures; the rest are passes, soft passes or bypasses. */
export const COMPAUTH_REASONS: Record<string, string> = {
  '000': "explicit failure: the From domain's DMARC failed and its policy is quarantine or reject",
  '001':
    'implicit failure: the From domain publishes no DMARC (or only p=none, ~all) and SPF or DKIM did not pass for it',
  '002': 'the organisation forbids this sender and domain pair to spoof',
  '010': "the From domain is one of the organisation's own and failed DMARC (spoofing of itself)",
};

/** Filter tests worth a sentence: SpamAssassin rule names and rspamd symbols, matched by prefix. */
export interface FilterTest {
  prefix: string;
  words: string;
  /** The authentication result the test stands for, when the headers hold no Authentication-Results. */
  auth?: { method: 'spf' | 'dkim' | 'dmarc'; result: string };
}

export const FILTER_TESTS: FilterTest[] = [
  { prefix: 'RDNS_NONE', words: 'the relay that handed it over has no reverse DNS name' },
  { prefix: 'RDNS_DYNAMIC', words: 'the reverse DNS name looks like a dynamic (home) address' },
  { prefix: 'HFILTER_HOSTNAME_UNKNOWN', words: 'the sending host has no usable reverse DNS name' },
  { prefix: 'SPF_FAIL', words: 'SPF failed', auth: { method: 'spf', result: 'fail' } },
  { prefix: 'SPF_SOFTFAIL', words: 'SPF soft-failed (~all)', auth: { method: 'spf', result: 'softfail' } },
  { prefix: 'R_SPF_FAIL', words: 'SPF failed', auth: { method: 'spf', result: 'fail' } },
  { prefix: 'R_SPF_SOFTFAIL', words: 'SPF soft-failed (~all)', auth: { method: 'spf', result: 'softfail' } },
  {
    prefix: 'DKIM_INVALID',
    words: 'a DKIM signature did not verify',
    auth: { method: 'dkim', result: 'fail' },
  },
  {
    prefix: 'R_DKIM_REJECT',
    words: 'a DKIM signature did not verify',
    auth: { method: 'dkim', result: 'fail' },
  },
  {
    prefix: 'DMARC_POLICY_REJECT',
    words: 'DMARC failed with a reject policy',
    auth: { method: 'dmarc', result: 'fail' },
  },
  {
    prefix: 'DMARC_POLICY_QUARANTINE',
    words: 'DMARC failed with a quarantine policy',
    auth: { method: 'dmarc', result: 'fail' },
  },
  { prefix: 'DMARC_NA', words: 'the From domain has no DMARC record' },
  { prefix: 'URIBL_', words: "a link's domain is on a URI blocklist" },
  { prefix: 'URIBL_BLOCKED', words: 'the URI blocklist refused the query (no verdict, not a listing)' },
  { prefix: 'RCVD_IN_SBL', words: 'a relay is on Spamhaus SBL' },
  { prefix: 'RCVD_IN_XBL', words: 'a relay is on Spamhaus XBL (infected or exploited host)' },
  {
    prefix: 'RCVD_IN_PBL',
    words: 'a relay is on Spamhaus PBL (an address that should not send mail directly)',
  },
  { prefix: 'RCVD_IN_BL_SPAMCOP', words: 'a relay is on the SpamCop blocklist' },
  { prefix: 'RCVD_IN_DNSWL', words: 'a relay is on a DNS allowlist (in your favour)' },
  { prefix: 'BAYES_9', words: 'the learned (Bayes) filter is nearly sure it is spam' },
  { prefix: 'BAYES_8', words: 'the learned (Bayes) filter finds it likely spam' },
  { prefix: 'BAYES_SPAM', words: 'the learned (Bayes) filter finds it spam' },
  { prefix: 'HTML_IMAGE_ONLY', words: 'HTML with images and little text' },
  { prefix: 'MIME_HTML_ONLY', words: 'HTML only, no plain-text part' },
  { prefix: 'MISSING_MID', words: 'no Message-ID header' },
  { prefix: 'MISSING_DATE', words: 'no Date header' },
  { prefix: 'FREEMAIL_FORGED_REPLYTO', words: 'Reply-To is a free-mail address unlike the From' },
  { prefix: 'FORGED_SENDER', words: 'the From does not match the envelope sender' },
  { prefix: 'SUBJ_ALL_CAPS', words: 'the subject is in capitals' },
];

/** The known test a filter's test name stands for: the longest matching prefix. */
export function knownTest(name: string): FilterTest | undefined {
  const upper = name.toUpperCase();
  let best: FilterTest | undefined;
  for (const t of FILTER_TESTS) {
    if (upper.startsWith(t.prefix) && t.prefix.length > (best?.prefix.length ?? 0)) best = t;
  }
  return best;
}
