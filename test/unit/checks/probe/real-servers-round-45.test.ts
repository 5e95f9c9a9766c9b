import { TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { probeHeadline } from '../../../../src/checks/probe/probe-report.js';
import { type ProbeRun, runProbe } from '../../../../src/checks/probe/run-probe.js';
import type { ProbeSettings } from '../../../../src/checks/probe/types.js';
import { a, aaaa, mx } from '../../helpers/dns-server.js';
import { certValidBetween } from './certs-45.js';
import { probeLoopback, settings } from './loopback-setup.js';
import { type SmtpPeer, selfSignedCert, smtpError, startSmtpPeer } from './peers.js';
import {
  commandServer,
  type PeerIo,
  type Script,
  type ScriptedPeer,
  startScriptedPeer,
  verb,
} from './scripted-peer.js';

/**
 * Round 45 held-out cases for /probe: a second round of scripted loopback peers replaying what real
 * receivers do, on what rounds 35 and the first real-servers file left out: greetings that name a
 * blocklist (Spamhaus, Barracuda) and what that says (and does not say) about the target, "554 No SMTP
 * service here" without a status, a banner then an immediate close, a banner cut off mid-reply, a postscreen
 * that drops early talkers, EHLO refused and the HELO fallback as the answer shows it, "421 too many
 * connections", certificates that are self-signed, expired or for another name (strict MTA-STS sender vs
 * opportunistic one), a TLS 1.0-only server, STARTTLS answered 454 or 502, Exchange's "530 5.7.57 not
 * authenticated", a 252 at RCPT, refusals of every RCPT including postmaster, greylisting texts of other
 * greylisters, NUL bytes, a 2 KB banner, bare LF throughout, SSH/HTTP/POP3 on port 25, the step that timed
 * out named in the answer, MX and address fallback over IPv4 and ::1, and the target policy on more ranges.
 * Written before any source change.
 *
 * Measured as written (before any source change): 32 of 52 right. One miss was the case's own fault: the
 * smtp-server peer of the three certificate cases accepted every recipient, so they ended catch-all, not
 * accepted (the peer now refuses all but bob@; the self-signed case then passed). The misses:
 *  - 554 greetings naming Spamhaus and Barracuda: right verdict (rejected, blocked, probe IP), but no word that
 *    the address and the domain's mail from other senders are not judged by it, nor what to try.
 *  - a "220-" banner line then a hang-up: headlined "no mail host could be talked to".
 *  - Exchange's "421 4.3.2 The maximum number of concurrent connections has exceeded a limit": read as
 *    "service not available (busy, restarting...)", not as too many connections.
 *  - EHLO refused (502 and 500) and HELO used: the answer never said so ("announces none of the usual
 *    extensions").
 *  - an expired certificate ("expired on ... Renew it.") and one for another name ("senders that verify
 *    names (MTA-STS) refuse it"): no contrast of strict (MTA-STS enforce, DANE) and opportunistic senders.
 *  - a TLS 1.0-only server: only OpenSSL's "tlsv1 alert protocol version", no words on what it means.
 *  - STARTTLS answered 454 or 502: "Mail to it travels unencrypted", nothing on MTA-STS/DANE senders.
 *  - RCPT 252 "Cannot VRFY user": "the mailbox exists, as far as SMTP can tell before DATA".
 *  - every RCPT refused: postmaster@ is never asked, so "no such user" stands alone (it.fails, below).
 *  - a domain probe whose postmaster@ is refused: no word of RFC 5321 §4.5.1.
 *  - SSH, HTTP and POP3 answering on port 25: "does not speak SMTP as expected" quoting the line, never naming
 *    the service or what to check.
 *  - no answer to MAIL or RCPT: the finding named "MAIL FROM"/"RCPT TO", the headline "to MAIL"/"to RCPT".
 * Also seen while measuring (case passed, answer poor; tightened since): Exchange's "530 5.7.57 Client was not
 * authenticated" headlined "your outgoing server requires you to log in".
 * After the fixes: 51 of 52, the postmaster@ callout staying it.fails (it changes the dialogue another test
 * file pins). Added after measuring: 4 cases on refusals of the probe IP at later steps and an IMAP banner; 3
 * passed at once, the 450 "blocked using" soft bounce lacked the not-judged sentence (now given for deferrals
 * of the probe IP too): 55 of 56. The lead then made the probe ask postmaster@ after a refusal for good
 * (the dialogue probe.test.ts pins changed with it): 56 of 56.
 */

const loop = probeLoopback();

/** A plain server; the known users are bob@ and postmaster@. */
const server = (
  answers: Parameters<typeof commandServer>[1] = {},
  banner?: Parameters<typeof commandServer>[2],
): Script =>
  commandServer(
    {
      known: /<(bob|postmaster)@/i,
      unknown: '550 5.1.1 <x>: Recipient address rejected: User unknown in virtual mailbox table\r\n',
    },
    answers,
    banner,
  );

async function scripted(script: Script): Promise<ScriptedPeer> {
  return loop.keep(await startScriptedPeer(script));
}

/** smtp-server with STARTTLS; only bob@ is a known user. */
async function smtpPeer(o: Parameters<typeof startSmtpPeer>[0]): Promise<SmtpPeer> {
  return loop.keep(
    await startSmtpPeer({
      onRcpt: (address) =>
        address.startsWith('bob@')
          ? null
          : smtpError(550, '5.1.1 <x>: Recipient address rejected: User unknown'),
      ...o,
    }),
  );
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

/** Probes a domain through the loopback DNS, every MX host on `port`. */
async function probeDomain(
  target: string,
  port: number,
  over: Partial<ProbeSettings> = {},
): Promise<ProbeRun> {
  const started = Date.now();
  const run = await runProbe(target, undefined, { dns: loop.dns, settings: settings({ port, ...over }) });
  expect(Date.now() - started).toBeLessThan((over.deadlineMs ?? 10_000) + 5000);
  return run;
}

function neverData(p: { lines: string[] }) {
  const verbs = p.lines.map(verb);
  expect(verbs).not.toContain('DATA');
  expect(verbs).not.toContain('BDAT');
}

const codes = (run: ProbeRun) => run.result.findings.map((f) => f.code);
const finding = (run: ProbeRun, code: string) => run.result.findings.find((f) => f.code === code);
const said = (run: ProbeRun) => [probeHeadline(run), ...run.result.findings.map((f) => f.message)].join('\n');
const fails = (run: ProbeRun) => run.result.findings.filter((f) => f.severity === 'fail').map((f) => f.code);

/** An answer that says the address itself was not judged. */
const NOT_JUDGED = /says nothing about (the address|<bob@corpmail\.test>)|never (got to )?ask(ed)? about/i;

describe('greetings that name a blocklist', () => {
  const spamhaus =
    '554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1';
  const barracuda =
    '554 Service unavailable; Client host [127.0.0.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=127.0.0.1';

  for (const [who, text] of [
    ['Spamhaus', spamhaus],
    ['Barracuda', barracuda],
  ] as const) {
    it(`reads a 554 greeting naming ${who} as the probe IP being refused, and says the address was not judged`, async () => {
      const p = await scripted({
        greet: (io) => {
          io.write(`${text}\r\n`);
        },
        line: (line, io) => {
          if (verb(line) === 'QUIT') {
            io.write('221 2.0.0 Bye\r\n');
            io.end();
          } else io.write('503 5.5.1 Error: no SMTP service\r\n');
        },
      });
      const run = await probe(p);
      expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'blocked', reply: { code: 554 } });
      expect(codes(run)).toContain('banner-refused');
      expect(run.result.record?.side).toBe('sender');
      // Nothing but QUIT was sent: the server refused before any command.
      expect(p.lines.map(verb)).toEqual(['QUIT']);
      const headline = probeHeadline(run);
      expect(headline).toContain('probe IP');
      expect(headline).toMatch(/blocklist/i);
      expect(said(run)).not.toMatch(/no such user|does not exist|mailbox/i);
      // The target's mail is not judged: the refusal is of the IP the probe ran from.
      expect(said(run)).toMatch(NOT_JUDGED);
      // What to try: check the IP, or probe from somewhere else.
      expect(said(run)).toMatch(/\/blacklist|another (IP|network|host)|from a (different|clean)/i);
    });
  }

  it('answers from the second MX when the first refuses the probe IP in its greeting, and says why the first did', async () => {
    const first = await scripted(server({}, `${spamhaus}\r\n`));
    const second = await scripted({ ...server(), host: '127.0.0.2', port: first.port });
    loop.server.zone['blgreet.test'] = [mx(10, 'mx1.blgreet.test'), mx(20, 'mx2.blgreet.test')];
    loop.server.zone['mx1.blgreet.test'] = [a('127.0.0.1')];
    loop.server.zone['mx2.blgreet.test'] = [a('127.0.0.2')];
    const run = await probeDomain('bob@blgreet.test', first.port);
    neverData(first);
    neverData(second);
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.host).toBe(`mx2.blgreet.test [127.0.0.2]:${first.port}`);
    const fallback = finding(run, 'host-fallback');
    expect(fallback?.message).toContain('mx1.blgreet.test');
    expect(fallback?.message).toContain('zen.spamhaus.org');
    expect(fails(run)).toEqual([]);
  });
});

