/**
 * Blocklists as bounce texts name them (zone names, brand names, lookup links). Live DNSBL zones for the
 * `blacklist` check live elsewhere; this is only about reading the words. Providers' own block codes
 * (Microsoft S3150, Yahoo BL21, Comcast BL000001…) are in providers/.
 */
export interface BlocklistName {
  id: string;
  name: string;
  /**
   * What the list holds: sending IPs, domains, or whole networks (a provider's allocation or ASN, listed for
   * what its other customers sent: only the provider can clear it).
   */
  lists: 'ip' | 'domain' | 'network';
  /** Lower-case substrings, matched on word boundaries; any one names the list. */
  markers: readonly string[];
  /** Matched only when no other list of the same `family` was named more precisely (bare "spamhaus"). */
  broadMarkers?: readonly string[];
  family?: string;
  /** Where to check the listing and ask for removal. */
  delist?: string;
  /** Set for lists that no longer operate: why a reply naming them means nothing today. */
  retired?: string;
}

export const BLOCKLIST_NAMES: readonly BlocklistName[] = [
  {
    id: 'spamhaus-dbl',
    name: 'Spamhaus DBL',
    lists: 'domain',
    family: 'spamhaus',
    markers: [
      'dbl.spamhaus.org',
      'spamhaus dbl',
      'spamhaus.org/dbl',
      'spamhaus.org/query/dbl',
      'spamhaus.org/query/domain',
      'domain present in the spamhaus',
      'dbl.dq.spamhaus.net',
    ],
    delist: 'https://check.spamhaus.org/',
  },
  {
    // Zero Reputation Domains: domains first seen in the last 24 hours; they leave the list on their own.
    id: 'spamhaus-zrd',
    name: 'Spamhaus ZRD (newly seen domains)',
    lists: 'domain',
    family: 'spamhaus',
    markers: ['zrd.spamhaus.org', 'zrd.dq.spamhaus.net', 'spamhaus zrd'],
    delist: 'https://check.spamhaus.org/',
  },
  {
    id: 'spamhaus',
    name: 'Spamhaus ZEN (SBL, XBL, CSS, PBL)',
    lists: 'ip',
    family: 'spamhaus',
    markers: [
      'zen.spamhaus.org',
      'sbl.spamhaus.org',
      'xbl.spamhaus.org',
      'pbl.spamhaus.org',
      'sbl-xbl.spamhaus.org',
      'zen.dq.spamhaus.net',
      'spamhaus zen',
      'spamhaus sbl',
      'spamhaus xbl',
      'spamhaus pbl',
      'spamhaus.org/sbl',
      'spamhaus.org/xbl',
      'spamhaus.org/pbl',
      'spamhaus.org/query/ip',
      'spamhaus.org/query/bl',
      "spamhaus's list",
    ],
    broadMarkers: ['spamhaus'],
    delist: 'https://check.spamhaus.org/',
  },
  {
    id: 'cbl',
    name: 'CBL (now part of Spamhaus XBL)',
    lists: 'ip',
    markers: ['cbl.abuseat.org', 'abuseat.org', 'abuseat'],
    delist: 'https://check.spamhaus.org/',
  },
  {
    id: 'spamcop',
    name: 'SpamCop',
    lists: 'ip',
    markers: ['bl.spamcop.net', 'spamcop.net/bl', 'spamcop'],
    delist: 'https://www.spamcop.net/bl.shtml',
  },
  {
    id: 'nixspam',
    name: 'NiX Spam (manitu)',
    lists: 'ip',
    markers: ['ix.dnsbl.manitu.net', 'dnsbl.manitu.net', 'nixspam'],
    delist: 'https://www.dnsbl.manitu.net/',
  },
  {
    id: 'barracuda',
    name: 'Barracuda Reputation Block List',
    lists: 'ip',
    markers: ['b.barracudacentral.org', 'barracudacentral.org', 'barracuda reputation', 'brbl'],
    delist: 'https://www.barracudacentral.org/rbl/removal-request',
  },
  {
    id: 'uceprotect',
    name: 'UCEPROTECT Level 1',
    lists: 'ip',
    family: 'uceprotect',
    markers: ['dnsbl-1.uceprotect.net', 'uceprotect-level1', 'uceprotect-level 1', 'uceprotect level 1'],
    broadMarkers: ['uceprotect'],
    delist: 'https://www.uceprotect.net/en/rblcheck.php',
  },
  {
    // Levels 2 and 3 list the network around the IP, not the IP: the provider has to act, or the IP moves.
    id: 'uceprotect-2',
    name: "UCEPROTECT Level 2 (the provider's address block)",
    lists: 'network',
    family: 'uceprotect',
    markers: ['dnsbl-2.uceprotect.net', 'uceprotect-level2', 'uceprotect-level 2', 'uceprotect level 2'],
    delist: 'https://www.uceprotect.net/en/rblcheck.php',
  },
  {
    id: 'uceprotect-3',
    name: "UCEPROTECT Level 3 (the provider's whole network, its ASN)",
    lists: 'network',
    family: 'uceprotect',
    markers: ['dnsbl-3.uceprotect.net', 'uceprotect-level3', 'uceprotect-level 3', 'uceprotect level 3'],
    delist: 'https://www.uceprotect.net/en/rblcheck.php',
  },
  {
    id: 'psbl',
    name: 'PSBL (Passive Spam Block List)',
    lists: 'ip',
    markers: ['psbl.surriel.com', 'psbl.org', 'psbl'],
    delist: 'https://psbl.org/',
  },
  {
    id: 'mailspike',
    name: 'Mailspike',
    lists: 'ip',
    markers: ['bl.mailspike.net', 'rep.mailspike.net', 'z.mailspike.net', 'mailspike'],
    delist: 'https://mailspike.io/ip_verify',
  },
  {
    id: 'spamrats',
    name: 'SpamRATS',
    lists: 'ip',
    markers: ['dyna.spamrats.com', 'noptr.spamrats.com', 'spam.spamrats.com', 'spamrats'],
    delist: 'https://www.spamrats.com/removal.php',
  },
  {
    id: 's5h',
    name: 'S5H (all.s5h.net)',
    lists: 'ip',
    markers: ['all.s5h.net', 's5h.net', 's5h'],
    // Removal is automatic when requested from the listed IP itself.
    delist: 'https://www.usenix.org.uk/content/rblremove',
  },
  {
    id: 'surbl',
    name: 'SURBL',
    lists: 'domain',
    markers: ['multi.surbl.org', 'surbl.org', 'surbl'],
    delist: 'https://www.surbl.org/surbl-analysis',
  },
  {
    id: 'uribl',
    name: 'URIBL',
    lists: 'domain',
    markers: ['multi.uribl.com', 'uribl.com', 'uribl'],
    delist: 'https://admin.uribl.com/',
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint IP reputation',
    lists: 'ip',
    markers: ['ipcheck.proofpoint.com', 'dnsbl-lookup.cgi'],
    delist: 'https://ipcheck.proofpoint.com/',
  },
  {
    id: 'cloudmark',
    name: 'Cloudmark Sender Intelligence (CSI)',
    lists: 'ip',
    markers: ['csi.cloudmark.com', 'cloudmark'],
    delist: 'https://csi.cloudmark.com/en/reset/',
  },
  {
    // N-able Mail Assure (SpamExperts): "A URL in this email (x) is listed on https://spamrl.com/".
    id: 'spamrl',
    name: 'SpamRL (N-able Mail Assure)',
    lists: 'domain',
    markers: ['spamrl.com', 'spamrl'],
    delist: 'https://spamrl.com/',
  },
  {
    id: 'abusix',
    name: 'Abusix Mail Intelligence',
    lists: 'ip',
    markers: ['mail.abusix.zone', 'abusix'],
    delist: 'https://lookup.abusix.com/',
  },
  {
    id: 'microsoft-365',
    name: "Microsoft 365's blocked senders list",
    lists: 'ip',
    markers: [
      'sender.office.com',
      'banned sending ip',
      'delist@microsoft.com',
      'delist@messaging.microsoft.com',
    ],
    delist: 'https://sender.office.com/',
  },
  {
    id: 'outlook-com',
    name: "Outlook.com's block list",
    lists: 'ip',
    markers: [
      'part of their network is on our block list',
      'olcsupport.office.com',
      'mail.live.com/mail/troubleshooting',
    ],
    delist: 'https://olcsupport.office.com/',
  },
  {
    id: 'invaluement',
    name: 'Invaluement ivmSIP',
    lists: 'ip',
    family: 'invaluement',
    markers: ['ivmsip'],
    broadMarkers: ['invaluement'],
  },
  {
    // Invaluement's list of domains found in spam's links and senders: the content, not the sending IP.
    id: 'invaluement-uri',
    name: 'Invaluement ivmURI',
    lists: 'domain',
    family: 'invaluement',
    markers: ['ivmuri'],
  },
  {
    id: 'sem',
    name: 'SEM-BLACK (Spam Eating Monkey)',
    lists: 'ip',
    family: 'sem',
    markers: ['bl.spameatingmonkey.net', 'backscatter.spameatingmonkey.net', 'sem-black', 'sem-backscatter'],
    broadMarkers: ['spameatingmonkey'],
    delist: 'https://spameatingmonkey.com/',
  },
  {
    id: 'sem-uri',
    name: 'SEM-URI and SEM-FRESH (Spam Eating Monkey domain lists)',
    lists: 'domain',
    family: 'sem',
    markers: [
      'uribl.spameatingmonkey.net',
      'urired.spameatingmonkey.net',
      'fresh.spameatingmonkey.net',
      'fresh10.spameatingmonkey.net',
      'fresh15.spameatingmonkey.net',
      'sem-uri',
      'sem-fresh',
    ],
    delist: 'https://spameatingmonkey.com/',
  },
  {
    id: 'hostkarma',
    name: 'JunkEmailFilter Hostkarma',
    lists: 'ip',
    markers: ['hostkarma.junkemailfilter.com', 'hostkarma', 'junkemailfilter'],
  },
  {
    // Cisco's reputation service (formerly SenderBase), behind Cisco Secure Email's reputation filtering.
    id: 'talos',
    name: 'Cisco Talos IP reputation',
    lists: 'ip',
    markers: ['talosintelligence.com', 'senderbase.org', 'senderbase'],
    delist: 'https://talosintelligence.com/reputation_center/',
  },
  {
    // Trend Micro's Email Reputation Services (ERS: RBL+, QIL), whose lookup still lives at mail-abuse.com.
    id: 'trend-micro',
    name: 'Trend Micro Email Reputation Services',
    lists: 'ip',
    markers: [
      'trend micro email reputation',
      'trend micro rbl',
      'trend micro qil',
      'trend micro ers',
      'ers.trendmicro.com',
      'mail-abuse.com',
    ],
    delist: 'https://ers.trendmicro.com/',
  },
  {
    id: 'senderscore',
    name: 'SenderScore blocklist',
    lists: 'ip',
    markers: ['bl.score.senderscore.com', 'senderscore'],
  },
  {
    id: 'sorbs',
    name: 'SORBS',
    lists: 'ip',
    markers: ['dnsbl.sorbs.net', 'sorbs.net', 'sorbs'],
    retired:
      'SORBS closed in June 2024; a receiver still rejecting because of it uses a dead list and should remove it.',
  },
];

const BY_ID: ReadonlyMap<string, BlocklistName> = new Map(BLOCKLIST_NAMES.map((b) => [b.id, b]));

export function findBlocklist(id: string): BlocklistName | undefined {
  return BY_ID.get(id);
}
