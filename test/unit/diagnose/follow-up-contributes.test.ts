import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRequest } from '../../../src/commands/run-request.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import { FOLLOW_UP_ZONE } from '../../helpers/zones.js';
import { a, startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';

/**
 * A check of a contributing factor that finds a problem (no SPF record, a listed IP behind a spam
 * refusal) is a likely part of why, never a confirmation of a diagnosis it does not test: the spam
 * filter's verdict is the receiver's, and the reply did not name the record or the list.
 */
const rev4 = (ip: string) => ip.split('.').reverse().join('.');
let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer({
    ...FOLLOW_UP_ZONE,
    [`${rev4('203.0.113.7')}.zen.spamhaus.org`]: [a('127.0.0.4')],
  });
});
afterAll(() => server.close());

async function liveFindings(text: string) {
  const dns = createDnsClient({ servers: [server.address], timeoutMs: 3000, tries: 1 });
  try {
    const report = await runRequest(
      { kind: 'bounce', text },
      { requester: { platform: 'test', user: 'c' }, dns },
    );
    return {
      cause: report.records[0]?.cause,
      bearings: (report.followUps ?? []).map((f) => `${f.check} ${f.bearing}`),
      live: report.findings.filter((f) => f.code.startsWith('live-')),
    };
  } finally {
    dns.close();
  }
}

const gmailSpam = (ip: string, sender: string) =>
  `Final-Recipient: rfc822; bob@gmail.com\nAction: failed\nStatus: 5.7.1\nX-Postfix-Sender: rfc822; ${sender}\n` +
  `Diagnostic-Code: smtp; 550-5.7.1 [${ip}] Our system has detected that this message is likely unsolicited mail. ` +
  'To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to ' +
  'https://support.google.com/mail/?p=UnsolicitedMessageError d2e1a72fcca58-7a1b2c3d4e5si123456b3a.123 - gsmtp';

describe('live checks of a contributing factor', () => {
  it('a spam refusal from a domain without SPF: /auth says "likely part of why", not "confirms"', async () => {
    const r = await liveFindings(gmailSpam('203.0.113.9', 'alice@nospf.test'));
    expect(r.cause).toBe('spam-filtered');
    expect(r.bearings).toContain('auth contributes');
    expect(r.bearings).not.toContain('auth confirms');
    const auth = r.live.find((f) => f.code === 'live-contributes');
    expect(auth?.severity).toBe('warn');
    expect(auth?.message).toMatch(/^Likely part of why, though the reply does not name it: .*SPF/);
    // The IP is on no list: that factor is ruled out.
    expect(r.bearings).toContain('blacklist rules-out');
  });

  it('a spam refusal from a listed IP: the listing is a likely part of why, with where to delist', async () => {
    const r = await liveFindings(gmailSpam('203.0.113.7', 'alice@good.test'));
    expect(r.bearings).toContain('blacklist contributes');
    const listed = r.live.find((f) => f.code === 'live-contributes');
    expect(listed?.message).toMatch(/203\.0\.113\.7 is listed on Spamhaus ZEN .*ask for removal/);
  });

  it('a blocklist refusal naming the list still confirms', async () => {
    const r = await liveFindings(
      'Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 ' +
        'Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org',
    );
    expect(r.cause).toBe('ip-blocklisted');
    expect(r.bearings).toEqual(['blacklist confirms']);
    expect(r.live[0]?.code).toBe('live-confirms');
  });
});
