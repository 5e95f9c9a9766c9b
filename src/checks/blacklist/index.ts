export { blacklistHeadline, buildBlacklistReport } from './blacklist-report.js';
export { checkBlacklist } from './check-blacklist.js';
export { BLACKLIST_CODES, type BlacklistCode, type BlacklistFinding } from './codes.js';
export { type DecodedCode, decodeAnswer, verdictOf } from './decode-answer.js';
export { reversedIp } from './query-name.js';
export { type RunBlacklistOptions, runBlacklistCheck } from './run-blacklist-check.js';
export type { BlacklistCheck, BlacklistCheckOptions, MailHostAddress, ZoneResult } from './types.js';
