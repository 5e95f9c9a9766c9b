import { authZone } from '../unit/checks/auth/zone.js';
import { DNSBL_ZONE } from '../unit/checks/blacklist/zone.js';
import { MX_ZONE } from '../unit/checks/mx/zone.js';
import type { Zone } from '../unit/helpers/dns-server.js';

/**
 * The one source of test DNS data: served by the in-process dns2 server in `npm test`, and written as
 * RFC 1035 zone files for NSD in `npm run test:e2e` (test/helpers/zone-file.ts), so both servers answer
 * the same questions the same way. Each set covers every finding of one check:
 *  - mx: every /mx finding (null MX, implicit MX, CNAME and IP-literal targets, PTRs, private space,
 *    SERVFAIL, REFUSED, a zone that never answers, IPv6, an IDN);
 *  - blacklist: every curated list's RFC 5782 test points, listings decoded (ZEN SBL/XBL/PBL), Spamhaus'
 *    127.255.255.254 and .255, an answer outside 127/8, SERVFAIL/REFUSED/no answer, a list listing its
 *    test point 127.0.0.1, a wildcard list, IPv6 nibbles, domain lists and DQS;
 *  - auth: every /auth finding (SPF, DMARC, DKIM keys of every size, MTA-STS, TLS-RPT, SERVFAIL);
 *  - followUp: the three together, for bounces that run their checks.
 */
export const ZONE_SETS = {
  mx: MX_ZONE,
  blacklist: DNSBL_ZONE,
  // Fresh RSA keys: made once per process, so both servers of a run serve the same ones.
  auth: authZone(),
} satisfies Record<string, Zone>;

/** Later sets win where names collide (example.test, 5.6.7.8's PTR): the data the follow-up tests read. */
export const FOLLOW_UP_ZONE: Zone = { ...ZONE_SETS.mx, ...ZONE_SETS.auth, ...ZONE_SETS.blacklist };
