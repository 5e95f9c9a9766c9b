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
  {
    prefix: 'DMARC_NA',
    words: 'the From domain has no DMARC record',
    auth: { method: 'dmarc', result: 'none' },
  },
  {
    prefix: 'DMARC_MISSING',
    words: 'the From domain has no DMARC record',
    auth: { method: 'dmarc', result: 'none' },
  },
  {
    prefix: 'DMARC_POLICY_SOFTFAIL',
    words: 'DMARC failed, and the From domain asks for no action (p=none)',
    auth: { method: 'dmarc', result: 'fail' },
  },
  {
    prefix: 'DMARC_NONE',
    words: 'DMARC failed, and the From domain asks for no action (p=none)',
    auth: { method: 'dmarc', result: 'fail' },
  },
  {
    prefix: 'DMARC_QUAR',
    words: 'DMARC failed with a quarantine policy',
    auth: { method: 'dmarc', result: 'fail' },
  },
  {
    prefix: 'DMARC_REJECT',
    words: 'DMARC failed with a reject policy',
    auth: { method: 'dmarc', result: 'fail' },
  },
  { prefix: 'DMARC_PASS', words: 'DMARC passed', auth: { method: 'dmarc', result: 'pass' } },
  { prefix: 'DMARC_POLICY_ALLOW', words: 'DMARC passed', auth: { method: 'dmarc', result: 'pass' } },
  { prefix: 'SPF_PASS', words: 'SPF passed', auth: { method: 'spf', result: 'pass' } },
  { prefix: 'R_SPF_ALLOW', words: 'SPF passed', auth: { method: 'spf', result: 'pass' } },
  {
    prefix: 'SPF_NONE',
    words: 'the envelope domain publishes no SPF record',
    auth: { method: 'spf', result: 'none' },
  },
  {
    prefix: 'R_SPF_NA',
    words: 'the envelope domain publishes no SPF record',
    auth: { method: 'spf', result: 'none' },
  },
  { prefix: 'SPF_NEUTRAL', words: 'SPF neutral (?all)', auth: { method: 'spf', result: 'neutral' } },
  { prefix: 'R_SPF_NEUTRAL', words: 'SPF neutral (?all)', auth: { method: 'spf', result: 'neutral' } },
  {
    prefix: 'R_SPF_PERMFAIL',
    words: 'the SPF record is broken',
    auth: { method: 'spf', result: 'permerror' },
  },
  {
    prefix: 'R_SPF_DNSFAIL',
    words: 'the SPF lookup failed for now',
    auth: { method: 'spf', result: 'temperror' },
  },
  { prefix: 'DKIM_VALID', words: 'a DKIM signature verified', auth: { method: 'dkim', result: 'pass' } },
  { prefix: 'R_DKIM_ALLOW', words: 'a DKIM signature verified', auth: { method: 'dkim', result: 'pass' } },
  {
    prefix: 'R_DKIM_NA',
    words: 'the message carried no DKIM signature',
    auth: { method: 'dkim', result: 'none' },
  },
  {
    prefix: 'R_DKIM_PERMFAIL',
    words: 'the DKIM key could not be used',
    auth: { method: 'dkim', result: 'permerror' },
  },
  {
    prefix: 'R_DKIM_TEMPFAIL',
    words: 'the DKIM key lookup failed for now',
    auth: { method: 'dkim', result: 'temperror' },
  },
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
  { prefix: 'RCVD_IN_MSPIKE_BL', words: 'a relay is on the Mailspike blocklist' },
  { prefix: 'RCVD_IN_MSPIKE_L', words: 'a relay has a poor reputation at Mailspike' },
  { prefix: 'RCVD_IN_ZEN', words: 'a relay is on Spamhaus ZEN' },
  { prefix: 'RBL_SPAMHAUS', words: 'a relay is on a Spamhaus blocklist' },
  { prefix: 'URIBL_DBL', words: "a link's domain is on Spamhaus DBL" },
  { prefix: 'DBL_', words: "a link's domain is on Spamhaus DBL" },
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
  { prefix: 'FREEMAIL_FROM', words: 'the From is a free-mail address' },
  { prefix: 'T_REMOTE_IMAGE', words: 'the HTML loads remote images' },
];