describe('greetings that refuse or break off', () => {
  it('reads "554 No SMTP service here" (no enhanced code) as a host that takes no mail, not a block of the probe', async () => {
    const p = await scripted(server({}, '554 No SMTP service here\r\n'));
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    expect(codes(run)).toContain('banner-refused');
    expect(run.result.reason).not.toBe('userunknown');
    expect(probeHeadline(run)).not.toMatch(/no such user|probe IP|blocklist/i);
    expect(p.lines.map(verb)).toEqual(['QUIT']);
  });

  it('says the host closed the connection right after its banner, before any answer about the address', async () => {
    const p = await scripted({
      greet: (io) => {
        io.write('220 mx.corpmail.test ESMTP\r\n');
        io.end();
      },
    });
    const run = await probe(p);
    expect(run.result.verdict).toBe('unreachable');
    expect(codes(run)).toContain('connection-lost');
    expect(probeHeadline(run)).toContain(`127.0.0.1:${p.port}`);
    expect(probeHeadline(run)).toMatch(/closed the connection after (the|its) banner/);
    expect(said(run)).not.toMatch(/no such user|rejected|blocked/i);
  });

  it('says the host closed the connection before its banner was complete (a "220-" line, then a hang-up)', async () => {
    const p = await scripted({
      greet: (io) => {
        io.write('220-mx.corpmail.test ESMTP\r\n');
        io.end();
      },
    });
    const run = await probe(p);
    expect(run.result.verdict).toBe('unreachable');
    expect(p.lines).toEqual([]);
    // One host answered the connection: say what it did, not "no mail host could be talked to".
    expect(probeHeadline(run)).toContain(`127.0.0.1:${p.port}`);
    expect(probeHeadline(run)).toMatch(/closed the connection before (its|the) banner/);
  });

  it('waits through a three-line postscreen banner spread over 1.2 s, so a postscreen that drops early talkers lets it in', async () => {
    const p = await scripted(
      server({}, async (io) => {
        io.write('220-mx.corpmail.test ESMTP Postfix\r\n');
        await io.wait(600);
        io.write('220-Unsolicited mail prohibited\r\n');
        await io.wait(600);
        io.write('220 mx.corpmail.test ESMTP Postfix\r\n');
      }),
    );
    const run = await probe(p);
    expect(p.early).toEqual([]);
    expect(run.result).toMatchObject({ verdict: 'accepted', catchAll: false });
    expect(fails(run)).toEqual([]);
  });

  for (const [what, text] of [
    ['Postfix', '421 4.7.0 mx.corpmail.test Error: too many connections from 127.0.0.1'],
    [
      'Exchange',
      '421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel',
    ],
  ] as const) {
    it(`reads ${what}'s "${text.slice(0, 40)}..." greeting as deferred: too many connections from the probe's IP`, async () => {
      const p = await scripted({
        greet: (io) => {
          io.write(`${text}\r\n`);
          io.end();
        },
      });
      const run = await probe(p);
      expect(run.result).toMatchObject({ verdict: 'deferred', reply: { code: 421 } });
      expect(run.result.reason).not.toBe('blocked');
      const headline = probeHeadline(run);
      expect(headline).toMatch(/too many (concurrent )?connections/i);
      expect(headline).not.toMatch(/internal problem|no such user|blocklist/i);
      expect(said(run)).toMatch(/again/);
    });
  }
});

