import { describe, expect, it } from 'vitest';
import { probeHeadline } from '../../../../src/checks/probe/probe-report.js';
import { type ProbeRun, runProbe } from '../../../../src/checks/probe/run-probe.js';
import { legacyIpv4 } from '../../../../src/checks/probe/targets.js';
import type { ProbeSettings } from '../../../../src/checks/probe/types.js';
import { runCli } from '../../cli/run-cli.js';
import { a, aaaa, mx } from '../../helpers/dns-server.js';
import { probeLoopback, settings } from './loopback-setup.js';
import {
  commandServer,
  EHLO_OK,
  type PeerIo,
  type Script,
  type ScriptedPeer,
  startScriptedPeer,
  verb,
} from './scripted-peer.js';

/**
 * Round 35 held-out cases for /probe: scripted loopback peers replaying what real receivers do
 * (postscreen, Exim, Microsoft 365, Gmail, Yahoo, odd reply bytes, tarpits) and the target policy on
 * the addresses a name resolves to. Written before any source change.
 *
 * Measured as written (before any source change): 45 of 53 right. The misses:
 *  - Gmail's multi-line "421-4.7.0 ... unusual rate ... temporarily rate limited" banner read as "your probe
 *    IP's reputation is too poor", with no word of rate limiting or that it is temporary.
 *  - catch-all: the regex of the case itself matched the hedge "says nothing about whether the mailbox
 *    exists" (a fault of the case; it now strips such hedges before looking for a claim).
 *  - an MX whose AAAA is ::ffff:127.0.0.1: the test DNS server (dns2) encodes mixed-notation AAAA data
 *    wrongly (it served ::255.255.1.39), a fault of the harness; the case now writes ::ffff:7f00:1.
 *  - an MX whose AAAA is the IPv4-compatible ::127.0.0.1 (::7f00:1): let through as public (ipaddr.js
 *    calls ::/8 "unicast"), and connected to.
 *  - --host 127.1, 2130706433, 0x7f.0.0.1, 0177.0.0.1 (inet_aton forms of 127.0.0.1): never connected,
 *    but answered "rejected" (the host "does not exist" after a DNS lookup of a numeric name).
 * Also seen while measuring (cases passed, answers poor; asserted since, marked "tightened"):
 *  postscreen's "521 5.5.1 Protocol error" greeting worded "did not understand the probe's command";
 *  Microsoft 365's "451 4.7.500 Server busy" and Yahoo's "[TSS04]" as plain "reputation too poor"; "with a
 *  temporary error : ..." (stray space); "— Rejected: the receiving host accepts no mail"; a single host
 *  that hung up after EHLO or spoke no SMTP headlined "no mail host could be talked to".
 * After the fixes: 53 of 53 (plus 1 IPv4-translated policy case and 3 CLI cases added after measuring).
 */

const loop = probeLoopback();

/** A plain server; the known user is bob@. */
const server = (
  answers: Parameters<typeof commandServer>[1] = {},
  banner?: Parameters<typeof commandServer>[2],
): Script =>
  commandServer(
    { known: /<bob@/i, unknown: '550 5.1.1 <x>: Recipient address rejected: User unknown\r\n' },
    answers,
    banner,
  );

async function scripted(script: Script): Promise<ScriptedPeer> {
  return loop.keep(await startScriptedPeer(script));
}

async function probe(
  p: ScriptedPeer,
  target = 'bob@corpmail.test',
  over: Partial<ProbeSettings> = {},
  host = '127.0.0.1',
): Promise<ProbeRun> {
  const started = Date.now();
  const run = await runProbe(target, `${host.includes(':') ? `[${host}]` : host}:${p.port}`, {
    dns: loop.dns,
    settings: settings(over),
  });
  // Bounded: never past the deadline (plus slack for a loaded machine).
  expect(Date.now() - started).toBeLessThan((over.deadlineMs ?? 10_000) + 5000);
  neverData(p);
  return run;
}

function neverData(p: ScriptedPeer) {
  const verbs = p.lines.map(verb);
  expect(verbs).not.toContain('DATA');
  expect(verbs).not.toContain('BDAT');
}

