import { type CodeTable, type FindingOf, findingFactory } from '../../report/finding-codes.js';

/**
 * Every finding code `/blacklist` can give: stable ids, documented in the README (a test keeps the table
 * complete). `severities` lists what the code can carry, the usual one first.
 */
export const BLACKLIST_CODES = {
  listed: {
    severities: ['fail'],
    meaning: 'listed on a blocklist: the decoded answer, what it means, where to ask for removal',
  },
  'not-listed': { severities: ['ok'], meaning: 'the lists that answered "not listed" (one finding)' },
  'good-reputation': {
    severities: ['ok'],
    meaning:
      'a reputation list or allowlist rates the address well (Mailspike 127.0.0.17–20, DNSWL 127.0.x.y): not a listing',
  },
  'could-not-check': {
    severities: ['warn'],
    meaning:
      'a list could not tell: its error code (Spamhaus 127.255.255.x, URIBL 127.0.0.1, SURBL bit 1), an ' +
      'answer outside 127.0.0.0/8, SERVFAIL, REFUSED, a timeout, or it does not list its own test point',
  },
  'wildcard-zone': {
    severities: ['warn'],
    meaning: 'a list answers "listed" for 127.0.0.1 or a random name: it lists everything and is not trusted',
  },
  'dead-zone': { severities: ['info'], meaning: 'a list asked for is known to be dead (SORBS, AHBL...)' },
  'not-public': {
    severities: ['info'],
    meaning: 'a private, loopback or reserved address: blocklists do not list it, so it is not looked up',
  },
  'mail-hosts': {
    severities: ['info'],
    meaning: "a domain's mail hosts (MX) whose addresses were checked on the IP lists",
  },
  'mail-hosts-unknown': {
    severities: ['warn'],
    meaning: "a domain's mail host addresses could not be found, so the IP lists were not asked",
  },
} as const satisfies CodeTable;

export type BlacklistCode = keyof typeof BLACKLIST_CODES;

export type BlacklistFinding = FindingOf<BlacklistCode>;

export const finding = findingFactory(BLACKLIST_CODES);
