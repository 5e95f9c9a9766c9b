import { describe, expect, it } from 'vitest';
import { type Attempt, unsettledAttempt } from '../../../../src/checks/probe/dialogue.js';
import { unreachableFindings } from '../../../../src/checks/probe/findings.js';
import { StepError } from '../../../../src/checks/probe/smtp-session.js';

// Loopback cannot time out a connection on demand; these attempts stand for what the dialogue returns.
function timedOut(host: string, ip: string, port = 25): Attempt {
  return {
    ...unsettledAttempt({ host, ip, port, recipient: 'bob@example.org' }),
    error: new StepError('connect-timeout', `no answer from ${ip}:${port} within 10 s`),
  };
}

describe('unreachableFindings', () => {
  it('says outbound port 25 is probably blocked when every MX host times out on port 25', () => {
    const f = unreachableFindings([
      timedOut('mx1.example.org', '192.0.2.1'),
      timedOut('mx2.example.org', '192.0.2.2'),
    ]);
    expect(f.map((x) => x.code)).toEqual(['port-25-blocked', 'unreachable']);
    expect(f[0]?.message).toContain("Outbound port 25 from the bot's network is probably blocked");
  });

  it('does not blame port 25 for another port, or when one host answered differently', () => {
    expect(unreachableFindings([timedOut('mx.example.org', '192.0.2.1', 2525)]).map((x) => x.code)).toEqual([
      'unreachable',
    ]);
    const refused = {
      ...timedOut('mx2.example.org', '192.0.2.2'),
      error: new StepError('connect-refused', 'refused'),
    };
    expect(
      unreachableFindings([timedOut('mx1.example.org', '192.0.2.1'), refused]).map((x) => x.code),
    ).toEqual(['unreachable']);
  });
});
