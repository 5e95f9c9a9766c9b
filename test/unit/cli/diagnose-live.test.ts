import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/report/types.js';
import { FOLLOW_UP_ZONE } from '../../helpers/zones.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';
import { runCli } from './run-cli.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(FOLLOW_UP_ZONE);
});
afterAll(async () => {
  await server.close();
});

const BOUNCE =
  '550 5.7.1 Service unavailable; Client host [5.6.7.8] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/5.6.7.8\n';
const root = mkdtempSync(join(tmpdir(), 'mailmedic-cli-live-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'many'));
writeFileSync(join(root, 'one.txt'), BOUNCE);
writeFileSync(join(root, 'many', 'a.txt'), BOUNCE);
writeFileSync(join(root, 'many', 'b.txt'), BOUNCE.replace(/5\.6\.7\.8/g, '5.6.7.9'));

describe('mailmedic diagnose: the live checks of one bounce', () => {
  it('runs them and prints their verdict under "Live checks:"', async () => {
    const r = await runCli(['diagnose', '--resolver', server.address], { input: BOUNCE });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('Live checks:');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^FAIL \/blacklist 5\.6\.7\.8: 5\.6\.7\.8 is listed on Spamhaus ZEN \(/);
  });

  it('--json carries the follow-ups with the check’s own findings and every list’s answer', async () => {
    const r = await runCli(['diagnose', join(root, 'one.txt'), '--json', '--resolver', server.address]);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.map((f) => f.code)).toEqual(['live-confirms']);
    expect(report.followUps?.[0]).toMatchObject({
      check: 'blacklist',
      target: '5.6.7.8',
      bearing: 'confirms',
    });
    expect(report.followUps?.[0]?.zones?.find((z) => z.zone === 'zen.spamhaus.org')?.listed).toBe(true);
  });

  it('a check the bounce gives no target for is shown as not run, with how to run it, as in chat', async () => {
    const before = server.queries.length;
    const noIp = '550 5.7.1 Service unavailable; client blocked using zen.spamhaus.org\n';
    const r = await runCli(['diagnose', '--resolver', server.address], { input: noIp });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[lines.indexOf('Live checks:') + 1]).toBe(
      'info /blacklist not run: the bounce names no sending IP — give the sending IP to run it: `/blacklist IP`.',
    );
    const json = await runCli(['diagnose', '--json', '--resolver', server.address], { input: noIp });
    const report = JSON.parse(json.stdout) as Report;
    expect(report.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['info live-skipped']);
    expect(report.followUps?.[0]).toMatchObject({
      check: 'blacklist',
      status: 'skipped',
      bearing: null,
      reason: 'the bounce names no sending IP',
    });
    expect(server.queries.length).toBe(before);
  });

  it('--offline: the diagnosis alone, nothing asked', async () => {
    const before = server.queries.length;
    const r = await runCli(['diagnose', '--offline', '--resolver', server.address], { input: BOUNCE });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Live checks');
    expect(server.queries.length).toBe(before);
  });

  it('bulk work never runs them: a directory, --jsonl or --json', async () => {
    const before = server.queries.length;
    const jsonl = await runCli(['diagnose', '--jsonl', join(root, 'many'), '--resolver', server.address]);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(2);
    const json = await runCli(['diagnose', '--json', join(root, 'many'), '--resolver', server.address]);
    const { reports } = JSON.parse(json.stdout) as { reports: Report[] };
    expect(reports.map((x) => x.followUps)).toEqual([undefined, undefined]);
    const one = await runCli(['diagnose', '--jsonl', join(root, 'one.txt'), '--resolver', server.address]);
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    expect(server.queries.length).toBe(before);
  });
});
