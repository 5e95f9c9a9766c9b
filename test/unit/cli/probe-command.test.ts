import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpPeer, smtpError, startSmtpPeer } from '../checks/probe/peers.js';
import { runCli } from './run-cli.js';

let peer: SmtpPeer;
beforeAll(async () => {
  peer = await startSmtpPeer({
    onRcpt: (to) => (to === 'bob@corpmail.test' ? null : smtpError(550, '5.1.1 User unknown')),
  });
});
afterAll(async () => {
  await peer.close();
});

describe('mailmedic probe', () => {
  it('prints the JSON contract: target, host, verdict, reason, reply, tls, catchAll, transcript, findings', async () => {
    const env = { MAILMEDIC_PROBE_FROM: 'checker@mailmedic.test', MAILMEDIC_HELO: 'checker.mailmedic.test' };
    const r = await runCli(
      ['probe', 'ghost@corpmail.test', '--host', `127.0.0.1:${peer.port}`, '--allow-private', '--json'],
      { env },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'target',
        'host',
        'verdict',
        'reason',
        'reply',
        'tls',
        'catchAll',
        'transcript',
        'findings',
      ]),
    );
    expect(json).toMatchObject({
      target: 'ghost@corpmail.test',
      host: `127.0.0.1:${peer.port}`,
      verdict: 'rejected',
      reason: 'userunknown',
      reply: { code: 550, status: '5.1.1', text: 'User unknown' },
      tls: null,
      catchAll: null,
    });
    const sent = (json.transcript as { dir: string; text: string }[])
      .filter((e) => e.dir === 'send')
      .map((e) => e.text);
    expect(sent.slice(0, 2)).toEqual(['EHLO checker.mailmedic.test', 'MAIL FROM:<checker@mailmedic.test>']);
  });

  it('uses --smtp-port for a target given without a port, and prints the transcript in text', async () => {
    const r = await runCli(['probe', '127.0.0.1', '--smtp-port', String(peer.port), '--allow-private']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `127.0.0.1: rejected by 127.0.0.1:${peer.port} — no such user (550 5.1.1)`,
    );
    expect(r.stdout).toContain('--- smtp-transcript.txt ---');
    expect(r.stdout).toContain(' -> RCPT TO:<postmaster@[127.0.0.1]>');
  });

  it('refuses a loopback target without --allow-private, saying why', async () => {
    const r = await runCli(['probe', `127.0.0.1:${peer.port}`, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { verdict: string; findings: { code: string; message: string }[] };
    expect(json.verdict).toBe('refused-by-policy');
    expect(json.findings[0]?.message).toContain('--allow-private');
  });
});
