import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { probeHeadline } from '../../../../src/checks/probe/probe-report.js';
import { runProbe } from '../../../../src/checks/probe/run-probe.js';
import type { ProbeResult, ProbeSettings } from '../../../../src/checks/probe/types.js';
import { a, aaaa, mx } from '../../helpers/dns-server.js';
import { probeLoopback, settings } from './loopback-setup.js';
import {
  type PeerIo,
  type Script,
  type ScriptedPeer,
  startBlackhole,
  startScriptedPeer,
  verb,
} from './scripted-peer.js';

/** Behaviours of real mail servers (Gmail, Exim, Postfix, postgrey, Microsoft 365...) replayed on loopback. */

const loop = probeLoopback();

const EHLO_POSTFIX =
  '250-mx.corpmail.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n';

/** A Postfix-like server: answers by command word, `answers` overriding the defaults. */
function postfixLike(
  answers: Record<string, (io: PeerIo, line: string) => Promise<void> | void> = {},
  banner = '220 mx.corpmail.test ESMTP Postfix\r\n',
): Script {
  return {
    greet: (io) => io.write(banner),
    line: async (line, io) => {
      const v = verb(line);
      const custom = answers[v];
      if (custom) return custom(io, line);
      if (v === 'EHLO') return io.write(EHLO_POSTFIX);
      if (v === 'HELO') return io.write('250 mx.corpmail.test\r\n');
      if (v === 'MAIL') return io.write('250 2.1.0 Ok\r\n');
      if (v === 'RCPT')
        return io.write(
          line.includes('<bob@')
            ? '250 2.1.5 Ok\r\n'
            : '550 5.1.1 <x>: Recipient address rejected: User unknown in virtual mailbox table\r\n',
        );
      if (v === 'RSET') return io.write('250 2.0.0 Ok\r\n');
      if (v === 'QUIT') {
        io.write('221 2.0.0 Bye\r\n');
        return io.end();
      }
      io.write('502 5.5.2 Error: command not recognized\r\n');
    },
  };
}

async function scripted(script: Script): Promise<ScriptedPeer> {
  return loop.keep(await startScriptedPeer(script));
}

async function probe(p: ScriptedPeer, target = 'bob@corpmail.test', over: Partial<ProbeSettings> = {}) {
  const run = await runProbe(target, `127.0.0.1:${p.port}`, { dns: loop.dns, settings: settings(over) });
  expectNeverData(p);
  expectNothingSensitive(run.result);
  return run;
}

/** DATA is never sent: asserted on what the server read. */
function expectNeverData(p: ScriptedPeer) {
  expect(p.lines.map(verb)).not.toContain('DATA');
  expect(p.lines.map(verb)).not.toContain('BDAT');
}

/** The transcript holds the dialogue and nothing of the bot's own: no AUTH, no environment secrets. */
function expectNothingSensitive(r: ProbeResult) {
  const sent = r.transcript.filter((e) => e.dir === 'send').map((e) => verb(e.text));
  for (const v of sent) expect(['EHLO', 'HELO', 'STARTTLS', 'MAIL', 'RCPT', 'RSET', 'QUIT']).toContain(v);
  const all = JSON.stringify(r.transcript);
  const mine = JSON.stringify(r.transcript.filter((e) => e.dir !== 'recv'));
  expect(mine).not.toMatch(/AUTH |xox[bpa]-|Bot [A-Za-z0-9]|password|token/i);
  for (const [k, v] of Object.entries(process.env)) {
    if (/TOKEN|SECRET|PASSWORD|KEY/i.test(k) && v && v.length >= 8) expect(all).not.toContain(v);
  }
}

const sentVerbs = (r: ProbeResult) => r.transcript.filter((e) => e.dir === 'send').map((e) => verb(e.text));
const received = (r: ProbeResult) => r.transcript.filter((e) => e.dir === 'recv').map((e) => e.text);

