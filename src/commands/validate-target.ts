import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';

/** A validated value, or the reason it was refused in words a user can act on. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SELECTOR_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/i;
// Deliberately loose: the probe server, not us, decides what a valid local part is.
const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]{1,64}$/;

// Phones and Macs turn typed quotes into curly ones; they are never part of a domain or an address.
const QUOTES = '`\'"\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb';
// Chat emphasis (*bold*, _italic_, ~strike~, Discord ||spoiler||) and brackets, taken off in pairs only.
const WRAPPERS = /^(\|\||[*_~]|\()(.+)(\|\||[*_~]|\))$/;
const PAIRS: Record<string, string> = { '||': '||', '*': '*', _: '_', '~': '~', '(': ')' };

/**
 * Undoes the markup chat platforms wrap around what users type: Slack turns `example.com` into
 * `<http://example.com|example.com>` and addresses into `<mailto:a@b|a@b>`; people add backticks,
 * quotes (curly ones from phones), emphasis and brackets.
 */
export function cleanToken(raw: string): string {
  let s = raw.trim();
  const slack = /^<([^<>|]*)(?:\|([^<>]*))?>$/.exec(s);
  if (slack) s = slack[2] ?? (slack[1] ?? '').replace(/^(?:mailto:|https?:\/\/)/i, '');
  for (let i = 0; i < 3; i++) {
    s = trimChars(s, QUOTES, `${QUOTES},;`);
    const wrapped = WRAPPERS.exec(s);
    if (!wrapped || PAIRS[wrapped[1] as string] !== wrapped[3]) break;
    s = wrapped[2] as string;
  }
  return s.replace(/^(?:mailto:|https?:\/\/)/i, '').replace(/\/$/, '');
}

// A loop instead of /[...]+$/, which rescans from every position and is quadratic on long runs.
function trimChars(s: string, leading: string, trailing: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && leading.includes(s.charAt(start))) start++;
  while (end > start && trailing.includes(s.charAt(end - 1))) end--;
  return s.slice(start, end);
}

export function validateIp(raw: string): Checked<string> {
  let s = cleanToken(raw)
    .replace(/^\[(?:ipv6:)?|\]$/gi, '')
    .replace(/^ipv6:/i, '');
  // A sentence's full stop after an IPv4 address ("/blacklist 203.0.113.7."), as a domain's is dropped.
  if (s.endsWith('.') && isIP(s.slice(0, -1)) === 4) s = s.slice(0, -1);
  if (isIP(s) === 0) return { ok: false, problem: `"${raw}" is not an IPv4 or IPv6 address` };
  return { ok: true, value: s.toLowerCase() };
}

/** A DNS domain name (IDN allowed, returned in punycode, lower case, no trailing dot). */
export function validateDomain(raw: string, what = 'a domain'): Checked<string> {
  const s = cleanToken(raw).replace(/\.$/, '');
  if (s === '') return { ok: false, problem: `${what} is missing` };
  if (isIP(s) !== 0 || isIP(s.replace(/^\[|\]$/g, '')) !== 0) {
    return { ok: false, problem: `"${raw}" is an IP address; ${what} is expected here` };
  }
  const ascii = domainToASCII(s);
  if (ascii === '' || ascii.length > 253) return { ok: false, problem: `"${raw}" is not ${what}` };
  const labels = ascii.split('.');
  if (labels.length < 2) {
    return { ok: false, problem: `"${raw}" is not ${what} (a name like example.com, with a dot)` };
  }
  if (!labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return { ok: false, problem: `"${raw}" is not ${what}: use letters, digits and hyphens between dots` };
  }
  return { ok: true, value: ascii };
}

/**
 * The mail domain a check is about: a domain, or an address given where a domain is expected
 * ("/mx bob@example.com", Slack's mailto link, "@example.com"), whose domain is taken.
 */
export function validateMailDomain(raw: string): Checked<string> {
  const s = cleanToken(raw).replace(/^<|>$/g, '');
  const at = s.lastIndexOf('@');
  // "@example.com" too: the domain with the local part left out.
  if (at === 0 || (at > 0 && LOCAL_PART.test(s.slice(0, at)))) {
    const domain = validateDomain(s.slice(at + 1));
    if (domain.ok) return domain;
  }
  return validateDomain(raw);
}