/**
 * Tests named by their ending: a DNS list's "_BLOCKED" test (RCVD_IN_DNSWL_BLOCKED, RCVD_IN_ZEN_BLOCKED,
 * URIBL_DBL_BLOCKED_OPENDNS …) means the list refused to answer the receiver's resolver (a public or
 * overused one), never a listing.
 */
export const FILTER_TEST_ENDINGS: { infix: string; words: string }[] = [
  {
    infix: '_BLOCKED',
    words: "the list refused to answer the receiver's DNS resolver (no verdict, not a listing)",
  },
];

/** The known test a filter's test name stands for: the longest matching prefix. */
export function knownTest(name: string): FilterTest | undefined {
  const upper = name.toUpperCase();

  let best: FilterTest | undefined;
  for (const t of FILTER_TESTS) {
    if (upper.startsWith(t.prefix) && t.prefix.length > (best?.prefix.length ?? 0)) best = t;
  }
  const ending = FILTER_TEST_ENDINGS.find((e) => upper.includes(e.infix) && !best?.prefix.includes(e.infix));
  return ending ? { prefix: upper, words: ending.words } : best;
}

/**
 * Filters that write their verdict into one header of their own: the header (lower case), the filter's
 * name, what in its value files the message as spam or passes it, and the score it gives (first group; a
 * second group is the threshold). A value that matches neither gives no verdict.
 */
export interface VerdictHeader {
  header: string;
  filter: string;
  spam: RegExp;
  ham?: RegExp;
  score?: RegExp;
  /** How the score reads, {score} standing for it: "spam probability {score}%". */
  scoreWords?: string;
  spamWords: string;
  hamWords: string;
}

export const VERDICT_HEADERS: VerdictHeader[] = [
  {
    // Outlook.com and Exchange Online: where the mailbox filed it (dest:J Junk Email, dest:I Inbox).
    header: 'x-microsoft-antispam-mailbox-delivery',
    filter: "Outlook's Junk Email filter",
    spam: /\bdest:J\b|\bRF:JunkEmail\b/i,
    ham: /\bdest:I\b/i,
    spamWords: 'dest:J (the mailbox filed it in the Junk Email folder)',
    hamWords: 'dest:I (the mailbox filed it in the Inbox)',
  },
  {
    // Sophos PureMessage: "Gauge=XXXXXXXXXI, Probability=99%, Report='…'".
    header: 'x-perlmx-spam',
    filter: 'Sophos PureMessage',
    spam: /Probability=(?:[5-9]\d|100)%/i,
    ham: /Probability=\d{1,2}%/i,
    score: /Probability=(\d+)%/i,
    scoreWords: 'spam probability {score}%',
    spamWords: 'judged spam',
    hamWords: 'not judged spam',
  },
  {
    header: 'x-pmx-spam',
    filter: 'Sophos PureMessage',
    spam: /Probability=(?:[5-9]\d|100)%/i,
    ham: /Probability=\d{1,2}%/i,
    score: /Probability=(\d+)%/i,
    scoreWords: 'spam probability {score}%',
    spamWords: 'judged spam',
    hamWords: 'not judged spam',
  },
  {
    // Trend Micro: "Yes-12.340-5.0-31-10" / "No--19.650-5.0-31-10": the verdict, the score, the threshold.
    header: 'x-tm-as-result',
    filter: 'Trend Micro',
    spam: /^yes\b/i,
    ham: /^no\b/i,
    score: /^(?:yes|no)-(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)/i,
    scoreWords: 'score {score}',
    spamWords: 'judged spam',
    hamWords: 'not judged spam',
  },
  {
    // GMX and Web.de (United Internet): "junk:10;V03:K0:…" or "notjunk:1;V03:K0:…".
    header: 'x-ui-filterresults',
    filter: 'GMX / Web.de',
    spam: /^junk\b/i,
    ham: /^notjunk\b/i,
    spamWords: 'junk (filed in the Spam folder)',
    hamWords: 'notjunk (not spam)',
  },
  {
    header: 'x-gmx-antispam',
    filter: 'GMX / Web.de',
    spam: /^[1-9]/,
    ham: /^0\b/,
    spamWords: 'recognised as spam',
    hamWords: 'not recognised as spam',
  },
  {
    // Yandex: 1 is clean, 4 is spam.
    header: 'x-yandex-spam',
    filter: 'Yandex',
    spam: /^4\b/,
    ham: /^1\b/,
    spamWords: 'X-Yandex-Spam 4 (spam)',
    hamWords: 'X-Yandex-Spam 1 (not spam)',
  },
  {
    // iCloud Mail: the folder it moved the message to.
    header: 'x-apple-movetofolder',
    filter: 'iCloud Mail',
    spam: /^junk\b/i,
    ham: /^inbox\b/i,
    spamWords: 'moved to the Junk folder',
    hamWords: 'left in the Inbox',
  },
  {
    header: 'x-apple-action',
    filter: 'iCloud Mail',
    spam: /JUNK/i,
    spamWords: 'moved to the Junk folder',
    hamWords: '',
  },
];