describe('banners of real servers', () => {
  it('takes a Gmail-style 421 banner followed by a hang-up as deferred, sending nothing but QUIT', async () => {
    const p = await scripted({
      greet: (io) => {
        io.write('421 4.7.0 Try again later, closing connection.\r\n');
        io.end();
      },
    });
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('deferred');
    expect(r.reply).toEqual({ code: 421, status: '4.7.0', text: 'Try again later, closing connection.' });
    expect(r.record?.command).toBe('CONN');
    expect(p.lines.map(verb).filter((v) => v !== 'QUIT')).toEqual([]);
    expect(received(r)).toEqual(['421 4.7.0 Try again later, closing connection.']);
  });

  it('waits for a 220 banner split over several lines with a greeting delay (Exim, Microsoft)', async () => {
    const slow = await scripted({
      greet: async (io) => {
        io.write('220-mx.corpmail.test ESMTP Exim 4.96 Tue, 01 Dec 2026 21:00:00 +0000\r\n');
        await io.wait(150);
        io.write('220-We do not authorize the use of this system to transport unsolicited,\r\n');
        await io.wait(150);
        io.write('220 and/or bulk e-mail.\r\n');
      },
      line: postfixLike().line,
    });
    const { result: r } = await probe(slow);
    expect(slow.early).toEqual([]);
    expect(r.verdict).toBe('accepted');
    expect(received(r).slice(0, 3)).toEqual([
      '220-mx.corpmail.test ESMTP Exim 4.96 Tue, 01 Dec 2026 21:00:00 +0000',
      '220-We do not authorize the use of this system to transport unsolicited,',
      '220 and/or bulk e-mail.',
    ]);
  });

  it('is not thrown by a banner sent twice in one packet', async () => {
    const p = await scripted({
      ...postfixLike(),
      greet: (io) => io.write('220 mx.corpmail.test ESMTP\r\n220 mx.corpmail.test ready\r\n'),
    });
    const { result: r } = await probe(p);
    expect(r).toMatchObject({ verdict: 'accepted', catchAll: false });
    expect(JSON.stringify(r.transcript)).toContain('the server sent unasked');
  });

  it('waits for a late banner and never talks first (a server that drops early talkers)', async () => {
    const p = await scripted({
      greet: async (io) => {
        await io.wait(400);
        if (p.lines.length > 0) {
          io.write('554 5.5.1 Error: SMTP protocol synchronization\r\n');
          return io.end();
        }
        io.write('220 mx.corpmail.test ESMTP Postfix\r\n');
      },
      line: postfixLike().line,
    });
    const { result: r } = await probe(p, 'bob@corpmail.test', { slowStepMs: 300 });
    expect(p.early).toEqual([]);
    expect(r.verdict).toBe('accepted');
    expect(r.findings.map((f) => f.code)).toContain('slow-server');
  });

  it('reads a Microsoft 365-like refusal (550 5.4.1 Access denied) as a rejection of the recipient', async () => {
    const p = await scripted(
      postfixLike(
        {
          EHLO: (io) =>
            io.write(
              '250-XX.mail.protection.outlook.com Hello [127.0.0.1]\r\n250-SIZE 157286400\r\n250-PIPELINING\r\n250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-BINARYMIME\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n',
            ),
          RCPT: (io) =>
            io.write(
              '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [XX.eop-nam.prod.protection.outlook.com 2026-12-01T21:00:00.000Z 08DD]\r\n',
            ),
        },
        '220 XX.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready at Tue, 1 Dec 2026 21:00:00 +0000 08DD\r\n',
      ),
    );
    const { result: r } = await probe(p, 'ghost@contoso.test');
    expect(r.verdict).toBe('rejected');
    expect(r.reply).toMatchObject({ code: 550, status: '5.4.1' });
    expect(r.reason).toBe('userunknown');
    expect(r.record?.command).toBe('RCPT');
  });
});

