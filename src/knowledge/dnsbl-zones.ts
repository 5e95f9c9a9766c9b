import { findBlocklist } from './blocklist-names.js';

/**
 * DNS blocklists (DNSBLs) the `blacklist` check asks, as data: adding a list is adding an entry.
 * Return codes come from REFERENCE.md "Blocklists (as of 2026)". A user's own file
 * (MAILMEDIC_DNSBL_FILE, see dnsbl-zones-file.ts) replaces or extends this list.
 */

/**
 * What an answer means. `listed`: a listing. `good`/`neutral`: a reputation list's verdict that is not
 * a listing (Mailspike .13–.20). `error`: the list's way of saying it did not answer the question
 * (Spamhaus 127.255.255.x, URIBL 127.0.0.1, SURBL bit 1, DBL 127.0.1.255): never a listing.
 */
export type AnswerKind = 'listed' | 'good' | 'neutral' | 'error';

export interface ReturnCode {
  /** An exact address (`127.0.0.4`) or a range (`127.255.255.0/24`); exact entries win over ranges. */
  answer: string;
  kind: AnswerKind;
  /** Sub-list or verdict name for headlines, e.g. "Spamhaus XBL". */
  name?: string;
  meaning: string;
  /**
   * What to do: for error codes (use your own resolver, a DQS key...), and for listings whose remedy is
   * not "stop the spam, then ask for removal" (policy lists such as the PBL, listings of whole networks).
   */
  advice?: string;
}

/** One bit of a bitmask list's last octet (SURBL, URIBL): 127.0.0.X with X the sum of the set bits. */
export interface ReturnBit {
  bit: number;
  kind: AnswerKind;
  name?: string;
  meaning: string;
  advice?: string;
}

export interface DnsblZone {
  /** The zone queried, e.g. `zen.spamhaus.org`. */
  zone: string;
  /** How people call it: "Spamhaus ZEN". */
  name: string;
  /** What it is asked about: IP addresses (reversed) or domains. */
  kind: 'ip' | 'domain';
  /** What it lists, in a few words. */
  lists: string;
  /** Exact answers (and ranges) with their meaning; checked before `bits`. */
  codes: readonly ReturnCode[];
  /** Set for bitmask lists: answers in 127.0.0.0/24 are decoded bit by bit. */
  bits?: readonly ReturnBit[];
  /** Where to look the listing up and ask for removal. */
  delist?: string;
  /** Lists IPv6 addresses too (IP lists only; the others are not asked about an IPv6 address). */
  ipv6?: boolean;
  /**
   * Spamhaus Data Query Service: with a key (MAILMEDIC_SPAMHAUS_DQS_KEY) the query goes to
   * `<key>.<dqsZone>` instead of `zone`, which also works through public resolvers.
   */
  dqsZone?: string;
  /** A key is required for the list to answer at all (none of the curated ones). */
  needsKey?: boolean;
  /** RFC 5782 positive test point: an IP (IP lists, default 127.0.0.2) or a domain (default `test`). */
  testPoint?: string;
  /** Set for lists that no longer work: why they are not asked. */
  dead?: string;
  /** A note shown beside a result of this list (e.g. how long listings last). */
  note?: string;
}

const delist = (id: string): string | undefined => findBlocklist(id)?.delist;

