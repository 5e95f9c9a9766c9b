import { parseIp } from '../../dns/reverse-name.js';
import { addressScope, describeScope } from '../../net/address-scope.js';

/** The address to connect to, or why the probe will not. */
export type PolicyDecision =
  | { ok: true; ip: string }
  /** `what`: "a loopback address"; `why`: the whole explanation, with how an operator allows it. */
  | { ok: false; ip: string; what: string; why: string };

/**
 * The probe's target policy, applied to every address it is about to connect to — after DNS, on the
 * very address handed to connect(), so a name that resolves to 127.0.0.1 or a metadata service is
 * caught. An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged, and connected to, as its IPv4.
 */
export function checkTargetAddress(raw: string, allowPrivate: boolean): PolicyDecision {
  const addr = parseIp(raw);
  if (!addr) return { ok: false, ip: raw, what: 'not an IP address', why: `${raw} is not an IP address` };
  const ip = addr.toString();
  const scope = addressScope(ip);
  if (scope === 'public' || allowPrivate) return { ok: true, ip };
  const mapped = ip !== raw.replace(/^\[|\]$/g, '').toLowerCase() && raw.includes(':') && !ip.includes(':');
  return {
    ok: false,
    ip,
    what: describeScope(scope),
    why:
      `${mapped ? `${raw} is IPv4-mapped ${ip}, ` : `${ip} is `}${describeScope(scope)}: the probe only ` +
      'connects to public addresses, so that it cannot be pointed at hosts inside its own network. ' +
      'An operator can allow it with MAILMEDIC_ALLOW_PRIVATE=true (or --allow-private on the command line).',
  };
}