const codes = (run: ProbeRun) => run.result.findings.map((f) => f.code);
const said = (run: ProbeRun) => [probeHeadline(run), ...run.result.findings.map((f) => f.message)].join('\n');

/** Words that must not appear unless the server really said so; hedges ("whether the mailbox exists") aside. */
const NOT_EXISTS = /\b(exists|is valid|deliverable)\b/i;
const claims = (text: string) => text.replace(/\b(whether|prove|proves) (that )?the mailbox exists/gi, '');

describe('Postfix postscreen', () => {
  it('waits through the pregreet test (220- then a pause) and never talks first', async () => {
    const p = await scripted(
      server({}, async (io) => {
        io.write('220-mx.corpmail.test ESMTP Postfix\r\n');
        await io.wait(600);
        io.write('220 mx.corpmail.test ESMTP Postfix\r\n');
      }),
    );
    const run = await probe(p);
    expect(p.early).toEqual([]);
    expect(run.result).toMatchObject({ verdict: 'accepted', catchAll: false });
  });

  it('reads the after-DNSBL 550 at RCPT as the probe IP being blocked, not a missing mailbox', async () => {
    const p = await scripted(
      server({
        RCPT: (io) =>
          io.write('550 5.7.1 Service unavailable; client [127.0.0.1] blocked using zen.spamhaus.org\r\n'),
      }),
    );
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'blocked' });
    expect(run.result.record?.side).toBe('sender');
    expect(probeHeadline(run)).toContain('your probe IP');
    expect(said(run)).not.toMatch(/no such user/i);
  });

  it('reads the after-tests 450 4.3.2 "Service currently unavailable" as a temporary deferral, not a block', async () => {
    const p = await scripted(
      server({ RCPT: (io) => io.write('450 4.3.2 Service currently unavailable\r\n') }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('deferred');
    expect(run.result.reason).not.toBe('blocked');
    expect(probeHeadline(run)).not.toMatch(/blocked|no such user|internal problem/i);
  });

  it('takes the pregreet drop "521 5.5.1 Protocol error" banner as a refusal of the session', async () => {
    const p = await scripted({
      greet: (io) => {
        io.write('521 5.5.1 Protocol error\r\n');
        io.end();
      },
    });
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    expect(codes(run)).toContain('banner-refused');
    expect(run.result.reason).not.toBe('userunknown');
    expect(p.lines.map(verb).filter((v) => v !== 'QUIT')).toEqual([]);
    // Tightened after measuring: no command was sent, so "did not understand the probe's command" is wrong.
    expect(said(run)).not.toMatch(/did not understand/);
    expect(probeHeadline(run)).toContain('in its greeting, before any command was sent');
  });
});

