import type { AuthRequest, LiveCommand, MxRequest, Request } from './request.js';
import type { CommandArgs } from './tokenize.js';
import { usageHint } from './usage.js';
import {
  type Checked,
  typedAddress,
  validateAddressOrDomain,
  validateDomain,
  validateHostPort,
  validateIp,
  validateIpOrDomain,
  validateMailDomain,
  validateProbeTarget,
  validateSelector,
} from './validate-target.js';

/** What a live command accepts; `first` also decides whether a bare word like "mx" was meant as a command. */
export interface CommandSpec {
  options: readonly string[];
  maxPositionals: number;
  first: (raw: string) => Checked<string>;
  build: (args: CommandArgs, first: string) => Request;
}

function usage(command: LiveCommand, problem: string): Request {
  return { kind: 'usage', command, problem: `${problem}\n${usageHint(command)}` };
}

/** Runs each check, returning the values or the first problem. */
function all(raws: string[], check: (raw: string) => Checked<string>): Checked<string[]> {
  const values: string[] = [];
  for (const raw of raws) {
    const c = check(raw);
    if (!c.ok) return c;
    values.push(c.value);
  }
  return { ok: true, value: values };
}

function lastOption(args: CommandArgs, name: string): string | undefined {
  const values = args.options.get(name);
  return values?.[values.length - 1];
}

export const COMMAND_SPECS: Record<LiveCommand, CommandSpec> = {
  mx: {
    options: [],
    maxPositionals: 1,
    first: validateMailDomain,
    build: (args, domain) => withAddress({ kind: 'mx', domain }, args),
  },
  blacklist: {
    options: ['zone'],
    maxPositionals: Number.POSITIVE_INFINITY,
    first: validateIpOrDomain,
    build: (args, target) => {
      const raw = [...args.positionals.slice(1), ...(args.options.get('zone') ?? [])];
      const zones = all(raw, (z) => validateDomain(z, 'a DNSBL zone'));
      if (!zones.ok) return usage('blacklist', zones.problem);
      return zones.value.length > 0
        ? { kind: 'blacklist', target, zones: zones.value }
        : { kind: 'blacklist', target };
    },
  },
  probe: {
    options: ['host'],
    maxPositionals: 2,
    first: validateProbeTarget,
    build: (args, target) => {
      const raw = lastOption(args, 'host') ?? args.positionals[1];
      if (raw === undefined) return { kind: 'probe', target };
      const host = validateHostPort(raw);
      return host.ok ? { kind: 'probe', target, host: host.value } : usage('probe', host.problem);
    },
  },
  auth: {
    options: ['ip', 'from', 'selector'],
    maxPositionals: Number.POSITIVE_INFINITY,
    first: validateMailDomain,
    build: (args, domain) => {
      // Extra words sort themselves: an IP is the sending IP, an address is the From, the rest selectors.
      const rest = args.positionals.slice(1);
      const ips = [...(args.options.get('ip') ?? []), ...rest.filter((w) => validateIp(w).ok)];
      const froms = [...(args.options.get('from') ?? []), ...rest.filter((w) => w.includes('@'))];
      const selectorWords = rest.filter((w) => !validateIp(w).ok && !w.includes('@'));
      const selectors = all([...selectorWords, ...(args.options.get('selector') ?? [])], validateSelector);
      if (!selectors.ok) return usage('auth', selectors.problem);
      if (ips.length > 1 || froms.length > 1)
        return usage('auth', 'give at most one sending IP and one From');
      const req: AuthRequest = withAddress({ kind: 'auth', domain, selectors: selectors.value }, args);
      if (ips[0] !== undefined) {
        const ip = validateIp(ips[0]);
        if (!ip.ok) return usage('auth', ip.problem);
        req.ip = ip.value;
      }
      if (froms[0] !== undefined) {
        // The MAIL FROM of the SPF evaluation: an address, or just its domain.
        const from = validateAddressOrDomain(froms[0]);
        if (!from.ok) return usage('auth', from.problem);
        req.from = from.value;
      }
      return req;
    },
  },
};

/** The request with the address its domain was typed as, when it was typed as one. */
function withAddress<R extends MxRequest | AuthRequest>(req: R, args: CommandArgs): R {
  const address = typedAddress(args.positionals[0] ?? '');
  return address === undefined ? req : { ...req, address };
}

/** Checks arity and options shared by every live command, then hands over to the command's builder. */
export function buildLiveRequest(command: LiveCommand, args: CommandArgs): Request {
  const spec = COMMAND_SPECS[command];
  if (args.missingValue) return usage(command, `${args.missingValue} needs a value`);
  const unknown = [...args.options.keys()].find((name) => !spec.options.includes(name));
  if (unknown !== undefined) return usage(command, `/${command} has no option "${unknown}"`);
  const [raw] = args.positionals;
  if (raw === undefined) return usage(command, `/${command} needs an argument`);
  if (args.positionals.length > spec.maxPositionals) {
    return usage(command, `too many arguments: "${args.positionals.slice(spec.maxPositionals).join(' ')}"`);
  }
  const first = spec.first(raw);
  if (!first.ok) return usage(command, first.problem);
  return spec.build(args, first.value);
}
