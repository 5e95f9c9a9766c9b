import type { Deadline } from '../../dns/deadline.js';
import { describeFailure } from '../../dns/lookup-result.js';
import type { DnsClient } from '../../dns/resolver.js';
import { parseIp } from '../../dns/reverse-name.js';
import { addressScope, describeScope } from '../../net/address-scope.js';
import { reverseDns } from '../mx/reverse-dns.js';
import type { ReverseDns } from '../mx/types.js';
import { hostLabel, list } from '../mx/wording.js';
import { finding, type PtrFinding } from './codes.js';

export interface PtrCheck {
  ip: string;
  /** null when the address is not public and was not looked up. */
  reverse: ReverseDns | null;
  finding: PtrFinding;
}

/**
 * Reverse DNS of a sending IP as receivers check it: a PTR name, and that name resolving back to the
 * address. Postfix's "cannot find your reverse hostname" is a missing PTR, "cannot find your hostname"
 * a PTR that does not confirm. Reserved (documentation) addresses are looked up, as in test labs.
 */
export async function checkPtr(ip: string, opts: { dns: DnsClient; deadline: Deadline }): Promise<PtrCheck> {
  const addr = parseIp(ip);
  const shown = addr ? addr.toString() : ip;
  const scope = addressScope(shown);
  if (!addr || (scope !== 'public' && scope !== 'reserved')) {
    return {
      ip: shown,
      reverse: null,
      finding: finding(
        'ptr-not-public',
        'info',
        `${shown} is ${addr ? describeScope(scope) : 'not an IP address'}: receivers on the internet never see ` +
          'it, so its reverse DNS does not matter; look at the public address your mail leaves from.',
      ),
    };
  }
  const family = addr.kind() === 'ipv4' ? 4 : 6;
  const reverse = await reverseDns({ ip: shown, family }, opts);
  return { ip: shown, reverse, finding: ptrFinding(shown, family, reverse) };
}

function ptrFinding(ip: string, family: 4 | 6, r: ReverseDns): PtrFinding {
  const record = family === 4 ? 'A' : 'AAAA';
  switch (r.status) {
    case 'confirmed':
      return finding(
        'ptr-ok',
        'ok',
        `${ip} has PTR ${list(r.names.map(hostLabel))}, and ${hostLabel(r.confirmedBy)} resolves back to it.`,
      );
    case 'missing':
      return finding(
        'ptr-missing',
        'fail',
        `${ip} has no PTR record: receivers that check reverse DNS refuse its mail ("cannot find your ` +
          'reverse hostname"). Ask whoever runs the address (your hosting or internet provider) to set its ' +
          "PTR to your mail server's name, one with an " +
          `${record} record of ${ip}.`,
      );
    case 'not-confirmed':
      return finding(
        'ptr-not-confirmed',
        'fail',
        `${ip} has PTR ${list(r.names.map(hostLabel))}, which does not resolve back to ${ip}: ` +
          'forward-confirmed reverse DNS fails ("cannot find your hostname", 4.7.25). Give ' +
          `${hostLabel(r.names[0] ?? '')} an ${record} record of ${ip}, or set the PTR to a name that has one.`,
      );
    case 'unknown':
      return finding(
        'ptr-unknown',
        'warn',
        `The reverse DNS of ${ip} could not be checked: ${r.failures.map(describeFailure).join('; ')}.`,
      );
    case 'skipped':
      return finding('ptr-not-public', 'info', `${ip}: reverse DNS not looked up.`);
  }
}