/** The address a mail-domain argument was typed as ("bob@example.com"), or undefined for a domain. */
export function typedAddress(raw: string): string | undefined {
  const s = cleanToken(raw).replace(/^<|>$/g, '');
  return s.lastIndexOf('@') > 0 ? s : undefined;
}

/** An email address; the domain part is validated and converted to punycode, the local part kept. */
export function validateAddress(raw: string): Checked<string> {
  const s = cleanToken(raw).replace(/^<|>$/g, '');
  const at = s.lastIndexOf('@');
  if (at <= 0) return { ok: false, problem: `"${raw}" is not an email address (user@example.com)` };
  const local = s.slice(0, at);
  if (!LOCAL_PART.test(local)) return { ok: false, problem: `"${raw}" has an unusable local part` };
  const domain = validateDomain(s.slice(at + 1));
  if (!domain.ok) return { ok: false, problem: `"${raw}" is not an email address: ${domain.problem}` };
  return { ok: true, value: `${local}@${domain.value}` };
}

/** A host to connect to: a domain name or an IP literal. */
export function validateHost(raw: string): Checked<string> {
  const ip = validateIp(raw);
  if (ip.ok) return ip;
  const domain = validateDomain(raw, 'a host name or IP address');
  return domain.ok ? domain : { ok: false, problem: `"${raw}" is not a host name or IP address` };
}

/** An IP (for a DNSBL lookup of the address) or a domain (for a domain blocklist lookup). */
export function validateIpOrDomain(raw: string): Checked<string> {
  const ip = validateIp(raw);
  if (ip.ok) return ip;
  const domain = validateDomain(raw);
  return domain.ok ? domain : { ok: false, problem: `"${raw}" is neither an IP address nor a domain` };
}

/** An address (probe that mailbox) or a domain (probe its MX hosts). */
export function validateAddressOrDomain(raw: string): Checked<string> {
  if (cleanToken(raw).includes('@')) return validateAddress(raw);
  const domain = validateDomain(raw);
  return domain.ok ? domain : { ok: false, problem: `"${raw}" is neither an email address nor a domain` };
}

/** A DKIM selector: one or more DNS labels, underscores allowed (e.g. `google`, `s1._x`). */
export function validateSelector(raw: string): Checked<string> {
  const s = cleanToken(raw);
  if (s.length > 0 && s.length <= 253 && s.split('.').every((l) => SELECTOR_LABEL.test(l))) {
    return { ok: true, value: s.toLowerCase() };
  }
  return { ok: false, problem: `"${raw}" is not a DKIM selector (letters, digits, "-" and "_")` };
}

/** `HOST[:PORT]`: a host name or IP, with a port (IPv6 with a port as `[2001:db8::1]:2525`). */
export function validateHostPort(raw: string): Checked<string> {
  const s = cleanToken(raw);
  const v6 = /^\[([^\]]{1,64})\]:(\d{1,5})$/.exec(s);
  const named = /^([^:[\]]{1,253}):(\d{1,5})$/.exec(s);
  const parts = v6 ?? named;
  if (!parts) return validateHost(raw);
  const port = Number(parts[2]);
  if (port < 1 || port > 65535) return { ok: false, problem: `"${raw}" has a bad port (1 to 65535)` };
  const host = validateHost(parts[1] as string);
  if (!host.ok) return host;
  return { ok: true, value: host.value.includes(':') ? `[${host.value}]:${port}` : `${host.value}:${port}` };
}

/** What `/probe` takes: an address, a domain (its MX hosts), or a server as HOST[:PORT] or an IP. */
export function validateProbeTarget(raw: string): Checked<string> {
  const s = cleanToken(raw);
  if (s.includes('@')) return validateAddress(raw);
  if (isIP(s.replace(/^\[|\]$/g, '')) !== 0 || /:\d{1,5}$/.test(s)) {
    const host = validateHostPort(raw);
    if (host.ok) return host;
  }
  const domain = validateDomain(raw);
  return domain.ok
    ? domain
    : { ok: false, problem: `"${raw}" is not an email address, a domain or a mail server (HOST[:PORT])` };
}
