import { createRequire } from 'node:module';
import type { MxCheck } from '../mx/types.js';
import { type AuthFinding, finding } from './codes.js';

const require = createRequire(import.meta.url);

interface Policy {
  mode: 'enforce' | 'testing' | 'none';
  maxAge?: number;
  mx?: string[];
}

interface MtaSts {
  parsePolicy: (file: string) => Policy;
  validateMx: (mx: string, policy: Policy) => { valid: boolean };
}

export interface PolicyResult {
  findings: AuthFinding[];
  /** The headline word: the mode, or "policy broken". */
  summary: string;
  policy: Policy | null;
}

/**
 * The MTA-STS policy file, fetched by the caller's function (never by default) and read by mailauth's
 * parsePolicy: its mode, and which MX hosts it leaves out.
 */
export async function readMtaStsPolicy(
  domain: string,
  fetchPolicy: (domain: string) => Promise<string>,
): Promise<PolicyResult> {
  const url = `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
  let text: string;
  try {
    text = await fetchPolicy(domain);
  } catch (err) {
    return broken(
      `The MTA-STS policy at ${url} could not be fetched (${err instanceof Error ? err.message : String(err)}): ` +
        'senders that find the TXT record but no policy deliver without MTA-STS. Serve the file over HTTPS ' +
        `with a valid certificate for mta-sts.${domain}.`,
    );
  }
  const { parsePolicy } = require('mailauth/lib/mta-sts.js') as MtaSts;
  let policy: Policy;
  try {
    policy = parsePolicy(text);
  } catch (err) {
    return broken(
      `The MTA-STS policy at ${url} is invalid (${err instanceof Error ? err.message.toLowerCase() : String(err)}): ` +
        'senders ignore it. It needs "version: STSv1", "mode: enforce|testing|none", "max_age: SECONDS" and ' +
        'one "mx:" line per MX host.',
    );
  }
  const mx = policy.mx?.join(', ') ?? 'none';
  const words = {
    enforce: ['ok', `MTA-STS policy: mode enforce, mx ${mx}, max_age ${policy.maxAge}`],
    testing: [
      'warn',
      `MTA-STS policy: mode testing (mx ${mx}): senders report TLS problems but still deliver without TLS. ` +
        'Switch to "mode: enforce" once the TLS reports are clean.',
    ],
    none: ['warn', 'MTA-STS policy: mode none: the policy is switched off.'],
  } as const;
  const [severity, message] = words[policy.mode];
  return { findings: [finding('mta-sts-policy', severity, message)], summary: policy.mode, policy };
}

function broken(message: string): PolicyResult {
  return { findings: [finding('mta-sts-policy', 'fail', message)], summary: 'policy broken', policy: null };
}

/** MX hosts the policy does not list: in enforce mode senders refuse to deliver to them. */
export function policyMxFindings(policy: Policy, mx: MxCheck): AuthFinding[] {
  if (policy.mode === 'none') return [];
  const { validateMx } = require('mailauth/lib/mta-sts.js') as MtaSts;
  const left = mx.hosts.filter((h) => !h.implicit && !validateMx(h.name, policy).valid).map((h) => h.name);
  if (left.length === 0) return [];
  const enforce = policy.mode === 'enforce';
  return [
    finding(
      'mta-sts-mx-mismatch',
      enforce ? 'fail' : 'warn',
      `The MTA-STS policy does not list ${left.join(', ')} (it allows ${policy.mx?.join(', ') ?? 'no host'}): ` +
        `${enforce ? 'senders refuse to deliver there' : 'in enforce mode senders would refuse to deliver there'}. ` +
        'Add an "mx:" line for each MX host to the policy, and change the id in the TXT record.',
    ),
  ];
}