/** Spamhaus answers in 127.255.255.0/24 say the query was not served; none is a listing. */
const SPAMHAUS_ERRORS: readonly ReturnCode[] = [
  {
    answer: '127.255.255.252',
    kind: 'error',
    meaning: 'Spamhaus error: the query name is malformed (typo in the zone or the DQS key)',
    advice: 'Check the zone name and the DQS key (MAILMEDIC_SPAMHAUS_DQS_KEY).',
  },
  {
    answer: '127.255.255.254',
    kind: 'error',
    meaning: 'Spamhaus error: queries through a public or open resolver are not answered',
    advice:
      'Use your own recursive resolver (--resolver or MAILMEDIC_RESOLVERS), or a free Spamhaus DQS key ' +
      '(MAILMEDIC_SPAMHAUS_DQS_KEY).',
  },
  {
    answer: '127.255.255.255',
    kind: 'error',
    meaning: 'Spamhaus error: too many queries from this resolver',
    advice:
      'Use your own recursive resolver (--resolver or MAILMEDIC_RESOLVERS), or a free Spamhaus DQS key ' +
      '(MAILMEDIC_SPAMHAUS_DQS_KEY).',
  },
  {
    answer: '127.255.255.0/24',
    kind: 'error',
    meaning: 'Spamhaus error code: the query was not served',
    advice: 'Use your own recursive resolver, or a Spamhaus DQS key (MAILMEDIC_SPAMHAUS_DQS_KEY).',
  },
];

const listedAs = (answer: string, name: string, meaning: string, advice?: string): ReturnCode => ({
  answer,
  kind: 'listed',
  name,
  meaning,
  ...(advice ? { advice } : {}),
});

const PBL_ADVICE =
  'The PBL is a policy list, not a spam listing: it names addresses meant for end users (dynamic, ' +
  'residential, or not meant to run a mail server). Send through your provider’s mail relay (smarthost) or ' +
  'an authenticated submission service instead of straight from this address.';

/** Mailspike's reputation scale, shared by bl and rep: .10–.12 bad, .13–.16 neutral, .17–.20 good. */
const MAILSPIKE_REPUTATION: readonly ReturnCode[] = [
  listedAs('127.0.0.10', 'Mailspike (worst reputation)', 'worst possible reputation'),
  listedAs('127.0.0.11', 'Mailspike (very bad reputation)', 'very bad reputation'),
  listedAs('127.0.0.12', 'Mailspike (bad reputation)', 'bad reputation'),
  ...[13, 14, 15, 16].map(
    (n): ReturnCode => ({
      answer: `127.0.0.${n}`,
      kind: 'neutral',
      name: 'Mailspike (neutral reputation)',
      meaning: 'neutral reputation: not a listing',
    }),
  ),
  ...[
    [17, 'possibly legitimate sender'],
    [18, 'good reputation'],
    [19, 'very good reputation'],
    [20, 'excellent reputation'],
  ].map(
    ([n, words]): ReturnCode => ({
      answer: `127.0.0.${n}`,
      kind: 'good',
      name: 'Mailspike (good reputation)',
      meaning: `${words}: a good reputation, not a listing`,
    }),
  ),
];

const simple = (zone: Omit<DnsblZone, 'codes' | 'kind'>, code = '127.0.0.2', advice?: string): DnsblZone => ({
  ...zone,
  kind: 'ip',
  codes: [listedAs(code, zone.name, zone.lists, advice)],
});

/** UCEPROTECT Levels 2 and 3 list the provider's network for other customers' spam. */
const uceprotectWide = (what: string): string =>
  `This lists ${what}, because of many Level 1 listings of other addresses there, not because of this ` +
  'address alone: you cannot delist it yourself, it expires when the listings there do. Ask your provider ' +
  'to clean up its network, or move to a cleaner one; few receivers use this level.';