describe('Exim', () => {
  it('waits for a greeting delay longer than the slow threshold and reports it slow, not failed', async () => {
    const p = await scripted(
      server({}, async (io) => {
        await io.wait(700);
        io.write('220 mx.corpmail.test ESMTP Exim 4.97 Thu, 03 Dec 2026 07:00:00 +0000\r\n');
      }),
    );
    const run = await probe(p, 'bob@corpmail.test', { slowStepMs: 300 });
    expect(p.early).toEqual([]);
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.findings.find((f) => f.code === 'slow-server')?.severity).toBe('warn');
    expect(run.result.findings.filter((f) => f.severity === 'fail')).toEqual([]);
  });

  it("reads a multi-line sender-verify callout refusal as the probe's sender, not the recipient", async () => {
    const p = await scripted(
      server({
        RCPT: (io) =>
          io.write(
            '550-Verification failed for <probe@mailmedic.test>\r\n' +
              '550-Called:   192.0.2.25\r\n' +
              '550-Sent:     RCPT TO:<probe@mailmedic.test>\r\n' +
              '550-Response: 550 5.1.1 <probe@mailmedic.test>: Recipient address rejected: User unknown\r\n' +
              '550 Sender verify failed\r\n',
          ),
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    expect(run.result.record?.cause).toBe('sender-verify-failed');
    expect(run.result.reason).not.toBe('userunknown');
    expect(probeHeadline(run)).not.toMatch(/no such user/i);
  });

  it('reads "451 Could not complete sender verify callout" as deferred about the sender, never rejected', async () => {
    const p = await scripted(
      server({
        RCPT: (io) =>
          io.write(
            '451-<probe@mailmedic.test>: Could not complete sender verify callout\r\n' +
              '451 Could not complete sender verify callout\r\n',
          ),
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('deferred');
    expect(said(run)).not.toMatch(/no such user|your probe IP is blocked/i);
    // Tightened after measuring: "with a temporary error : the ..." had a stray space.
    expect(said(run)).not.toContain(' : ');
  });

  it('reads Exim\'s "550 Unrouteable address" as a refusal of the address, not of the probe IP', async () => {
    const p = await scripted(server({ RCPT: (io) => io.write('550 Unrouteable address\r\n') }));
    const run = await probe(p, 'ghost@corpmail.test');
    expect(run.result.verdict).toBe('rejected');
    expect(run.result.reason).not.toBe('blocked');
    expect(probeHeadline(run)).not.toMatch(/probe IP/);
  });
});

describe('Microsoft 365', () => {
  const M365_BANNER =
    '220 AM4PEPF00025F97.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready at Thu, 3 Dec 2026 07:00:00 +0000 [08DD2B1A3C4D5E6F]\r\n';

  it('reads "451 4.7.500 Server busy" at RCPT as throttling of the probe, not a block or an internal fault', async () => {
    const p = await scripted(
      server(
        {
          RCPT: (io) =>
            io.write(
              '451 4.7.500 Server busy. Please try again later from [127.0.0.1]. (S77714) [AM4PEPF00025F97.eurprd05.prod.protection.outlook.com 2026-12-03T07:00:00.000Z 08DD2B1A3C4D5E6F]\r\n',
            ),
        },
        M365_BANNER,
      ),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('deferred');
    expect(run.result.reason).not.toBe('blocked');
    expect(probeHeadline(run)).not.toMatch(/internal problem|blocked/i);
    // Tightened after measuring: it is temporary throttling, and the headline says so.
    expect(probeHeadline(run)).toContain('deferred (rate limiting or reputation throttling)');
  });

  it('reads "550 5.7.606 Access denied, banned sending IP" as the probe IP being blocked, with the long text kept', async () => {
    const text =
      '550 5.7.606 Access denied, banned sending IP [127.0.0.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [AM4PEPF00025F97.eurprd05.prod.protection.outlook.com 2026-12-03T07:00:00.000Z 08DD2B1A3C4D5E6F]';
    const p = await scripted(server({ RCPT: (io) => io.write(`${text}\r\n`) }, M365_BANNER));
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'blocked' });
    expect(run.result.record?.side).toBe('sender');
    expect(run.result.reply?.text).toContain('sender.office.com');
    expect(probeHeadline(run)).toContain('probe IP');
  });

  it('reads a long multi-line "550 5.7.1 ... Access denied" over 512 bytes per line, joined in order', async () => {
    const long = 'x'.repeat(600);
    const p = await scripted(
      server(
        {
          RCPT: (io) =>
            io.write(
              `550-5.7.1 Service unavailable, Client host [127.0.0.1] blocked using Spamhaus. ${long}\r\n` +
                '550-5.7.1 To request removal from this list see https://www.spamhaus.org/query/ip/127.0.0.1\r\n' +
                '550 5.7.1 AS(1450) [AM4PEPF00025F97.eurprd05.prod.protection.outlook.com]\r\n',
            ),
        },
        M365_BANNER,
      ),
    );
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'blocked', reply: { status: '5.7.1' } });
    expect(run.result.reply?.text).toMatch(/^Service unavailable, Client host .* AS\(1450\)/);
    expect(run.result.reply?.text).not.toContain('550-');
  });

  it('does not call an M365 acceptance proof that the mailbox exists', async () => {
    loop.server.zone['fabrikam.test'] = [mx(0, 'fabrikam-test.mail.protection.outlook.com')];
    loop.server.zone['fabrikam-test.mail.protection.outlook.com'] = [a('127.0.0.1')];
    const p = await scripted(server({ RCPT: (io) => io.write('250 2.1.5 Recipient OK\r\n') }, M365_BANNER));
    const run = await runProbe('nobody@fabrikam.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: p.port }),
    });
    neverData(p);
    expect(run.result.verdict).toBe('catch-all');
    expect(probeHeadline(run)).toContain('proves nothing');
    expect(probeHeadline(run)).not.toMatch(NOT_EXISTS);
    expect(codes(run)).toContain('provider-note');
  });
});

describe('Gmail and Yahoo', () => {
  it("reads Gmail's multi-line 421-4.7.0 rate-limit banner as deferred (throttling of the probe IP), not a refusal", async () => {
    const p = await scripted({
      greet: (io) => {
        io.write(
          '421-4.7.0 [127.0.0.1] Our system has detected an unusual rate of\r\n' +
            '421-4.7.0 unsolicited mail originating from your IP address. To protect our\r\n' +
            '421-4.7.0 users from spam, mail sent from your IP address has been temporarily\r\n' +
            '421 4.7.0 rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp\r\n',
        );
        io.end();
      },
    });
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'deferred', reply: { code: 421, status: '4.7.0' } });
    expect(run.result.reason).not.toBe('blocked');
    expect(probeHeadline(run)).not.toMatch(/internal problem|refuses/i);
    expect(probeHeadline(run)).toMatch(/rate|throttl/i);
  });

  it("reads Yahoo's '421 4.7.0 [TSS04]' as a temporary deferral of the probe IP (complaints or volume)", async () => {
    const p = await scripted(
      server({}, (io) => {
        io.write(
          '421 4.7.0 [TSS04] Messages from 127.0.0.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\r\n',
        );
        io.end();
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('deferred');
    expect(probeHeadline(run)).not.toMatch(/internal problem|busy, restarting|no such user/i);
    expect(run.result.record?.side).not.toBe('recipient');
    // Tightened after measuring.
    expect(probeHeadline(run)).toContain('deferred (rate limiting or reputation throttling)');
    expect(probeHeadline(run)).toContain('says nothing about the address');
  });

  it("reads Gmail's 550-5.1.1 multi-line with bare LF ends as no such user", async () => {
    const p = await scripted(
      server(
        {
          RCPT: (io) =>
            io.write(
              "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp\n",
            ),
        },
        '220 mx.google.com ESMTP - gsmtp\n',
      ),
    );
    const run = await probe(p, 'ghost@corpmail.test');
    expect(run.result).toMatchObject({
      verdict: 'rejected',
      reason: 'userunknown',
      reply: { status: '5.1.1' },
    });
    expect(probeHeadline(run)).toContain('no such user');
  });
});

describe('EHLO, HELO and TLS', () => {
  it('reports helo-rejected when both EHLO and HELO are refused, never accepted or unreachable', async () => {
    const p = await scripted(
      server({
        EHLO: (io) => io.write('554 5.7.1 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)\r\n'),
        HELO: (io) => io.write('554 5.7.1 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)\r\n'),
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    expect(codes(run)).toContain('helo-rejected');
    expect(p.lines.map(verb)).not.toContain('RCPT');
    expect(probeHeadline(run)).not.toMatch(/no such user/i);
  });

  it('reports tls-failed when STARTTLS is offered, answered "220", and the server then sends plain text instead', async () => {
    let conn = 0;
    const p = await scripted({
      greet: (io) => {
        conn++;
        io.write('220 mx.corpmail.test ESMTP\r\n');
      },
      line: async (line, io) => {
        const v = verb(line);
        if (v === 'EHLO') return io.write(conn === 1 ? '250-mx.corpmail.test\r\n250 STARTTLS\r\n' : EHLO_OK);
        if (v === 'STARTTLS') {
          io.stopReading();
          io.write('220 2.0.0 Ready to start TLS\r\n');
          await io.wait(50);
          io.write('this is not a TLS record\r\n');
          return;
        }
        return server().line?.(line, io);
      },
    });
    const run = await probe(p);
    expect(codes(run)).toContain('tls-failed');
    // The plain-text retry answered: the verdict is its own, in plain text.
    expect(run.result.verdict).toBe('accepted');
    expect(probeHeadline(run)).toContain('plain text');
  });

  it('reads "530 5.7.0 Must issue a STARTTLS command first" at RCPT as tls-failed, not a refusal of the address', async () => {
    const p = await scripted(
      server({ RCPT: (io) => io.write('530 5.7.0 Must issue a STARTTLS command first\r\n') }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('tls-failed');
    expect(probeHeadline(run)).not.toMatch(/no such user/i);
  });

  it('says the connection was lost when the server hangs up right after its EHLO reply', async () => {
    const p = await scripted(
      server({
        EHLO: (io) => {
          io.write(EHLO_OK);
          io.end();
        },
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('unreachable');
    expect(codes(run)).toContain('connection-lost');
    expect(said(run)).not.toMatch(NOT_EXISTS);
    // Tightened after measuring: one host that answered and then hung up is not "no mail host".
    expect(probeHeadline(run)).toContain(`127.0.0.1:${p.port} closed the connection after EHLO`);
  });
});

describe('the bytes of replies', () => {
  it('reads an EHLO reply with an empty "250-" line and a bare "250" last line', async () => {
    const p = await scripted(
      server({ EHLO: (io) => io.write('250-mx.corpmail.test\r\n250-\r\n250-SIZE 1000\r\n250\r\n') }),
    );
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'accepted', catchAll: false });
  });

  it('never takes "250" glued to garbage (no space after the code) at RCPT as an acceptance', async () => {
    const p = await scripted(server({ RCPT: (io) => io.write('2501ok\r\n') }));
    const run = await probe(p);
    expect(['accepted', 'catch-all']).not.toContain(run.result.verdict);
    expect(codes(run)).toContain('protocol-error');
    // Tightened after measuring.
    expect(probeHeadline(run)).toContain('answered but does not speak SMTP as expected');
  });

  it('never takes a 354 to RCPT as acceptance, and never answers it with data', async () => {
    const p = await scripted(server({ RCPT: (io) => io.write('354 End data with <CR><LF>.<CR><LF>\r\n') }));
    const run = await probe(p);
    expect(['accepted', 'catch-all', 'rejected']).not.toContain(run.result.verdict);
    expect(p.lines.filter((l) => l === '.')).toEqual([]);
  });

  it('reads a 1,500-byte single-line refusal whole', async () => {
    const tail = 'y'.repeat(1400);
    const p = await scripted(
      server({ RCPT: (io) => io.write(`550 5.1.1 <ghost@corpmail.test>: User unknown ${tail}\r\n`) }),
    );
    const run = await probe(p, 'ghost@corpmail.test');
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'userunknown' });
    expect(run.result.reply?.text.length).toBeGreaterThan(1400);
  });

  it('ends a 64 KiB+ endless EHLO reply with a protocol error, promptly, without hanging', async () => {
    const p = await scripted(
      server({
        EHLO: (io) => {
          const line = `250-${'X'.repeat(100)}\r\n`;
          io.write(line.repeat(700));
        },
      }),
    );
    const run = await probe(p, 'bob@corpmail.test', { deadlineMs: 8000 });
    expect(['accepted', 'catch-all', 'rejected']).not.toContain(run.result.verdict);
    expect(codes(run)).toContain('protocol-error');
  });

  it('reads a multi-line refusal sent one byte per TCP packet', async () => {
    const p = await scripted(
      server({
        RCPT: async (io) => {
          const bytes = Buffer.from(
            '550-5.1.1 <ghost@corpmail.test>: Recipient address rejected:\r\n550 5.1.1 User unknown in virtual mailbox table\r\n',
          );
          for (let i = 0; i < bytes.length; i++) {
            io.write(bytes.subarray(i, i + 1));
            if (i % 8 === 0) await io.wait(1);
          }
        },
      }),
    );
    const run = await probe(p, 'ghost@corpmail.test');
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'userunknown' });
    expect(run.result.reply?.text).toBe(
      '<ghost@corpmail.test>: Recipient address rejected: User unknown in virtual mailbox table',
    );
  });
});

describe('refusals and 421 at each step', () => {
  it('reads "554 5.3.2 No SMTP service here" at connect as no service, sending nothing but QUIT', async () => {
    const p = await scripted(server({}, '554 5.3.2 mx.corpmail.test No SMTP service here\r\n'));
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    expect(run.result.reason).not.toBe('userunknown');
    expect(p.lines.map(verb)).toEqual(['QUIT']);
    expect(probeHeadline(run)).not.toMatch(/no such user|probe IP/i);
    // Tightened after measuring: the headline says "rejected by"; no second "Rejected:".
    expect(probeHeadline(run)).not.toContain('— Rejected:');
  });

  for (const step of ['EHLO', 'MAIL', 'RCPT'] as const) {
    it(`reads "421 4.3.2 System not accepting network messages" at ${step} then a hang-up as deferred`, async () => {
      const p = await scripted(
        server({
          [step]: (io: PeerIo) => {
            io.write('421 4.3.2 System not accepting network messages\r\n');
            io.end();
          },
        }),
      );
      const run = await probe(p);
      expect(run.result).toMatchObject({ verdict: 'deferred', reply: { code: 421 } });
      expect(probeHeadline(run)).not.toMatch(/no such user|blocked|internal problem/i);
    });
  }
});

describe('catch-all and the second address', () => {
  it('does not claim the address exists on a catch-all', async () => {
    const p = await scripted(server({ RCPT: (io) => io.write('250 2.1.5 Ok\r\n') }));
    const run = await probe(p, 'anything@corpmail.test');
    expect(run.result).toMatchObject({ verdict: 'catch-all', catchAll: true });
    expect(claims(said(run))).not.toMatch(NOT_EXISTS);
    expect(codes(run)).not.toContain('rcpt-accepted');
  });

  it('leaves catch-all unknown (null) when the random address is only deferred', async () => {
    let n = 0;
    const p = await scripted(
      server({
        RCPT: (io) => {
          n++;
          io.write(n === 1 ? '250 2.1.5 Ok\r\n' : '450 4.2.1 Too many recipients, try again later\r\n');
        },
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.catchAll).toBeNull();
  });
});

describe('tarpits', () => {
  it('ends a server that dribbles one byte of its banner at a time, never completing the line, at the step timeout', async () => {
    const p = await scripted({
      greet: async (io) => {
        for (let i = 0; i < 200 && !io.socket.destroyed; i++) {
          io.write('2');
          await io.wait(50);
        }
      },
    });
    const started = Date.now();
    const run = await probe(p, 'bob@corpmail.test', { stepTimeoutMs: 800, deadlineMs: 6000 });
    expect(run.result.verdict).toBe('timed-out');
    expect(Date.now() - started).toBeLessThan(6000);
  });
});

describe('IPv6 loopback through DNS', () => {
  it('probes an MX whose only address is ::1 (AAAA) when loopback is allowed', async () => {
    const p = await scripted({ ...server(), host: '::1' });
    loop.server.zone['v6only.test'] = [mx(10, 'mx.v6only.test')];
    loop.server.zone['mx.v6only.test'] = [aaaa('::1')];
    const run = await runProbe('bob@v6only.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: p.port }),
    });
    expect(run.result).toMatchObject({ verdict: 'accepted', host: `mx.v6only.test [::1]:${p.port}` });
  });
});

describe('target policy on what names resolve to', () => {
  const cases: [string, 'A' | 'AAAA', string, RegExp][] = [
    ['private 10/8', 'A', '10.0.0.1', /private/],
    ['private 172.16/12', 'A', '172.16.5.4', /private/],
    ['the unspecified address 0.0.0.0', 'A', '0.0.0.0', /unspecified/],
    ['multicast', 'A', '239.1.2.3', /multicast/],
    ['reserved 240/4', 'A', '240.0.0.1', /reserved/],
    ['broadcast', 'A', '255.255.255.255', /reserved|broadcast/],
    ['IPv4-mapped private', 'AAAA', '::ffff:10.0.0.1', /private/],
    ['IPv4-mapped loopback', 'AAAA', '::ffff:7f00:1', /loopback/],
    ['NAT64 of loopback', 'AAAA', '64:ff9b::7f00:1', /loopback/],
    ['NAT64 local-use prefix of private', 'AAAA', '64:ff9b:1::a00:1', /private|reserved/],
    ['IPv6 unspecified', 'AAAA', '::', /unspecified/],
    ['IPv6 link-local', 'AAAA', 'fe80::1', /link-local/],
    ['IPv6 unique-local', 'AAAA', 'fc00::25', /private/],
    ['IPv6 multicast', 'AAAA', 'ff02::1', /multicast/],
    ['IPv4-compatible loopback', 'AAAA', '::7f00:1', /loopback|reserved/],
    ['IPv4-translated private', 'AAAA', '::ffff:0:a00:1', /private|reserved/],
  ];
  for (const [what, type, ip, words] of cases) {
    it(`refuses an MX that resolves to ${what} (${ip}) by default`, async () => {
      const name = `mx.${type.toLowerCase()}-${ip.replace(/[^0-9a-f]/gi, 'x')}.policy.test`;
      const domain = `${type.toLowerCase()}-${ip.replace(/[^0-9a-f]/gi, 'x')}.policy.test`;
      loop.server.zone[domain] = [mx(10, name)];
      loop.server.zone[name] = [type === 'A' ? a(ip) : aaaa(ip)];
      const run = await runProbe(`bob@${domain}`, undefined, {
        dns: loop.dns,
        settings: settings({ allowPrivate: false, port: 9 }),
      });
      expect(run.result.verdict).toBe('refused-by-policy');
      expect(run.attempts).toEqual([]);
      expect(run.result.findings[0]).toMatchObject({ code: 'target-refused', severity: 'fail' });
      expect(run.result.findings[0]?.message).toMatch(words);
    });
  }

  for (const host of ['127.1', '2130706433', '0x7f.0.0.1', '0177.0.0.1', '[::ffff:7f00:1]']) {
    it(`never connects to loopback through the unusual address form ${host}`, async () => {
      const p = await scripted(server());
      const run = await runProbe('bob@corpmail.test', `${host}:${p.port}`, {
        dns: loop.dns,
        settings: settings({ allowPrivate: false }),
      });
      expect(p.connections).toBe(0);
      expect(['accepted', 'catch-all', 'rejected', 'deferred']).not.toContain(run.result.verdict);
    });
  }
});

describe('the CLI wiring (added after the first measurement)', () => {
  for (const host of ['127.1', '[::ffff:7f00:1]', '2130706433']) {
    it(`mailmedic probe --host ${host}:PORT without --allow-private refuses it and never connects`, async () => {
      const p = await scripted(server());
      const r = await runCli([
        'probe',
        'bob@corpmail.test',
        '--host',
        `${host}:${p.port}`,
        '--resolver',
        loop.server.address,
        '--json',
      ]);
      expect(p.connections).toBe(0);
      // The command parser may refuse the form outright (a usage error) or the probe refuses the address.
      if (r.code === 2) {
        expect(r.stderr).toContain('is not a host name or IP address');
        return;
      }
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as { verdict: string; findings: { code: string; message: string }[] };
      expect(json.verdict).toBe('refused-by-policy');
      expect(json.findings[0]?.message).toContain('127.0.0.1');
      expect(json.findings[0]?.message).toContain('loopback');
    });
  }
});

describe('legacyIpv4 (added after the first measurement)', () => {
  it.each([
    ['127.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['0x7f.0.0.1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['10.258', '10.0.1.2'],
    ['192.0.2.1', '192.0.2.1'],
    ['mx.example.org', null],
    ['1.2.3.4.5', null],
    ['256.1.1.1', null],
    ['4294967296', null],
    ['08.1.1.1', null],
    ['example.123', null],
  ])('reads %s as %s', (host, ip) => {
    expect(legacyIpv4(host)).toBe(ip);
  });
});
