import { parseIp } from '../../dns/reverse-name.js';
import { type AddressScope, addressScope, isSeenByReceivers } from '../../net/address-scope.js';
import type { BounceRecord, FollowUpCheck } from '../../report/types.js';
import { AUTH_DOMAIN_IN_REPLY, BLACKLIST_OF_SENDER_DOMAIN, MX_OF_SENDER } from './purposes.js';

/** One live check to run for the bounce, deduplicated across its records. */
export interface PlannedCheck {
  check: FollowUpCheck;
  /** The IP address or domain checked. */
  target: string;
  /** As a user would type it. */
  step: string;
  /** `/auth`: evaluate SPF for this sending IP, with this MAIL FROM. */
  ip?: string;
  from?: string;
  causes: string[];
  /** Blocklists the bounce text names (ids of knowledge/blocklist-names). */
  named: string[];
}

/** A check a cause asks for that cannot run: the bounce lacks what it needs. */
export interface UnplannedCheck {
  check: FollowUpCheck;
  causes: string[];
  reason: string;
  /** How the user runs it once they know what the bounce left out ("give the sending IP to run it: …"). */
  howToRun: string;
}

export interface FollowUpPlan {
  checks: PlannedCheck[];
  unplanned: UnplannedCheck[];
}

/**
 * The live checks the records' causes call for (`BounceRecord.checks`), with their targets: the sending
 * IP (or the IP the diagnostic names), the recipient's or sender's domain. Records sharing a target
 * share one check. `probe` is left to the SMTP probe; it is not run here.
 */
export function planFollowUps(records: readonly BounceRecord[]): FollowUpPlan {
  const checks = new Map<string, PlannedCheck>();
  const unplanned = new Map<string, UnplannedCheck>();
  const add = (c: Omit<PlannedCheck, 'step' | 'causes' | 'named'>, r: BounceRecord) => {
    const key = `${c.check} ${c.target} ${c.ip ?? ''}`;
    const seen = checks.get(key);
    if (seen) {
      if (!seen.causes.includes(r.cause)) seen.causes.push(r.cause);
      for (const n of r.blocklists) if (!seen.named.includes(n)) seen.named.push(n);
      return;
    }
    checks.set(key, { ...c, step: stepOf(c), causes: [r.cause], named: [...r.blocklists] });
  };
  const cannot = (check: FollowUpCheck, r: BounceRecord, lacking: Lacking) => {
    const { reason } = lacking;
    const seen = unplanned.get(`${check} ${reason}`);
    if (seen) {
      if (!seen.causes.includes(r.cause)) seen.causes.push(r.cause);
    } else
      unplanned.set(`${check} ${reason}`, {
        check,
        causes: [r.cause],
        reason,
        howToRun: howToRun(check, lacking),
      });
  };
  for (const r of records) {
    const ip = sendingIpOf(r);
    const senderDomain = domainOf(r.sender);
    const recipientDomain = domainOf(r.recipient);
    const names = new Set(r.checks);
    for (const name of names) {
      switch (name) {
        case 'blacklist': {
          const target = BLACKLIST_OF_SENDER_DOMAIN.has(r.cause) ? senderDomain : ip;
          if (target) add({ check: 'blacklist', target }, r);
          else cannot('blacklist', r, BLACKLIST_OF_SENDER_DOMAIN.has(r.cause) ? NO_SENDER : noIp(r));
          break;
        }
        case 'mx': {
          const target = MX_OF_SENDER.has(r.cause) ? senderDomain : recipientDomain;
          if (target) add({ check: 'mx', target }, r);
          else cannot('mx', r, MX_OF_SENDER.has(r.cause) ? NO_SENDER : NO_RECIPIENT);
          break;
        }
        case 'auth':
        case 'spf-ip': {
          // The domain the reply says failed (a DMARC From domain), else the envelope sender's.
          const named = authDomainIn(r.diagnostic);
          const domain = named ?? senderDomain;
          if (!domain) {
            cannot('auth', r, NO_SENDER);
            break;
          }
          // SPF for the sending IP when the cause asks for it and the IP is known; a From domain other
          // than the envelope's has SPF evaluated for itself, as DMARC's alignment needs.
          const withIp = (names.has('spf-ip') || named !== null) && ip;
          if (name === 'spf-ip' && names.has('auth')) break; // handled with 'auth'
          const from = domain === senderDomain ? { from: r.sender ?? domain } : {};
          add(withIp ? { check: 'auth', target: domain, ip, ...from } : { check: 'auth', target: domain }, r);
          break;
        }
        case 'ptr':
          if (ip) add({ check: 'ptr', target: ip }, r);
          else cannot('ptr', r, noIp(r));
          break;
        default:
          break;
      }
    }
  }
  return { checks: withoutRedundantAuth([...checks.values()]), unplanned: [...unplanned.values()] };
}

/** What a bounce can leave out that a check needs: why it did not run, and what the user gives instead. */
interface Lacking {
  reason: string;
  /** The value in words, and as a placeholder in the command. */
  what: string;
  placeholder: 'IP' | 'DOMAIN';
}

