export { TtlCache } from './cache.js';
export { createDeadline, DEFAULT_CHECK_DEADLINE_MS, type Deadline } from './deadline.js';
export * from './lookup-result.js';
export { displayName, toAsciiName, unicodeName } from './names.js';
export {
  createDnsClient,
  DNS_DEFAULTS,
  type DnsClient,
  type DnsClientOptions,
  type MxRecord,
} from './resolver.js';
export { parseIp, reverseName, sameIp } from './reverse-name.js';