describe('EHLO refused and the HELO fallback', () => {
  for (const [code, reply] of [
    ['502', '502 5.5.2 Error: command not recognized\r\n'],
    ['500', '500-Syntax error, command unrecognized\r\n500 EHLO not supported\r\n'],
  ] as const) {
    it(`goes on with HELO after EHLO is answered ${code}, and says the host speaks only plain SMTP (no STARTTLS)`, async () => {
      const p = await scripted(server({ EHLO: (io) => io.write(reply) }));
      const run = await probe(p);
      expect(p.lines.map(verb)).toEqual(['EHLO', 'HELO', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
      expect(run.result).toMatchObject({ verdict: 'accepted', catchAll: false });
      // The answer says EHLO was refused and HELO used, so no extension (STARTTLS among them) could be offered.
      expect(said(run)).toMatch(/HELO/);
      expect(said(run)).toMatch(/EHLO[^.]*(refused|not (supported|understood))|refused EHLO/i);
      expect(codes(run)).not.toContain('helo-rejected');
    });
  }
});

describe('certificates and TLS handshakes', () => {
  /** Findings that speak of a strict sender (MTA-STS enforce) and of an opportunistic one. */
  const STRICT = /MTA-STS/;
  const OPPORTUNISTIC = /opportunistic|most (other )?senders|other senders/i;

  it('reports a self-signed certificate as a warning with strict vs opportunistic senders, accepted, never tls-failed', async () => {
    const p = await smtpPeer({ tls: selfSignedCert('mx.selfsigned.test') });
    loop.server.zone['selfsigned.test'] = [mx(10, 'mx.selfsigned.test')];
    loop.server.zone['mx.selfsigned.test'] = [a('127.0.0.1')];
    const run = await probeDomain('bob@selfsigned.test', p.port);
    expect(p.commands).not.toContain('DATA-RECEIVED');
    expect(p.commands).toContain('STARTTLS');
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.tls?.selfSigned).toBe(true);
    const f = finding(run, 'cert-self-signed');
    expect(f?.severity).toBe('warn');
    expect(f?.message).toMatch(STRICT);
    expect(f?.message).toMatch(OPPORTUNISTIC);
    expect(probeHeadline(run)).not.toMatch(/fail/i);
  });

  it('reports an expired certificate: a strict MTA-STS sender refuses the host, an opportunistic one still delivers', async () => {
    const p = await smtpPeer({
      tls: certValidBetween('mx.expired.test', '20250101000000Z', '20250401000000Z'),
    });
    loop.server.zone['expired.test'] = [mx(10, 'mx.expired.test')];
    loop.server.zone['mx.expired.test'] = [a('127.0.0.1')];
    const run = await probeDomain('bob@expired.test', p.port);
    expect(p.commands).not.toContain('DATA-RECEIVED');
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.tls?.daysLeft).toBeLessThan(0);
    const f = finding(run, 'cert-expired');
    expect(f?.severity).toBe('fail');
    expect(f?.message).toContain('2025-04-01');
    expect(f?.message).toMatch(STRICT);
    expect(f?.message).toMatch(OPPORTUNISTIC);
    expect(probeHeadline(run)).toContain('accepted by');
  });

  it('reports a certificate for another name: strict senders refuse, opportunistic ones deliver encrypted', async () => {
    const p = await smtpPeer({ tls: selfSignedCert('other.example.net') });
    loop.server.zone['wrongname.test'] = [mx(10, 'mx.wrongname.test')];
    loop.server.zone['mx.wrongname.test'] = [a('127.0.0.1')];
    const run = await probeDomain('bob@wrongname.test', p.port);
    expect(run.result.verdict).toBe('accepted');
    const f = finding(run, 'cert-name-mismatch');
    expect(f?.message).toContain('mx.wrongname.test');
    expect(f?.message).toContain('other.example.net');
    expect(f?.message).toMatch(STRICT);
    expect(f?.message).toMatch(OPPORTUNISTIC);
  });

  /** A server whose STARTTLS leads to a TLS 1.0-only handshake (an old Exchange or appliance). */
  function tls10Server(
    extra: Record<string, (io: PeerIo, line: string) => Promise<void> | void> = {},
  ): Script {
    const cert = selfSignedCert('mx.corpmail.test');
    return server({
      EHLO: (io) => io.write('250-mx.corpmail.test\r\n250-STARTTLS\r\n250 8BITMIME\r\n'),
      STARTTLS: (io) => {
        io.stopReading();
        io.write('220 2.0.0 Ready to start TLS\r\n');
        const secure = new TLSSocket(io.socket, {
          isServer: true,
          key: cert.key,
          cert: cert.cert,
          minVersion: 'TLSv1',
          maxVersion: 'TLSv1',
          ciphers: 'DEFAULT@SECLEVEL=0',
        });
        secure.on('error', () => io.destroy());
      },
      ...extra,
    });
  }

  it('says in words that a TLS 1.0-only server shares no TLS version with the probe, and retries in plain text', async () => {
    const p = await scripted(tls10Server());
    const run = await probe(p);
    expect(p.connections).toBe(2);
    expect(run.result.verdict).toBe('accepted');
    expect(probeHeadline(run)).toContain('in plain text (its TLS handshake failed)');
    const f = finding(run, 'tls-failed');
    expect(f?.severity).toBe('fail');
    expect(f?.message).toMatch(/TLS (1\.0|version)|protocol version|too old/i);
    // Plain words, not only OpenSSL's "tlsv1 alert protocol version".
    expect(f?.message).toMatch(/TLS 1\.2|older TLS|old TLS|outdated/i);
    expect(f?.message).toMatch(/MTA-STS/);
  });

  it('keeps tls-failed when the TLS 1.0-only server then requires STARTTLS before MAIL in plain text (530)', async () => {
    const p = await scripted(
      tls10Server({ MAIL: (io) => io.write('530 5.7.0 Must issue a STARTTLS command first\r\n') }),
    );
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'tls-failed', reply: { code: 530 } });
    expect(probeHeadline(run)).toContain('requires TLS but TLS could not be started');
    expect(finding(run, 'tls-failed')?.message).toContain('refuses plain text too');
    expect(said(run)).not.toMatch(/no such user|probe IP/i);
  });

  for (const [code, reply] of [
    ['454', '454 4.7.0 TLS not available due to local problem'],
    ['502', '502 5.5.1 STARTTLS command not implemented'],
  ] as const) {
    it(`says STARTTLS answered ${code} leaves mail unencrypted and undeliverable for strict senders, verdict unaffected`, async () => {
      const p = await scripted(
        server({
          EHLO: (io) => io.write('250-mx.corpmail.test\r\n250-STARTTLS\r\n250 8BITMIME\r\n'),
          STARTTLS: (io) => io.write(`${reply}\r\n`),
        }),
      );
      const run = await probe(p);
      expect(run.result.verdict).toBe('accepted');
      const f = finding(run, 'starttls-refused');
      expect(f?.severity).toBe('warn');
      expect(f?.message).toContain(code);
      expect(f?.message).toMatch(/unencrypted/);
      expect(f?.message).toMatch(STRICT);
      expect(probeHeadline(run)).not.toMatch(/fail/i);
    });
  }
});