export const DNSBL_ZONES: readonly DnsblZone[] = [
  {
    zone: 'zen.spamhaus.org',
    name: 'Spamhaus ZEN',
    kind: 'ip',
    lists: 'spam sources, exploited hosts and end-user address space (SBL, CSS, XBL, PBL combined)',
    codes: [
      listedAs('127.0.0.2', 'Spamhaus SBL', 'SBL: known spam source or spam operation'),
      listedAs('127.0.0.3', 'Spamhaus CSS', 'CSS: low-reputation host sending snowshoe spam'),
      listedAs('127.0.0.4', 'Spamhaus XBL', 'XBL: infected or exploited host (malware, open proxy)'),
      listedAs(
        '127.0.0.9',
        'Spamhaus DROP',
        'DROP: hijacked or criminal address space',
        'DROP lists whole networks Spamhaus judges hijacked or run by criminals, not one host: a single address ' +
          'cannot be delisted. Take it up with the provider or network owner that announces the range, or move ' +
          'the mail server to other address space.',
      ),
      listedAs(
        '127.0.0.10',
        'Spamhaus PBL',
        'PBL (set by the ISP): end-user address that should not send mail directly',
        `${PBL_ADVICE} The ISP set this entry: if this is a real mail server with a static address and a ` +
          'matching PTR, ask the ISP to take it out of the PBL.',
      ),
      listedAs(
        '127.0.0.11',
        'Spamhaus PBL',
        'PBL (set by Spamhaus): end-user address that should not send mail directly',
        `${PBL_ADVICE} If this is a real mail server with a static address and a matching PTR, remove it ` +
          'from the PBL yourself at check.spamhaus.org (self-service).',
      ),
      listedAs('127.0.0.30', 'Spamhaus BCL', 'BCL: botnet controller'),
      ...SPAMHAUS_ERRORS,
    ],
    delist: delist('spamhaus'),
    ipv6: true,
    dqsZone: 'zen.dq.spamhaus.net',
    note: 'Spamhaus does not answer queries that come through public resolvers.',
  },
  {
    zone: 'dbl.spamhaus.org',
    name: 'Spamhaus DBL',
    kind: 'domain',
    lists: 'domains seen in spam, phishing, malware and botnet control',
    codes: [
      listedAs('127.0.1.2', 'Spamhaus DBL', 'spam domain'),
      listedAs('127.0.1.4', 'Spamhaus DBL', 'phishing domain'),
      listedAs('127.0.1.5', 'Spamhaus DBL', 'malware domain'),
      listedAs('127.0.1.6', 'Spamhaus DBL', 'botnet command and control domain'),
      listedAs('127.0.1.102', 'Spamhaus DBL', 'abused legitimate domain (spam)'),
      listedAs('127.0.1.103', 'Spamhaus DBL', 'abused legitimate domain (spammed redirector)'),
      listedAs('127.0.1.104', 'Spamhaus DBL', 'abused legitimate domain (phishing)'),
      listedAs('127.0.1.105', 'Spamhaus DBL', 'abused legitimate domain (malware)'),
      listedAs('127.0.1.106', 'Spamhaus DBL', 'abused legitimate domain (botnet C&C)'),
      {
        answer: '127.0.1.255',
        kind: 'error',
        meaning: 'Spamhaus DBL error: an IP address was queried on a domain list',
        advice: 'Query IP addresses on zen.spamhaus.org instead.',
      },
      ...SPAMHAUS_ERRORS,
    ],
    delist: delist('spamhaus-dbl'),
    dqsZone: 'dbl.dq.spamhaus.net',
    testPoint: 'dbltest.com',
    note: 'Spamhaus does not answer queries that come through public resolvers.',
  },
  simple({
    zone: 'bl.spamcop.net',
    name: 'SpamCop',
    lists: 'IPs reported by SpamCop users as sending spam',
    delist: delist('spamcop'),
    note: 'Listings expire about 24 hours after the last report.',
  }),
  simple({
    zone: 'b.barracudacentral.org',
    name: 'Barracuda',
    lists: 'IPs with a poor sending reputation (Barracuda Reputation Block List)',
    delist: delist('barracuda'),
    note: 'Barracuda answers only resolvers registered with it (free, at barracudacentral.org).',
  }),
  simple({
    zone: 'dnsbl-1.uceprotect.net',
    name: 'UCEPROTECT Level 1',
    lists: 'single IPs that sent to UCEPROTECT spam traps',
    delist: delist('uceprotect'),
  }),
  simple(
    {
      zone: 'dnsbl-2.uceprotect.net',
      name: 'UCEPROTECT Level 2',
      lists: "allocations (the provider's network block) with many Level 1 listings",
      delist: delist('uceprotect'),
    },
    '127.0.0.2',
    uceprotectWide("the provider's whole allocation (network block)"),
  ),
  simple(
    {
      zone: 'dnsbl-3.uceprotect.net',
      name: 'UCEPROTECT Level 3',
      lists: 'whole networks (ASNs) with many Level 1 listings',
      delist: delist('uceprotect'),
    },
    '127.0.0.2',
    uceprotectWide("the provider's whole network (its ASN)"),
  ),
  simple({
    zone: 'psbl.surriel.com',
    name: 'PSBL',
    lists: 'IPs that sent to PSBL spam traps (self-service removal)',
    delist: delist('psbl'),
  }),
  {
    zone: 'bl.mailspike.net',
    name: 'Mailspike BL',
    kind: 'ip',
    lists: 'IPs with a bad Mailspike reputation',
    codes: [listedAs('127.0.0.2', 'Mailspike BL', 'listed by Mailspike'), ...MAILSPIKE_REPUTATION],
    delist: delist('mailspike'),
  },
  {
    zone: 'rep.mailspike.net',
    name: 'Mailspike reputation',
    kind: 'ip',
    lists: 'IP reputation, from worst (127.0.0.10) to excellent (127.0.0.20)',
    codes: MAILSPIKE_REPUTATION,
    delist: delist('mailspike'),
  },
  simple(
    {
      zone: 'dyna.spamrats.com',
      name: 'SpamRATS Dyna',
      lists: 'dynamic or end-user IPs with generic reverse DNS that sent spam',
      delist: delist('spamrats'),
    },
    '127.0.0.36',
  ),
  simple(
    {
      zone: 'noptr.spamrats.com',
      name: 'SpamRATS NoPtr',
      lists: 'IPs without reverse DNS (PTR) that sent spam',
      delist: delist('spamrats'),
    },
    '127.0.0.37',
  ),
  simple(
    {
      zone: 'spam.spamrats.com',
      name: 'SpamRATS Spam',
      lists: 'IPs that sent spam to SpamRATS traps',
      delist: delist('spamrats'),
    },
    '127.0.0.38',
  ),
  {
    ...simple({
      zone: 'all.s5h.net',
      name: 's5h',
      lists: 'IPs that sent spam or attacked s5h servers (IPv4 and IPv6)',
      delist: delist('s5h'),
    }),
    ipv6: true,
  },
  {
    zone: 'multi.surbl.org',
    name: 'SURBL',
    kind: 'domain',
    lists: 'domains found in message bodies of spam, phishing and malware',
    codes: [],
    bits: [
      {
        bit: 1,
        kind: 'error',
        meaning: 'SURBL blocked this query (too many queries, or a public resolver)',
        advice: 'Use your own recursive resolver (--resolver or MAILMEDIC_RESOLVERS).',
      },
      { bit: 8, kind: 'listed', name: 'SURBL PH', meaning: 'PH: phishing' },
      { bit: 16, kind: 'listed', name: 'SURBL MW', meaning: 'MW: malware' },
      { bit: 64, kind: 'listed', name: 'SURBL ABUSE', meaning: 'ABUSE: spam and abuse' },
      { bit: 128, kind: 'listed', name: 'SURBL CR', meaning: 'CR: cracked (compromised) site' },
    ],
    delist: delist('surbl'),
    testPoint: 'test.surbl.org',
  },
  {
    zone: 'multi.uribl.com',
    name: 'URIBL',
    kind: 'domain',
    lists: 'domains found in message bodies of spam',
    codes: [
      {
        answer: '127.0.0.1',
        kind: 'error',
        meaning: 'URIBL refused this query (a public resolver, or too many queries)',
        advice: 'Use your own recursive resolver (--resolver or MAILMEDIC_RESOLVERS).',
      },
    ],
    bits: [
      { bit: 2, kind: 'listed', name: 'URIBL black', meaning: 'black: domain seen in spam' },
      { bit: 4, kind: 'listed', name: 'URIBL grey', meaning: 'grey: domain of a bulk sender seen in spam' },
      { bit: 8, kind: 'listed', name: 'URIBL red', meaning: 'red: domain newly seen in spam' },
    ],
    delist: delist('uribl'),
    testPoint: 'test.uribl.com',
  },
  // Dead lists: kept so that someone asking for them is told why; never queried.
  ...(
    [
      ['dnsbl.sorbs.net', 'SORBS', 'SORBS closed in June 2024; its zones no longer hold listings.'],
      ['spam.dnsbl.sorbs.net', 'SORBS spam', 'SORBS closed in June 2024; its zones no longer hold listings.'],
      ['dnsbl.ahbl.org', 'AHBL', 'AHBL shut down and answers "listed" for every query.'],
      ['dnsbl.njabl.org', 'NJABL', 'NJABL shut down in 2013.'],
      ['list.dsbl.org', 'DSBL', 'DSBL shut down in 2008.'],
      ['relays.ordb.org', 'ORDB', 'ORDB shut down in 2006.'],
    ] as const
  ).map(
    ([zone, name, why]): DnsblZone => ({
      zone,
      name,
      kind: 'ip',
      lists: 'nothing any more',
      codes: [],
      dead: `${why} A receiver still rejecting mail because of it uses a dead list and should remove it.`,
    }),
  ),
];