/** Barracuda's levels in "SCORE=4.12 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=7.0". */
export const BARRACUDA_LEVELS: { name: string; words: string }[] = [
  { name: 'TAG_LEVEL', words: 'tagged as spam' },
  { name: 'QUARANTINE_LEVEL', words: 'quarantined' },
  { name: 'KILL_LEVEL', words: 'blocked' },
];

/** Proofpoint's rule names that mean "not spam" (rule=notspam, rule=outbound_notspam, rule=safe…). */
export const PROOFPOINT_HAM_RULE = /notspam|^safe|_safe|allow/i;
export const PROOFPOINT_SPAM_RULE = /spam|bulk|phish|suspect|adult|malware/i;

/**
 * The DMARC disposition a receiver states (Google's "dis=QUARANTINE", Microsoft's "action=quarantine",
 * "action=oreject"): what it did with a message that failed DMARC.
 */
export const DMARC_DISPOSITIONS: Record<string, string> = {
  quarantine:
    "the From domain's DMARC policy is quarantine, and the receiver applied it: that alone files the message in Junk",
  'pct.quarantine':
    "the From domain's DMARC policy is quarantine, and the receiver applied it: that alone files the message in Junk",
  reject:
    "the From domain's DMARC policy is reject; the receiver delivered it anyway, to Junk (its local policy overrides reject)",
  oreject:
    "the From domain's DMARC policy is reject; the receiver overrode it and delivered the message to Junk instead",
  'o.reject':
    "the From domain's DMARC policy is reject; the receiver overrode it and delivered the message to Junk instead",
  'pct.reject': "the From domain's DMARC policy is reject; the receiver delivered it anyway (pct), to Junk",
};

/** DMARC results that mean the From domain publishes no DMARC record. */
export const DMARC_NO_RECORD: Record<string, string> = {
  none: 'no DMARC record',
  bestguesspass: "no DMARC record (Microsoft's bestguesspass: it would have passed one)",
};

/**
 * The Message Header Analyzer's tables (Outlook's add-in, mha.azurewebsites.net): its row labels for the
 * X-Forefront-Antispam-Report and X-Microsoft-Antispam fields, "Spam Confidence Level<TAB>5".
 */
export const MHA_LABELS: Record<string, string> = {
  'spam confidence level': 'SCL',
  'spam filtering verdict': 'SFV',
  category: 'CAT',
  'connecting ip address': 'CIP',
  'bulk complaint level': 'BCL',
  'ip filter verdict': 'IPV',
};