describe('MAIL FROM refusals that are not about the sender address', () => {
  it('reads Exchange\'s "530 5.7.57 Client was not authenticated" as a host that wants a login, not a bad sender', async () => {
    const p = await scripted(
      server({
        MAIL: (io) =>
          io.write(
            '530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM\r\n',
          ),
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    expect(run.result.verdict).not.toBe('tls-failed');
    expect(said(run)).toMatch(/authenticat/i);
    expect(probeHeadline(run)).not.toMatch(/sender address \(MAIL FROM\) was refused|no such user/i);
    // Tightened after measuring: the probe has no "outgoing server"; the host wants a login, as a submission
    // server does, and is not acting as an MX.
    expect(probeHeadline(run)).not.toContain('your outgoing server');
    expect(probeHeadline(run)).toMatch(/login \(SMTP AUTH\)/);
  });
});

describe('RCPT answers', () => {
  it('does not claim a 252 "cannot verify" acceptance proves the mailbox exists', async () => {
    const p = await scripted(
      server({
        RCPT: (io, line) =>
          io.write(
            line.includes('<bob@')
              ? '252 2.1.5 Cannot VRFY user, but will accept message and attempt delivery\r\n'
              : '550 5.1.1 User unknown\r\n',
          ),
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.reply?.code).toBe(252);
    const text = said(run);
    expect(text).not.toMatch(/the mailbox exists/i);
    expect(text).toMatch(/252|cannot verify|could not verify|without verifying/i);
    expect(finding(run, 'rcpt-accepted')?.message).toMatch(/verif/i);
  });

  // Stays failing: telling "no such user" from "refuses every recipient" needs one more RCPT (postmaster@)
  // after a refusal, and test/unit/checks/probe/probe.test.ts (not this round's file) pins the dialogue after a
  // 550 to EHLO, MAIL, RCPT, QUIT. Changing the dialogue is the lead's call: see the report.
  it('asks postmaster@ too when every RCPT is refused, and says the server refuses even postmaster (RFC 5321)', async () => {
    const p = await scripted(
      server({ RCPT: (io) => io.write('550 5.1.1 <x>: Recipient address rejected: User unknown\r\n') }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    const rcpts = p.lines.filter((l) => verb(l) === 'RCPT');
    expect(rcpts).toContain('RCPT TO:<postmaster@corpmail.test>');
    const text = said(run);
    expect(text).toMatch(/postmaster/);
    expect(text).toMatch(/RFC 5321/);
    // The server refuses the whole domain (or the probe): "no such user" alone would mislead.
    expect(text).toMatch(/every (address|recipient)|even postmaster|postmaster@corpmail\.test too/i);
  });

  it('keeps a plain "no such user" when postmaster@ is accepted (the server does take mail for the domain)', async () => {
    const p = await scripted(server());
    const run = await probe(p, 'ghost@corpmail.test');
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'userunknown' });
    expect(probeHeadline(run)).toContain('no such user');
    expect(said(run)).not.toMatch(/even postmaster|refuses postmaster/i);
  });

  it('says a domain whose postmaster@ is refused breaks RFC 5321, when the domain itself is probed', async () => {
    const p = await scripted(
      server({ RCPT: (io) => io.write('550 5.1.1 <postmaster@corpmail.test>: User unknown\r\n') }),
    );
    const run = await probe(p, 'corpmail.test');
    expect(p.lines.filter((l) => verb(l) === 'RCPT')[0]).toBe('RCPT TO:<postmaster@corpmail.test>');
    expect(run.result.verdict).toBe('rejected');
    expect(said(run)).toMatch(/RFC 5321/);
    expect(said(run)).toMatch(/postmaster/);
  });

  it('calls a random local part accepted with 250 a catch-all, never "the mailbox exists"', async () => {
    const p = await scripted(server({ RCPT: (io) => io.write('250 2.1.5 Recipient OK\r\n') }));
    const run = await probe(p, 'ghost@corpmail.test');
    expect(run.result).toMatchObject({ verdict: 'catch-all', catchAll: true });
    const rcpts = p.lines.filter((l) => verb(l) === 'RCPT');
    expect(rcpts).toHaveLength(2);
    expect(rcpts[1]).toMatch(/^RCPT TO:<[^@>]+@corpmail\.test>$/);
    expect(said(run).replace(/whether the mailbox exists/g, '')).not.toMatch(/mailbox exists|is valid/i);
  });

  for (const text of [
    '451 4.7.1 Greylisting in action, please come back in 00:05:00',
    '450 4.7.1 Greylisted for 5 minutes (3)',
    '451 4.7.1 Try again later',
  ]) {
    it(`reads "${text}" at RCPT as greylisting, deferred, with when to try again`, async () => {
      const p = await scripted(server({ RCPT: (io) => io.write(`${text}\r\n`) }));
      const run = await probe(p);
      expect(run.result.verdict).toBe('deferred');
      expect(run.result.reason).not.toBe('blocked');
      const headline = probeHeadline(run);
      expect(headline).toContain('deferred (greylisting)');
      expect(headline).not.toMatch(/blocked|internal problem|no such user/i);
      expect(finding(run, 'deferred')?.message).toMatch(/again in \d+ to \d+ minutes/);
      expect(p.lines.map(verb)).toEqual(['EHLO', 'MAIL', 'RCPT', 'QUIT']);
    });
  }
});

describe('the bytes of replies', () => {
  it('reads a refusal with NUL bytes in it, and never passes the NULs on', async () => {
    const p = await scripted(
      server({ RCPT: (io) => io.write('550 5.1.1 <ghost@corpmail.test>: User\0 unknown\0\r\n') }),
    );
    const run = await probe(p, 'ghost@corpmail.test');
    expect(run.result).toMatchObject({
      verdict: 'rejected',
      reason: 'userunknown',
      reply: { status: '5.1.1' },
    });
    expect(JSON.stringify(run.result)).not.toContain('\\u0000');
  });

  it('reads a 2 KB banner line and goes on', async () => {
    const p = await scripted(server({}, `220 mx.corpmail.test ESMTP ${'z'.repeat(2048)}\r\n`));
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'accepted', catchAll: false });
  });

  it('reads a server that ends every line with a bare LF, multi-line EHLO included', async () => {
    const p = await scripted({
      greet: (io) => io.write('220 mx.corpmail.test ESMTP\n'),
      line: (line, io) => {
        const v = verb(line);
        if (v === 'EHLO') return io.write('250-mx.corpmail.test\n250-SIZE 1000000\n250 8BITMIME\n');
        if (v === 'RCPT')
          return io.write(line.includes('<bob@') ? '250 2.1.5 Ok\n' : '550 5.1.1 User unknown\n');
        if (v === 'QUIT') {
          io.write('221 Bye\n');
          return io.end();
        }
        io.write('250 Ok\n');
      },
    });
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'accepted', catchAll: false });
  });
});

describe('not SMTP on port 25', () => {
  for (const [what, banner, word] of [
    ['an SSH server', 'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5\r\n', /SSH/],
    [
      'a web server',
      'HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>400 Bad Request</body></html>\r\n',
      /HTTP|web server/,
    ],
    ['a POP3 server', '+OK Dovecot ready.\r\n', /POP3/],
  ] as const) {
    it(`says ${what} answered instead of a mail server`, async () => {
      const p = await scripted({ greet: (io) => io.write(banner) });
      const run = await probe(p);
      expect(['accepted', 'catch-all', 'rejected', 'deferred']).not.toContain(run.result.verdict);
      expect(codes(run)).toContain('protocol-error');
      const headline = probeHeadline(run);
      expect(headline).toContain(`127.0.0.1:${p.port}`);
      expect(headline).toMatch(word);
      // Names the service in words, and what to check (the port or the MX record).
      expect(said(run)).toMatch(new RegExp(`${what.replace('an ', '').replace('a ', '')}`, 'i'));
      expect(said(run)).toMatch(/port|MX record|forward/i);
    });
  }

  it('reports a peer that never greets (an HTTP server waiting for a request) as timed out at the banner', async () => {
    const p = await scripted({ greet: () => {} });
    const run = await probe(p, 'bob@corpmail.test', { stepTimeoutMs: 1000, deadlineMs: 6000 });
    expect(run.result.verdict).toBe('timed-out');
    expect(probeHeadline(run)).toContain('to its banner');
    expect(p.lines).toEqual([]);
  });
});

describe('the step that timed out is named', () => {
  for (const [step, words] of [
    ['EHLO', /to EHLO/],
    ['MAIL', /to MAIL FROM/],
    ['RCPT', /to RCPT TO/],
  ] as const) {
    it(`names ${step} when the server never answers it, in the headline and the finding, within bounds`, async () => {
      const p = await scripted(server({ [step]: () => {} }));
      const started = Date.now();
      const run = await probe(p, 'bob@corpmail.test', { stepTimeoutMs: 1000, deadlineMs: 6000 });
      expect(Date.now() - started).toBeLessThan(6000 + 3000);
      expect(run.result.verdict).toBe('timed-out');
      expect(probeHeadline(run)).toMatch(words);
      expect(finding(run, 'step-timeout')?.message).toMatch(words);
      expect(fails(run)).toEqual([]);
    });
  }

  it('keeps the acceptance when only the random address goes unanswered, and says catch-all is unknown', async () => {
    let n = 0;
    const p = await scripted(
      server({
        RCPT: (io) => {
          n++;
          if (n === 1) io.write('250 2.1.5 Ok\r\n');
        },
      }),
    );
    const run = await probe(p, 'bob@corpmail.test', { stepTimeoutMs: 1000, deadlineMs: 6000 });
    expect(run.result).toMatchObject({ verdict: 'accepted', catchAll: null });
    expect(finding(run, 'rcpt-accepted')?.message).toMatch(/unknown/);
  });
});

describe('MX and address fallback, IPv4 and ::1', () => {
  it('moves from an MX whose IPv4 address refuses the connection to the next MX on ::1', async () => {
    const p = await scripted({ ...server(), host: '::1' });
    loop.server.zone['mixed.test'] = [mx(10, 'mx1.mixed.test'), mx(20, 'mx2.mixed.test')];
    loop.server.zone['mx1.mixed.test'] = [a('127.0.0.3')];
    loop.server.zone['mx2.mixed.test'] = [aaaa('::1')];
    const run = await probeDomain('bob@mixed.test', p.port);
    neverData(p);
    expect(run.result).toMatchObject({ verdict: 'accepted', host: `mx2.mixed.test [::1]:${p.port}` });
    const dead = finding(run, 'unreachable');
    expect(dead?.severity).toBe('warn');
    expect(dead?.message).toContain('refused the connection');
    expect(fails(run)).toEqual([]);
  });

  it("tries a host's IPv6 address when its IPv4 address refuses the connection", async () => {
    const p = await scripted({ ...server(), host: '::1' });
    loop.server.zone['dual.test'] = [mx(10, 'mx.dual.test')];
    loop.server.zone['mx.dual.test'] = [a('127.0.0.3'), aaaa('::1')];
    const run = await probeDomain('bob@dual.test', p.port);
    expect(run.result).toMatchObject({ verdict: 'accepted', host: `mx.dual.test [::1]:${p.port}` });
    expect(finding(run, 'unreachable')?.message).toContain('127.0.0.3');
  });

  it('ends with every MX refusing the connection as unreachable, naming each host', async () => {
    loop.server.zone['alldead.test'] = [mx(10, 'mx1.alldead.test'), mx(20, 'mx2.alldead.test')];
    loop.server.zone['mx1.alldead.test'] = [a('127.0.0.3')];
    loop.server.zone['mx2.alldead.test'] = [aaaa('::1')];
    // A port nothing listens on, on either address: a peer opened and closed.
    const gone = await startScriptedPeer(server());
    await gone.close();
    const run = await probeDomain('bob@alldead.test', gone.port);
    expect(run.result.verdict).toBe('unreachable');
    const text = said(run);
    expect(text).toContain('mx1.alldead.test');
    expect(text).toContain('mx2.alldead.test');
    expect(text).not.toMatch(/port 25 is probably blocked/);
  });
});

describe('target policy after resolution', () => {
  const cases: [string, 'A' | 'AAAA', string, RegExp][] = [
    ['carrier-grade NAT 100.64/10', 'A', '100.64.0.25', /carrier-grade NAT|shared/],
    ['benchmarking 198.18/15', 'A', '198.18.0.25', /reserved/],
    ['IETF protocol assignments 192.0.0/24', 'A', '192.0.0.8', /reserved/],
    ['the metadata service 169.254.169.254', 'A', '169.254.169.254', /link-local/],
    ['6to4 of loopback', 'AAAA', '2002:7f00:1::1', /loopback/],
    ['NAT64 of the metadata service', 'AAAA', '64:ff9b::a9fe:a9fe', /link-local/],
    ['deprecated site-local fec0::/10', 'AAAA', 'fec0::25', /reserved|private|site-local/],
    ['documentation 2001:db8::/32', 'AAAA', '2001:db8::25', /reserved|documentation/],
    ['discard-only 100::/64', 'AAAA', '100::25', /reserved|discard/],
  ];
  for (const [what, type, ip, words] of cases) {
    it(`refuses an MX that resolves to ${what} (${ip}), says why and how to allow it, and never connects`, async () => {
      const tag = ip.replace(/[^0-9a-f]/gi, 'x');
      const domain = `${type.toLowerCase()}-${tag}.policy45.test`;
      loop.server.zone[domain] = [mx(10, `mx.${domain}`)];
      loop.server.zone[`mx.${domain}`] = [type === 'A' ? a(ip) : aaaa(ip)];
      const run = await runProbe(`bob@${domain}`, undefined, {
        dns: loop.dns,
        settings: settings({ allowPrivate: false, port: 9 }),
      });
      expect(run.result.verdict).toBe('refused-by-policy');
      expect(run.attempts).toEqual([]);
      const f = run.result.findings[0];
      expect(f).toMatchObject({ code: 'target-refused', severity: 'fail' });
      expect(f?.message).toMatch(words);
      expect(f?.message).toContain('MAILMEDIC_ALLOW_PRIVATE');
      expect(probeHeadline(run)).toContain('not probed');
      expect(probeHeadline(run)).not.toMatch(/unreachable|failed|rejected/i);
    });
  }

  it('refuses an MX record whose target is the IP literal 127.0.0.1 (not a host name), without connecting', async () => {
    const p = await scripted(server());
    loop.server.zone['literal.policy45.test'] = [mx(10, '127.0.0.1')];
    const run = await runProbe('bob@literal.policy45.test', undefined, {
      dns: loop.dns,
      settings: settings({ allowPrivate: false, port: p.port }),
    });
    expect(p.connections).toBe(0);
    expect(['accepted', 'catch-all', 'rejected', 'deferred']).not.toContain(run.result.verdict);
  });

  it('refuses both a private and a loopback MX by default, naming each, and never connects', async () => {
    const p = await scripted(server());
    loop.server.zone['half.policy45.test'] = [
      mx(10, 'mx1.half.policy45.test'),
      mx(20, 'mx2.half.policy45.test'),
    ];
    loop.server.zone['mx1.half.policy45.test'] = [a('10.20.30.40')];
    loop.server.zone['mx2.half.policy45.test'] = [a('127.0.0.1')];
    const run = await runProbe('bob@half.policy45.test', undefined, {
      dns: loop.dns,
      settings: settings({ allowPrivate: false, port: p.port }),
    });
    expect(p.connections).toBe(0);
    expect(run.result.verdict).toBe('refused-by-policy');
    expect(run.result.findings.map((f) => f.message).join('\n')).toMatch(/10\.20\.30\.40[\s\S]*127\.0\.0\.1/);
  });
});

describe('refusals of the probe IP at later steps (added after the first measurement)', () => {
  it('says a Spamhaus refusal at RCPT judges the IP, not the address', async () => {
    const p = await scripted(
      server({
        RCPT: (io) =>
          io.write(
            '554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1\r\n',
          ),
      }),
    );
    const run = await probe(p);
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'blocked' });
    expect(said(run)).toMatch(NOT_JUDGED);
  });

  it('says a reverse-DNS refusal at MAIL FROM judges the IP, and that the address was never asked', async () => {
    const p = await scripted(
      server({
        MAIL: (io) =>
          io.write('550 5.7.1 Client host rejected: cannot find your reverse hostname, [127.0.0.1]\r\n'),
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('rejected');
    expect(p.lines.map(verb)).not.toContain('RCPT');
    expect(said(run)).toMatch(/reverse/i);
    expect(said(run)).toMatch(NOT_JUDGED);
  });

  it('says a soft-bounced blocklist refusal (450 4.7.1 ... blocked using) is about the probe IP, deferred', async () => {
    const p = await scripted(
      server({
        RCPT: (io) =>
          io.write(
            '450 4.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1\r\n',
          ),
      }),
    );
    const run = await probe(p);
    expect(run.result.verdict).toBe('deferred');
    expect(probeHeadline(run)).toContain('probe IP');
    expect(probeHeadline(run)).not.toMatch(/no such user|internal problem|greylist/i);
    expect(said(run)).toMatch(NOT_JUDGED);
  });

  it('says an IMAP server answered on the port', async () => {
    const p = await scripted({
      greet: (io) => io.write('* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.\r\n'),
    });
    const run = await probe(p);
    expect(codes(run)).toContain('protocol-error');
    expect(probeHeadline(run)).toMatch(/IMAP server/);
  });
});