const NO_IP: Lacking = {
  reason: 'the bounce names no sending IP',
  what: 'the sending IP',
  placeholder: 'IP',
};
/** No usable sending IP: none named, or only a local one (said, with its address). */
function noIp(r: BounceRecord): Lacking {
  const local = localIpOf(r);
  if (!local) return NO_IP;
  return {
    ...NO_IP,
    reason: `the only sending IP the bounce names, ${local.ip}, is a ${local.scope} address, which receivers and blocklists never see: they see the public address your mail leaves from`,
    what: 'that public address',
  };
}

const NO_SENDER: Lacking = {
  reason: 'the bounce names no sender address',
  what: 'your sender domain',
  placeholder: 'DOMAIN',
};
const NO_RECIPIENT: Lacking = {
  reason: 'the bounce names no recipient',
  what: "the recipient's domain",
  placeholder: 'DOMAIN',
};

/** There is no reverse-DNS command: that one is run by hand. */
function howToRun(check: FollowUpCheck, lacking: Lacking): string {
  if (check === 'ptr') return `look ${lacking.what} up by hand to run it: \`dig -x ${lacking.placeholder}\``;
  return `give ${lacking.what} to run it: \`/${check} ${lacking.placeholder}\``;
}

/** An `/auth` of a domain without an IP is redundant beside one with an IP: it looks at the same records. */
function withoutRedundantAuth(checks: PlannedCheck[]): PlannedCheck[] {
  return checks.filter((c) => {
    if (c.check !== 'auth' || c.ip) return true;
    const richer = checks.find((o) => o.check === 'auth' && o.target === c.target && o.ip);
    if (!richer) return true;
    for (const cause of c.causes) if (!richer.causes.includes(cause)) richer.causes.push(cause);
    return false;
  });
}

function stepOf(c: { check: FollowUpCheck; target: string; ip?: string; from?: string }): string {
  switch (c.check) {
    case 'auth':
      return c.ip ? `/auth ${c.target} ip=${c.ip}${c.from ? ` from=${c.from}` : ''}` : `/auth ${c.target}`;
    case 'ptr':
      return `reverse DNS of ${c.target}`;
    default:
      return `/${c.check} ${c.target}`;
  }
}

/** The domain a reply names as the one that failed authentication (AUTH_DOMAIN_IN_REPLY), if any. */
export function authDomainIn(diagnostic: string | null): string | null {
  if (!diagnostic) return null;
  const sample = diagnostic.slice(0, 4096);
  for (const pattern of AUTH_DOMAIN_IN_REPLY) {
    const m = sample.match(pattern);
    const domain = m ? domainOf(m[1] as string) : null;
    if (domain) return domain;
  }
  return null;
}

function domainOf(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  const domain = (at >= 0 ? address.slice(at + 1) : address).trim().toLowerCase().replace(/\.$/, '');
  return /^[^\s@.]+(\.[^\s@.]+)+$/u.test(domain) ? domain : null;
}

// Candidates only; ipaddr.js decides. Both patterns are linear (no nested quantifiers).
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const IPV6 = /[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?/gi;

/**
 * The sending IP: as the bounce's facts give it, or the address the diagnostic names ("Client host
 * [203.0.113.7] blocked using ..."), other than the receiver's own. Only addresses receivers could
 * have seen (public, or reserved documentation ranges as in labs) count.
 */
export function sendingIpOf(r: Pick<BounceRecord, 'sendingIp' | 'diagnostic' | 'remoteIp'>): string | null {
  return ipsOf(r).find((c) => isSeenByReceivers(c.scope))?.ip ?? null;
}

/** Scopes of an address a sender's own network uses: a receiver on the internet never saw it as the client. */
const LOCAL_SCOPES: ReadonlySet<AddressScope> = new Set(['private', 'loopback', 'link-local', 'shared']);

/**
 * The bounce names the sending IP only as a local one (a relay's hop inside the sender's network, a
 * lab): the check is not run, and the reason says which address and why, not "names no sending IP".
 */
export function localIpOf(r: Pick<BounceRecord, 'sendingIp' | 'diagnostic' | 'remoteIp'>): {
  ip: string;
  scope: AddressScope;
} | null {
  const ips = ipsOf(r);
  if (ips.some((c) => isSeenByReceivers(c.scope))) return null;
  return ips.find((c) => LOCAL_SCOPES.has(c.scope)) ?? null;
}

/** The addresses the bounce gives for the sender (its facts, then its reply), other than the receiver's own. */
function ipsOf(
  r: Pick<BounceRecord, 'sendingIp' | 'diagnostic' | 'remoteIp'>,
): { ip: string; scope: AddressScope }[] {
  const candidates = [r.sendingIp, ...(r.diagnostic ? ipsIn(r.diagnostic) : [])];
  const receiver = r.remoteIp ? (parseIp(r.remoteIp)?.toString() ?? null) : null;
  const out: { ip: string; scope: AddressScope }[] = [];
  for (const c of candidates) {
    if (!c) continue;
    const addr = parseIp(c);
    if (!addr) continue;
    const ip = addr.toString();
    if (ip === receiver) continue;
    out.push({ ip, scope: addressScope(ip) });
  }
  return out;
}

function ipsIn(text: string): string[] {
  const sample = text.slice(0, 4096);
  return [...(sample.match(IPV4) ?? []), ...(sample.match(IPV6) ?? []).filter((s) => s.length >= 3)];
}