/**
 * Lists asked only when named (`--zone`), never by default: allowlists, whose entries are good senders.
 * Known so that their answers are read as what they are, never as listings.
 */
export const REQUEST_ONLY_ZONES: readonly DnsblZone[] = [
  {
    zone: 'list.dnswl.org',
    name: 'DNSWL',
    kind: 'ip',
    lists: 'an allowlist of known legitimate mail senders (answers 127.0.<category>.<trust 0-3>)',
    codes: [
      {
        answer: '127.0.0.255',
        kind: 'error',
        meaning: 'DNSWL refused this query (too many queries, or a public resolver)',
        advice: 'Use your own recursive resolver (--resolver or MAILMEDIC_RESOLVERS), or a DNSWL data feed.',
      },
      {
        answer: '127.0.0.0/16',
        kind: 'good',
        name: 'DNSWL (allowlisted)',
        meaning:
          'on the DNSWL allowlist (127.0.<category>.<trust>): a known legitimate sender, not a listing',
      },
    ],
    ipv6: true,
  },
  {
    zone: 'wl.mailspike.net',
    name: 'Mailspike allowlist',
    kind: 'ip',
    lists: 'addresses with a good Mailspike reputation (127.0.0.18–20)',
    codes: MAILSPIKE_REPUTATION,
  },
];

/** The zone entry for `zone` (case-insensitive), or undefined. */
export function findZone(zones: readonly DnsblZone[], zone: string): DnsblZone | undefined {
  const z = zone.toLowerCase().replace(/\.$/, '');
  return zones.find((e) => e.zone === z);
}

/** An entry for a zone nobody described: any answer in 127.0.0.0/8 but 127.0.0.1 means listed. */
export function unknownZone(zone: string, kind: 'ip' | 'domain'): DnsblZone {
  return {
    zone: zone.toLowerCase().replace(/\.$/, ''),
    name: zone.toLowerCase().replace(/\.$/, ''),
    kind,
    lists: 'entries of a list not described in mailmedic',
    codes: [
      {
        answer: '127.0.0.1',
        kind: 'error',
        meaning: '127.0.0.1 is not a listing code (RFC 5782); lists use it to refuse or flag a query',
        advice: 'Check what this list means by 127.0.0.1 on its web site.',
      },
    ],
    ipv6: true,
  };
}