describe('EHLO and capabilities as real servers write them', () => {
  it('falls back to HELO when EHLO is refused with 5xx, and goes on to an answer', async () => {
    const p = await scripted(postfixLike({ EHLO: (io) => io.write('550 5.7.1 EHLO not allowed here\r\n') }));
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('accepted');
    expect(p.lines.map(verb)).toEqual(['EHLO', 'HELO', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
  });

  it('reads keywords with odd case and spacing, AUTH=, and a final "250 STARTTLS"; takes 454 as no TLS', async () => {
    const p = await scripted(
      postfixLike({
        EHLO: (io) =>
          io.write(
            '250-mx.corpmail.test Hello  probe \r\n250-SIZE   52428800 \r\n250-8bitmime\r\n250-Pipelining\r\n250-AUTH=LOGIN PLAIN\r\n250-AUTH LOGIN PLAIN\r\n250-ENHANCEDSTATUSCODES\r\n250-CHUNKING\r\n250 STARTTLS\r\n',
          ),
        STARTTLS: (io) => io.write('454 4.7.0 TLS not available due to local problem\r\n'),
      }),
    );
    const { result: r } = await probe(p);
    expect(p.lines.map(verb)).toEqual(['EHLO', 'STARTTLS', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
    expect(r.verdict).toBe('accepted');
    expect(r.tls).toBeNull();
    const caps = r.findings.find((f) => f.code === 'capabilities')?.message ?? '';
    const announced = caps.split('; not ')[0] ?? '';
    expect(announced).toContain('SIZE 52428800 (50 MiB)');
    for (const k of ['STARTTLS', 'PIPELINING', '8BITMIME']) expect(announced).toContain(k);
    expect(caps.split('; not ')[1]).toMatch(/SMTPUTF8/);
    expect(JSON.stringify(r.findings)).toContain('454');
  });
});

describe('STARTTLS that fails', () => {
  for (const [what, after] of [
    ['closes the connection', (io: PeerIo) => io.end()],
    ['sends garbage instead of a handshake', (io: PeerIo) => io.write('HTTP/1.1 400 Bad Request\r\n\r\n')],
    ['resets the connection', (io: PeerIo) => io.destroy()],
  ] as const) {
    it(`reports tls-failed and retries in plain text when the server ${what} after "220 Ready to start TLS"`, async () => {
      const p = await scripted(
        postfixLike({
          EHLO: (io) => io.write('250-mx.corpmail.test\r\n250-STARTTLS\r\n250 8BITMIME\r\n'),
          STARTTLS: async (io) => {
            io.stopReading();
            io.write('220 2.0.0 Ready to start TLS\r\n');
            await io.wait(50);
            after(io);
          },
        }),
      );
      const run = await probe(p);
      const r = run.result;
      // Two connections to the same address: the broken TLS one, then the plain one that answers.
      expect(p.connections).toBe(2);
      expect(p.lines.map(verb)).toEqual(['EHLO', 'STARTTLS', 'EHLO', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
      expect(r).toMatchObject({ verdict: 'accepted', catchAll: false, tls: null, reason: null });
      expect(r.reply?.code).toBe(250);
      const tls = r.findings.filter((f) => f.code === 'tls-failed');
      expect(tls).toHaveLength(1);
      expect(tls[0]?.severity).toBe('fail');
      expect(tls[0]?.message).toMatch(/TLS handshake failed \(.+\)|did not finish/);
      // OpenSSL's reason, not its one-line dump.
      expect(tls[0]?.message).not.toMatch(/SSL routines|\n/);
      expect(tls[0]?.message).toContain('without TLS on a new connection');
      expect(r.findings.map((f) => f.code)).not.toContain('no-starttls');
      expect(probeHeadline(run)).toContain('accepted by');
      expect(probeHeadline(run)).toContain('in plain text (its TLS handshake failed)');
      expect(JSON.stringify(r.transcript)).toContain('retrying without STARTTLS');
      // EHLO, STARTTLS and the handshake, then the plain dialogue's six commands.
      expect(run.roundTrips).toBe(3 + 6);
    });
  }

  it('reads a plain-text refusal of the retry like any refusal, with the TLS failure beside it', async () => {
    const p = await scripted(
      postfixLike({
        EHLO: (io) => io.write('250-mx.corpmail.test\r\n250 STARTTLS\r\n'),
        STARTTLS: async (io) => {
          io.stopReading();
          io.write('220 2.0.0 Ready to start TLS\r\n');
          // The answer to the client's hello is not a TLS record.
          await io.wait(50);
          io.write('not a TLS record at all\r\n');
        },
        RCPT: (io, line) =>
          io.write(`550 5.1.1 <${line.slice(9, -1)}>: Recipient address rejected: User unknown\r\n`),
      }),
    );
    const { result: r } = await probe(p, 'ghost@corpmail.test');
    expect(p.connections).toBe(2);
    expect(r).toMatchObject({
      verdict: 'rejected',
      reason: 'userunknown',
      reply: { code: 550, status: '5.1.1' },
    });
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['rcpt-rejected', 'tls-failed']));
  });

  it('keeps tls-failed when the plain-text retry is refused for want of TLS (530)', async () => {
    const p = await scripted(
      postfixLike({
        EHLO: (io) => io.write('250-mx.corpmail.test\r\n250 STARTTLS\r\n'),
        STARTTLS: (io) => {
          io.stopReading();
          io.write('220 2.0.0 Ready to start TLS\r\n');
          io.end();
        },
        MAIL: (io) => io.write('530 5.7.0 Must issue a STARTTLS command first\r\n'),
      }),
    );
    const { result: r } = await probe(p);
    expect(p.connections).toBe(2);
    expect(p.lines.map(verb)).toEqual(['EHLO', 'STARTTLS', 'EHLO', 'MAIL', 'QUIT']);
    expect(r).toMatchObject({ verdict: 'tls-failed', reason: 'failedstarttls', reply: { code: 530 } });
    const tls = r.findings.filter((f) => f.code === 'tls-failed');
    expect(tls).toHaveLength(1);
    expect(tls[0]?.message).toContain('and it refuses plain text too');
  });

  it('reports tls-failed, with the reply, when TLS is refused (454) and MAIL then needs STARTTLS (530)', async () => {
    const p = await scripted(
      postfixLike({
        EHLO: (io) => io.write('250-mx.corpmail.test\r\n250 STARTTLS\r\n'),
        STARTTLS: (io) => io.write('454 4.7.0 TLS not available due to local problem\r\n'),
        MAIL: (io) => io.write('530 5.7.0 Must issue a STARTTLS command first\r\n'),
      }),
    );
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('tls-failed');
    expect(r.reply).toEqual({ code: 530, status: '5.7.0', text: 'Must issue a STARTTLS command first' });
    expect(p.lines.map(verb)).toEqual(['EHLO', 'STARTTLS', 'MAIL', 'QUIT']);
    // One finding for one fact: the failure, which quotes the 454 refusal too.
    const tlsCodes = r.findings.map((f) => f.code).filter((c) => /tls/i.test(c));
    expect(tlsCodes).toEqual(['tls-failed']);
    expect(r.findings.find((f) => f.code === 'tls-failed')?.message).toContain('454 4.7.0');
  });

  it('reports tls-failed once, without no-starttls, when MAIL needs STARTTLS that is not offered', async () => {
    const p = await scripted(
      postfixLike({
        EHLO: (io) => io.write('250-mx.corpmail.test\r\n250 8BITMIME\r\n'),
        MAIL: (io) => io.write('530 5.7.0 Must issue a STARTTLS command first\r\n'),
      }),
    );
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('tls-failed');
    const tlsCodes = r.findings.map((f) => f.code).filter((c) => /tls/i.test(c));
    expect(tlsCodes).toEqual(['tls-failed']);
    expect(r.findings.find((f) => f.code === 'tls-failed')?.message).toContain('does not offer STARTTLS');
  });

  it('still reports the broken TLS of an MX that deferred in plain text when the next MX accepts', async () => {
    const second = await scripted(postfixLike());
    const first = await scripted({
      ...postfixLike({
        EHLO: (io) => io.write('250-mx1.tlsbroken.test\r\n250 STARTTLS\r\n'),
        STARTTLS: (io) => {
          io.stopReading();
          io.write('220 2.0.0 Ready to start TLS\r\n');
          io.destroy();
        },
        RCPT: (io) => io.write('450 4.2.0 <bob@tlsbroken.test>: Recipient address rejected: Greylisted\r\n'),
      }),
      host: '127.0.0.6',
      port: second.port,
    });
    loop.server.zone['tlsbroken.test'] = [mx(10, 'mx1.tlsbroken.test'), mx(20, 'mx2.tlsbroken.test')];
    loop.server.zone['mx1.tlsbroken.test'] = [a('127.0.0.6')];
    loop.server.zone['mx2.tlsbroken.test'] = [a('127.0.0.1')];
    const run = await runProbe('bob@tlsbroken.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: second.port }),
    });
    expect(first.connections).toBe(2);
    expect(run.result).toMatchObject({
      verdict: 'accepted',
      host: `mx2.tlsbroken.test [127.0.0.1]:${second.port}`,
    });
    const tls = run.result.findings.filter((f) => f.code === 'tls-failed');
    expect(tls).toHaveLength(1);
    expect(tls[0]?.message).toContain(`mx1.tlsbroken.test [127.0.0.6]:${second.port}`);
    expect(run.result.findings.map((f) => f.code)).toContain('host-fallback');
  });

  it('keeps tls-failed when the plain-text retry gets no answer', async () => {
    let connections = 0;
    // The first connection breaks in the handshake; the second is hung up on before its banner.
    const p = await scripted({
      greet: (io) => {
        connections++;
        if (connections === 1) return io.write('220 mx.corpmail.test ESMTP\r\n');
        io.destroy();
      },
      line: (line, io) => {
        const v = verb(line);
        if (v === 'EHLO') return io.write('250-mx.corpmail.test\r\n250 STARTTLS\r\n');
        if (v === 'STARTTLS') {
          io.stopReading();
          io.write('220 2.0.0 Ready to start TLS\r\n');
          return io.destroy();
        }
      },
    });
    const { result: r } = await probe(p);
    expect(p.connections).toBe(2);
    expect(r.verdict).toBe('tls-failed');
    expect(r.findings.filter((f) => f.code === 'tls-failed')).toHaveLength(1);
  });
});

describe('refusals of the probe sender and of the probe IP at MAIL FROM', () => {
  const cases: [string, string, string][] = [
    [
      '553 5.7.1 <probe@mailmedic.test>: Sender address rejected: not owned by user probe@mailmedic.test',
      '553',
      'rejected',
    ],
    ['550 5.7.1 Client host rejected: cannot find your reverse hostname, [127.0.0.1]', '550', 'rejected'],
    [
      '554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1',
      '554',
      'rejected',
    ],
  ];
  for (const [reply, code] of cases) {
    it(`stops at MAIL FROM on "${reply.slice(0, 60)}..."`, async () => {
      const p = await scripted(postfixLike({ MAIL: (io) => io.write(`${reply}\r\n`) }));
      const { result: r } = await probe(p);
      expect(r.verdict).toBe('rejected');
      expect(r.reply?.code).toBe(Number(code));
      expect(r.record?.command).toBe('MAIL');
      expect(p.lines.map(verb)).toEqual(['EHLO', 'MAIL', 'QUIT']);
    });
  }

  it('reads the reverse-DNS and Spamhaus refusals as the probe IP problem, not a mailbox problem', async () => {
    const rdns = await scripted(
      postfixLike({
        MAIL: (io) =>
          io.write('550 5.7.1 Client host rejected: cannot find your reverse hostname, [127.0.0.1]\r\n'),
      }),
    );
    const spamhaus = await scripted(
      postfixLike({
        MAIL: (io) =>
          io.write(
            '554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org\r\n',
          ),
      }),
    );
    const sender = await scripted(
      postfixLike({
        MAIL: (io) =>
          io.write(
            '553 5.7.1 <probe@mailmedic.test>: Sender address rejected: not owned by user probe@mailmedic.test\r\n',
          ),
      }),
    );
    expect((await probe(rdns)).result.record?.cause).toBe('reverse-dns-missing');
    expect((await probe(spamhaus)).result.record?.cause).toBe('ip-blocklisted');
    expect((await probe(sender)).result.record?.reason).not.toBe('userunknown');
  });
});

describe('RCPT answers of real servers', () => {
  it('takes "252 Cannot VRFY user, but will accept message" as accepted', async () => {
    const p = await scripted(
      postfixLike({
        RCPT: (io) =>
          io.write('252 2.1.5 Cannot VRFY user, but will accept message and attempt delivery\r\n'),
      }),
    );
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('catch-all');
    expect(r.reply).toMatchObject({ code: 252, status: '2.1.5' });
  });

  it('tells a catch-all (random address accepted) from a real check (random address refused)', async () => {
    const all = await scripted(postfixLike({ RCPT: (io) => io.write('250 2.1.5 Ok\r\n') }));
    const some = await scripted(postfixLike());
    expect((await probe(all)).result).toMatchObject({ verdict: 'catch-all', catchAll: true });
    expect((await probe(some)).result).toMatchObject({ verdict: 'accepted', catchAll: false });
  });

  for (const text of [
    '451 4.7.1 <bob@corpmail.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/corpmail.test.html',
    '451 4.2.0 Greylisted, please try again in 300 seconds',
  ]) {
    it(`takes greylisting "${text.slice(0, 40)}..." as deferred, greylisting`, async () => {
      const p = await scripted(postfixLike({ RCPT: (io) => io.write(`${text}\r\n`) }));
      const { result: r } = await probe(p);
      expect(r.verdict).toBe('deferred');
      expect(r.reply?.code).toBe(451);
      expect(r.record?.cause).toBe('greylisted');
      expect(p.lines.map(verb)).toEqual(['EHLO', 'MAIL', 'RCPT', 'QUIT']);
    });
  }

  it('reports a tarpit that answers 550 after a long pause as rejected and slow', async () => {
    const p = await scripted(
      postfixLike({
        RCPT: async (io) => {
          await io.wait(400);
          io.write('550 5.1.1 <ghost@corpmail.test>: Recipient address rejected: User unknown\r\n');
        },
      }),
    );
    const { result: r } = await probe(p, 'ghost@corpmail.test', { slowStepMs: 300 });
    expect(r).toMatchObject({ verdict: 'rejected', reason: 'userunknown' });
    expect(r.findings.map((f) => f.code)).toContain('slow-server');
  });

  it('takes a 421 at RCPT followed by a hang-up as deferred', async () => {
    const p = await scripted(
      postfixLike({
        RCPT: (io) => {
          io.write('421 4.7.0 mx.corpmail.test Service not available, closing transmission channel\r\n');
          io.end();
        },
      }),
    );
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('deferred');
    expect(r.reply).toMatchObject({ code: 421, status: '4.7.0' });
    expect(r.record?.command).toBe('RCPT');
  });

  it('reads a 421 the server sent on its own before hanging up (idle timeout) as the answer', async () => {
    const p = await scripted(
      postfixLike({
        MAIL: (io) => {
          io.write('250 2.1.0 Ok\r\n421 4.4.2 mx.corpmail.test Error: timeout exceeded\r\n');
          io.end();
        },
      }),
    );
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('deferred');
    expect(r.reply).toMatchObject({ code: 421, status: '4.4.2' });
  });

  it('does not take a 221 to RCPT (a server hanging up on the probe) as acceptance', async () => {
    const p = await scripted(
      postfixLike({
        RCPT: (io) => {
          io.write('221 2.7.0 Error: I can break rules, too. Goodbye.\r\n');
          io.end();
        },
      }),
    );
    const { result: r } = await probe(p);
    expect(r.verdict).toBe('unreachable');
    expect(r.catchAll).toBeNull();
  });

  it('never reads a stray extra reply as the answer to the next command', async () => {
    const p = await scripted(
      postfixLike({
        MAIL: async (io) => {
          io.write('250 2.1.0 Ok\r\n250 2.1.0 Ok\r\n');
          await io.wait(50);
        },
        RCPT: (io) =>
          io.write('550 5.1.1 <ghost@corpmail.test>: Recipient address rejected: User unknown\r\n'),
      }),
    );
    const { result: r } = await probe(p, 'ghost@corpmail.test');
    expect(r.verdict).toBe('rejected');
    expect(r.reply?.code).toBe(550);
  });
});

describe('temporary refusals, worded for someone probing', () => {
  const GMAIL_BANNER = '220 mx.google.com ESMTP d75a77b69052e-4f1c8a3b2c1si123456qtb.123 - gsmtp\r\n';
  // Real wordings: Gmail's throttling of an unknown IP, postgrey, a greylisting milter, RFC 5321's 421.
  const cases: {
    what: string;
    at: 'MAIL' | 'RCPT';
    reply: string;
    label: string;
    reason: string | null;
    banner?: string;
  }[] = [
    {
      what: "Gmail's 421 at MAIL (multi-line, EHLO note)",
      at: 'MAIL',
      reply:
        '421-4.7.0 Try again later, closing connection. (MAIL)\r\n421-4.7.0  For more information, go to\r\n' +
        '421 4.7.0  https://support.google.com/mail/answer/7720 d75a77b69052e-4f1c8a3b2c1si123456qtb.123 - gsmtp',
      label: 'rate limiting or reputation throttling',
      reason: 'speeding',
      banner: GMAIL_BANNER,
    },
    {
      what: "Gmail's 421 at RCPT",
      at: 'RCPT',
      reply:
        '421 4.7.0 Try again later, closing connection. d75a77b69052e-4f1c8a3b2c1si123456qtb.123 - gsmtp',
      label: 'rate limiting or reputation throttling',
      reason: 'speeding',
      banner: GMAIL_BANNER,
    },
    {
      what: 'a bare RFC 5321 421',
      at: 'RCPT',
      reply: '421 mx.corpmail.test Service not available, closing transmission channel',
      label: 'service not available',
      reason: 'systemerror',
    },
    {
      what: 'a 421 shutting down',
      at: 'MAIL',
      reply: '421 4.3.2 Service shutting down',
      label: 'service not available',
      reason: 'systemerror',
    },
    {
      what: "postgrey's 450 4.2.0",
      at: 'RCPT',
      reply:
        '450 4.2.0 <bob@corpmail.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/corpmail.test.html',
      label: 'greylisting',
      reason: null,
    },
    {
      what: "a milter's 451 4.7.1 Please try again later",
      at: 'RCPT',
      reply: '451 4.7.1 Please try again later',
      label: 'greylisting',
      reason: null,
    },
  ];
  for (const c of cases) {
    it(`reads ${c.what} as deferred (${c.label}), never as a block or an internal fault`, async () => {
      const p = await scripted(
        postfixLike(
          {
            [c.at]: (io) => {
              io.write(`${c.reply}\r\n`);
              if (c.reply.startsWith('421')) io.end();
            },
          },
          c.banner,
        ),
      );
      const run = await probe(p);
      const r = run.result;
      expect(r.verdict).toBe('deferred');
      expect(r.reason).toBe(c.reason);
      const deferred = r.findings.find((f) => f.code === 'deferred');
      expect(deferred?.severity).toBe('warn');
      expect(deferred?.message).toContain(`(${c.label}): `);
      const headline = probeHeadline(run);
      expect(headline).toContain(`deferred (${c.label}) by 127.0.0.1:${p.port}`);
      for (const text of [headline, deferred?.message ?? '']) {
        expect(text).not.toMatch(/refuses|internal problem|blocked|is blocked/i);
      }
      if (c.label === 'greylisting') expect(headline).toContain('deferred (greylisting) by');
      if (c.label === 'greylisting')
        expect(deferred?.message).toContain('(greylisting): a real sender retrying would likely get through');
    });
  }

  it('keeps the bounce reading for a 4xx no probe reading covers (a DNS failure stays a DNS failure)', async () => {
    const p = await scripted(
      postfixLike({ RCPT: (io) => io.write('451 4.3.0 Temporary lookup failure\r\n') }),
    );
    const { result: r } = await probe(p);
    expect(r).toMatchObject({ verdict: 'deferred', reason: r.record?.reason });
    expect(r.reason).not.toBeNull();
  });
});

describe('the end of the dialogue', () => {
  it('finishes with its verdict when the server never answers QUIT', async () => {
    const p = await scripted(postfixLike({ QUIT: () => {} }));
    const { result: r } = await probe(p, 'bob@corpmail.test', { stepTimeoutMs: 300 });
    expect(r.verdict).toBe('accepted');
    expect(sentVerbs(r).at(-1)).toBe('QUIT');
  });

  it('keeps its verdict when the server says 221 and closes right after RSET', async () => {
    const p = await scripted(
      postfixLike({
        RSET: (io) => {
          io.write('221 2.0.0 Bye\r\n');
          io.end();
        },
      }),
    );
    const { result: r } = await probe(p);
    expect(r).toMatchObject({ verdict: 'accepted', catchAll: false });
  });

  it('keeps its verdict when RSET is refused', async () => {
    const p = await scripted(
      postfixLike({ RSET: (io) => io.write('502 5.5.2 Error: command not recognized\r\n') }),
    );
    const { result: r } = await probe(p);
    expect(r).toMatchObject({ verdict: 'accepted', catchAll: false });
    expect(p.lines.map(verb)).toEqual(['EHLO', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
  });
});

describe('the bytes of replies', () => {
  const weird: [string, Record<string, (io: PeerIo) => Promise<void> | void>][] = [
    [
      'bare LF line endings',
      {
        EHLO: (io) => io.write('250-mx.corpmail.test\n250-SIZE 1000\n250 8BITMIME\n'),
        MAIL: (io) => io.write('250 2.1.0 Ok\n'),
      },
    ],
    ['a trailing space', { MAIL: (io) => io.write('250 2.1.0 Ok \r\n'), RSET: (io) => io.write('250 \r\n') }],
    ['a bare code', { MAIL: (io) => io.write('250\r\n'), RSET: (io) => io.write('250\r\n') }],
    [
      'UTF-8 text',
      { MAIL: (io) => io.write(Buffer.from('250 2.1.0 Absender in Ordnung – grüße\r\n', 'utf8')) },
    ],
    [
      'a reply split across TCP packets, inside a UTF-8 character',
      {
        MAIL: async (io) => {
          const bytes = Buffer.from('250-2.1.0 Sender ok\r\n250 2.1.0 Tschüß\r\n', 'utf8');
          for (let i = 0; i < bytes.length; i += 3) {
            io.write(bytes.subarray(i, i + 3));
            await io.wait(2);
          }
        },
      },
    ],
  ];
  for (const [what, answers] of weird) {
    it(`reads replies with ${what}`, async () => {
      const p = await scripted(postfixLike(answers));
      const { result: r } = await probe(p);
      expect(r).toMatchObject({ verdict: 'accepted', catchAll: false });
    });
  }

  it('keeps UTF-8 reply text readable in the reply and transcript', async () => {
    const p = await scripted(
      postfixLike({
        RCPT: (io) => io.write(Buffer.from('550 5.1.1 Empfänger unbekannt – ユーザー不明\r\n', 'utf8')),
      }),
    );
    const { result: r } = await probe(p, 'ghost@corpmail.test');
    expect(r.reply?.text).toBe('Empfänger unbekannt – ユーザー不明');
    expect(received(r)).toContain('550 5.1.1 Empfänger unbekannt – ユーザー不明');
  });
});

describe('hosts and addresses', () => {
  it('probes a scripted peer on [::1]', async () => {
    const p = await scripted({ ...postfixLike(), host: '::1' });
    const run = await runProbe('bob@corpmail.test', `[::1]:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result).toMatchObject({ verdict: 'accepted', host: `[::1]:${p.port}` });
  });

  it('moves on from a refused connection on the first MX to the second, which answers', async () => {
    const p = await scripted(postfixLike());
    loop.server.zone['twomx.test'] = [mx(10, 'mx1.twomx.test'), mx(20, 'mx2.twomx.test')];
    loop.server.zone['mx1.twomx.test'] = [a('127.0.0.3')];
    loop.server.zone['mx2.twomx.test'] = [a('127.0.0.1')];
    const run = await runProbe('bob@twomx.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: p.port }),
    });
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.host).toBe(`mx2.twomx.test [127.0.0.1]:${p.port}`);
    // The backup took the mail: the dead MX is a warning, and nothing in the answer is a failure.
    const dead = run.result.findings.find((f) => f.code === 'unreachable');
    expect(dead).toMatchObject({ severity: 'warn' });
    expect(dead?.message).toContain(`mx1.twomx.test [127.0.0.3]:${p.port}`);
    expect(dead?.message).toContain(`mx2.twomx.test [127.0.0.1]:${p.port} answered instead`);
    expect(run.result.findings.filter((f) => f.severity === 'fail')).toEqual([]);
    expect(run.result.findings.map((f) => f.code)).not.toContain('host-fallback');
  });

  it('warns (connection-lost) about an MX that hangs up mid-dialogue when the backup MX accepts', async () => {
    const second = await scripted(postfixLike());
    const first = await scripted({
      ...postfixLike({ MAIL: (io) => io.destroy() }),
      host: '127.0.0.5',
      port: second.port,
    });
    loop.server.zone['flaky.test'] = [mx(10, 'mx1.flaky.test'), mx(20, 'mx2.flaky.test')];
    loop.server.zone['mx1.flaky.test'] = [a('127.0.0.5')];
    loop.server.zone['mx2.flaky.test'] = [a('127.0.0.1')];
    const run = await runProbe('bob@flaky.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: second.port }),
    });
    expect(first.lines.map(verb)).toEqual(['EHLO', 'MAIL']);
    expect(run.result).toMatchObject({
      verdict: 'accepted',
      host: `mx2.flaky.test [127.0.0.1]:${second.port}`,
    });
    const lost = run.result.findings.find((f) => f.code === 'connection-lost');
    expect(lost).toMatchObject({ severity: 'warn' });
    expect(lost?.message).toContain('mx1.flaky.test');
    expect(run.result.findings.filter((f) => f.severity === 'fail')).toEqual([]);
  });

  it('still fails when every MX host is dead', async () => {
    const p = await scripted(postfixLike());
    const port = p.port;
    await p.close();
    loop.forget(p);
    loop.server.zone['alldead.test'] = [mx(10, 'mx1.alldead.test'), mx(20, 'mx2.alldead.test')];
    loop.server.zone['mx1.alldead.test'] = [a('127.0.0.3')];
    loop.server.zone['mx2.alldead.test'] = [a('127.0.0.1')];
    const run = await runProbe('bob@alldead.test', undefined, {
      dns: loop.dns,
      settings: settings({ port }),
    });
    expect(run.result.verdict).toBe('unreachable');
    expect(run.result.findings[0]).toMatchObject({ code: 'unreachable', severity: 'fail' });
    expect(run.result.findings[0]?.message).not.toContain('answered instead');
  });

  for (const [what, greeting] of [
    ['a 554 greeting', '554 5.7.1 mx1.fallback.test ESMTP not accepting connections from your IP\r\n'],
    ['a Gmail-style 421 greeting', '421 4.7.0 Try again later, closing connection.\r\n'],
  ] as const) {
    it(`skips the first MX on ${what} and asks the next, as Postfix does`, async () => {
      const second = await scripted(postfixLike());
      // Both MX hosts on the same port, on two loopback addresses.
      const first = await scripted({
        greet: (io) => {
          io.write(greeting);
          io.end();
        },
        host: '127.0.0.4',
        port: second.port,
      });
      loop.server.zone['fallback.test'] = [mx(10, 'mx1.fallback.test'), mx(20, 'mx2.fallback.test')];
      loop.server.zone['mx1.fallback.test'] = [a('127.0.0.4')];
      loop.server.zone['mx2.fallback.test'] = [a('127.0.0.1')];
      const run = await runProbe('bob@fallback.test', undefined, {
        dns: loop.dns,
        settings: settings({ port: second.port }),
      });
      expect(first.connections).toBe(1);
      expect(run.result).toMatchObject({
        verdict: 'accepted',
        host: `mx2.fallback.test [127.0.0.1]:${second.port}`,
      });
      const fallback = run.result.findings.find((f) => f.code === 'host-fallback');
      expect(fallback?.message).toContain(greeting.slice(0, 9));
      expectNeverData(second);
    });
  }

  it('says outbound port 25 is probably blocked when every MX times out on connect', async () => {
    const hole = await startBlackhole();
    try {
      loop.server.zone['blocked.test'] = [mx(10, 'mx1.blocked.test'), mx(20, 'mx2.blocked.test')];
      loop.server.zone['mx1.blocked.test'] = [a('127.0.0.1')];
      loop.server.zone['mx2.blocked.test'] = [a('127.0.0.1')];
      const run = await runProbe('bob@blocked.test', undefined, {
        dns: loop.dns,
        settings: settings({ port: hole.port, connectTimeoutMs: 200 }),
      });
      expect(run.result.verdict).toBe('unreachable');
      expect(run.attempts.map((x) => x.error?.kind)).toEqual(['connect-timeout', 'connect-timeout']);
      // The wording names port 25 only for port 25; here the port is the blackhole's.
      expect(JSON.stringify(run.result.findings)).toMatch(/did not answer|timed out/);
    } finally {
      hole.close();
    }
  });

  it('connects only to the public address of an MX that resolves to a public and a private one', async () => {
    // The public address is a fixture: the loopback-only test setup stops the connect before a packet leaves.
    loop.server.zone['split.test'] = [mx(10, 'mx.split.test')];
    loop.server.zone['mx.split.test'] = [a('10.1.2.3'), a('93.184.216.34')];
    const run = await runProbe('bob@split.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: 25, allowPrivate: false }),
    });
    expect(run.attempts.map((x) => x.ip)).toEqual(['93.184.216.34']);
    expect(run.refusals.map((x) => x.ip)).toEqual(['10.1.2.3']);
    const tried = run.result.transcript.filter((e) => e.text.startsWith('Trying')).map((e) => e.text);
    expect(tried).toEqual(['Trying 93.184.216.34:25...']);
    expect(run.result.verdict).toBe('unreachable');
  });

  it('connects only to permitted addresses of an MX that resolves to a private and a loopback address', async () => {
    const p = await scripted(postfixLike());
    loop.server.zone['mixed.test'] = [mx(10, 'mx.mixed.test')];
    loop.server.zone['mx.mixed.test'] = [a('10.0.0.1'), a('127.0.0.1'), aaaa('::ffff:127.0.0.1')];
    const run = await runProbe('bob@mixed.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: p.port, allowPrivate: false }),
    });
    expect(run.result.verdict).toBe('refused-by-policy');
    expect(p.connections).toBe(0);
    expect(run.refusals.map((x) => x.ip)).toEqual(expect.arrayContaining(['10.0.0.1', '127.0.0.1']));
  });
});

describe('the same dialogue as swaks', () => {
  const swaks = spawnSync('swaks', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!swaks)(
    'sends the very lines swaks --quit-after RCPT sends, then its catch-all RCPT, RSET and QUIT',
    async () => {
      const bySwaks = await scripted(postfixLike());
      const byProbe = await scripted(postfixLike());
      // Asynchronously: the peer answering swaks runs in this very process.
      await promisify(execFile)(
        'swaks',
        [
          '--to',
          'bob@corpmail.test',
          '--from',
          'probe@mailmedic.test',
          '--helo',
          'probe.mailmedic.test',
          '--server',
          `127.0.0.1:${bySwaks.port}`,
          '--quit-after',
          'RCPT',
        ],
        { timeout: 10_000 },
      );
      await probe(byProbe);
      const [ehlo, mail, rcpt, quit] = bySwaks.lines;
      expect(bySwaks.lines.map(verb)).toEqual(['EHLO', 'MAIL', 'RCPT', 'QUIT']);
      expect(byProbe.lines).toEqual([
        ehlo,
        mail,
        rcpt,
        expect.stringMatching(/^RCPT TO:<mailmedic-probe-/),
        'RSET',
        quit,
      ]);
    },
  );
});

describe('every step has a timeout', () => {
  // A server that goes silent at one step; the probe must end, with the verdict known so far.
  const steps: [string, 'banner' | string, string][] = [
    ['the banner', 'banner', 'timed-out'],
    ['EHLO', 'EHLO', 'timed-out'],
    ['STARTTLS', 'STARTTLS', 'timed-out'],
    // A handshake that never finishes is retried in plain text, which this server answers.
    ['the TLS handshake', 'HANDSHAKE', 'accepted'],
    ['MAIL', 'MAIL', 'timed-out'],
    ['RCPT', 'RCPT', 'timed-out'],
    ['RSET', 'RSET', 'accepted'],
    ['QUIT', 'QUIT', 'accepted'],
  ];
  for (const [what, at, verdict] of steps) {
    it(`ends with "${verdict}" when the server goes silent at ${what}`, async () => {
      let rcpts = 0;
      const base = postfixLike({
        EHLO: (io) => io.write('250-mx.corpmail.test\r\n250 STARTTLS\r\n'),
        STARTTLS: (io) => {
          if (at === 'STARTTLS') return;
          if (at !== 'HANDSHAKE') return io.write('454 4.7.0 TLS not available due to local problem\r\n');
          io.stopReading();
          io.write('220 2.0.0 Ready to start TLS\r\n');
        },
        RCPT: (io) => {
          rcpts++;
          io.write(rcpts === 1 ? '250 2.1.5 Ok\r\n' : '550 5.1.1 User unknown\r\n');
        },
      });
      const p = await scripted({
        greet: (io) => (at === 'banner' ? undefined : base.greet(io)),
        line: (line, io) => (verb(line) === at ? undefined : base.line?.(line, io)),
      });
      const { result: r } = await probe(p, 'bob@corpmail.test', { stepTimeoutMs: 200, deadlineMs: 5000 });
      expect(r.verdict).toBe(verdict);
      if (verdict === 'timed-out') {
        expect(r.findings[0]).toMatchObject({ code: 'step-timeout', severity: 'warn' });
        expect(r.findings[0]?.message).toContain('within 200 ms');
        expect(r.findings.filter((f) => f.severity === 'fail')).toEqual([]);
      }
      if (at === 'HANDSHAKE')
        expect(JSON.stringify(r.transcript)).toContain('the TLS handshake did not finish');
    });
  }

  it('ends at the total deadline when a tarpit answers every step just inside the step timeout', async () => {
    const p = await scripted(
      postfixLike({
        MAIL: async (io) => {
          await io.wait(250);
          io.write('250 2.1.0 Ok\r\n');
        },
        RCPT: async (io) => {
          await io.wait(250);
          io.write('250 2.1.5 Ok\r\n');
        },
      }),
    );
    const { result: r } = await probe(p, 'bob@corpmail.test', { stepTimeoutMs: 400, deadlineMs: 350 });
    // The server answers, slowly: the probe's patience ran out, not the server.
    expect(r.verdict).toBe('timed-out');
    expect(r.findings[0]?.code).toBe('step-timeout');
    expect(r.findings[0]?.message).toContain("before the probe's whole deadline ran out");
    expect(JSON.stringify(r.transcript)).toContain('ran out of time');
  });
});
