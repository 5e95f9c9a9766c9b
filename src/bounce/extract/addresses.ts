/** Email addresses and hosts in free text. Patterns are bounded and have no nested ambiguity. */

const LOCAL_CHAR = "A-Za-z0-9._%+'=/!#$&*?^`{|}~\\u00C0-\\uFFFF-";
const LOCAL = `[${LOCAL_CHAR}]{1,64}`;
const DOMAIN =
  '(?:[A-Za-z0-9\\u00C0-\\uFFFF][A-Za-z0-9\\u00C0-\\uFFFF-]{0,62}\\.){1,10}[A-Za-z\\u00C0-\\uFFFF]{2,24}';
export const ADDRESS_SOURCE = `${LOCAL}@${DOMAIN}`;
// An address starts where local-part characters start, so a long run of them is tried only once.
const ADDRESS_G = new RegExp(`(?<![${LOCAL_CHAR}])${ADDRESS_SOURCE}`, 'g');
const ADDRESS_1 = new RegExp(`(?<![${LOCAL_CHAR}])${ADDRESS_SOURCE}`);

const IPV4 = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.]?\d)/;
const IPV4_G = new RegExp(IPV4.source, 'g');
// IPv6 inside brackets or after "IPv6:", as MTAs print it.
const IPV6_BRACKET = /\[(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})\]/;

/** Addresses with their offsets. Trailing dots are not part of an address. */
export function findAddresses(text: string): { address: string; index: number }[] {
  const out: { address: string; index: number }[] = [];
  ADDRESS_G.lastIndex = 0;
  for (let m = ADDRESS_G.exec(text); m; m = ADDRESS_G.exec(text)) {
    out.push({ address: cleanAddress(m[0]), index: m.index });
  }
  return out;
}

/** The text with every address replaced by `by`. */
export function replaceAddresses(text: string, by: string): string {
  return text.replace(ADDRESS_G, by);
}

export function firstAddress(text: string): string | undefined {
  const m = ADDRESS_1.exec(text);
  return m ? cleanAddress(m[0]) : undefined;
}

export function cleanAddress(address: string): string {
  // Trimmed by hand: /[.'"]+$/ rescans a long run of dots from each of its characters.
  let start = 0;
  let end = address.length;
  while (start < end && `'"=`.includes(address.charAt(start))) start++;
  while (end > start && `.'"`.includes(address.charAt(end - 1))) end--;
  return address.slice(start, end).toLowerCase();
}

/** Addresses that are never the failed recipient: the bounce's own robots. */
export function isRobotAddress(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  return /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|maildelivery|bounce[s]?|no-?reply|abuse)$/.test(
    local,
  );
}

export function findIpv4(text: string): string | undefined {
  return IPV4.exec(text)?.[0];
}

export function findAllIpv4(text: string): string[] {
  return text.match(IPV4_G) ?? [];
}

export function findIpv6(text: string): string | undefined {
  const ip = IPV6_BRACKET.exec(text)?.[1];
  if (!ip) return undefined;
  return ip.includes('::') || ip.split(':').length === 8 ? ip : undefined;
}

export function domainOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : undefined;
}
