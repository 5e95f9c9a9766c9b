import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCert } from '../helpers/self-signed-cert.mjs';
import { freeLoopbackPort } from './free-port.mjs';

export interface PostfixInstance {
  host: string;
  port: number;
  /** The virtual domain and its one mailbox. */
  domain: string;
  knownUser: string;
  stop(): void;
}

const POSTCONF = '/usr/sbin/postconf';
const POSTFIX = '/usr/sbin/postfix';

/**
 * Debian's Postfix (installed by test/e2e/setup-postfix.sh) as a second instance with its own config,
 * queue and data directories under /tmp, listening only on 127.0.0.1:PORT: one virtual mailbox domain
 * with one user, no local delivery (mydestination empty), relaying refused to everyone (mynetworks
 * holds no address the probe uses), STARTTLS with a self-signed certificate made here.
 */
export async function startPostfix(port: number): Promise<PostfixInstance> {
  if (!existsSync(POSTFIX)) throw new Error('Postfix is not installed: run test/e2e/setup-postfix.sh');
  const dir = mkdtempSync(join(tmpdir(), 'mailmedic-postfix-'));
  const token = `mailmedic-e2e-${randomBytes(6).toString('hex')}`;
  // The postfix user must reach its queue and data directories.
  chmodSync(dir, 0o755);
  const etc = join(dir, 'etc');
  const [queue, data, mail] = ['queue', 'data', 'mail'].map((d) => join(dir, d)) as [string, string, string];
  for (const d of [etc, queue, data, mail]) mkdirSync(d);
  const uid = Number(execFileSync('id', ['-u', 'postfix']).toString().trim());
  chownSync(data, uid, 0);
  copyFileSync('/etc/postfix/master.cf', join(etc, 'master.cf'));
  writeFileSync(join(etc, 'main.cf'), '');
  writeFileSync(join(etc, 'vmailbox'), 'alice@e2e.test e2e.test/alice/\n');
  selfSignedCert('mx.e2e.test', { dir: etc });
  const postconf = (...args: string[]) => execFileSync(POSTCONF, ['-c', etc, ...args], { stdio: 'pipe' });
  postconf(
    '-e',
    'compatibility_level=3.6',
    'meta_directory=/etc/postfix',
    `queue_directory=${queue}`,
    `data_directory=${data}`,
    'maillog_file=/dev/stdout',
    'myhostname=mx.e2e.test',
    'mydomain=e2e.test',
    'mydestination=',
    'alias_maps=',
    'alias_database=',
    'mynetworks=192.0.2.1/32',
    'inet_interfaces=127.0.0.1',
    'inet_protocols=ipv4',
    // A banner of this instance's own, so that a server already on the port is never taken for it.
    `smtpd_banner=$myhostname ESMTP ${token}`,
    'smtpd_peername_lookup=no',
    'smtpd_relay_restrictions=permit_mynetworks, reject_unauth_destination',
    'virtual_mailbox_domains=e2e.test',
    `virtual_mailbox_maps=texthash:${join(etc, 'vmailbox')}`,
    `virtual_mailbox_base=${mail}`,
    'virtual_uid_maps=static:65534',
    'virtual_gid_maps=static:65534',
    'smtpd_tls_security_level=may',
    `smtpd_tls_cert_file=${join(etc, 'cert.pem')}`,
    `smtpd_tls_key_file=${join(etc, 'key.pem')}`,
  );
  postconf('-F', '*/*/chroot = n');
  postconf('-MX', 'smtp/inet');
  postconf('-M', `127.0.0.1:${port}/inet=127.0.0.1:${port} inet n - n - - smtpd`);
  // Postfix waits ~2.5 s when main.cf looks freshly written: date the files back.
  const past = new Date(Date.now() - 60_000);
  for (const f of ['main.cf', 'master.cf']) utimesSync(join(etc, f), past, past);
  const stop = () => {
    try {
      execFileSync(POSTFIX, ['-c', etc, 'stop'], { stdio: 'ignore' });
    } catch {
      // not running (it never started, or stopped already)
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    execFileSync(POSTFIX, ['-c', etc, 'start'], { stdio: 'ignore' });
    await waitForBanner('127.0.0.1', port, token, 20_000);
  } catch (err) {
    stop();
    throw err;
  }
  return { host: '127.0.0.1', port, domain: 'e2e.test', knownUser: 'alice@e2e.test', stop };
}

/** Waits until this very instance greets on host:port; another server there is an error, not a wait. */
async function waitForBanner(host: string, port: number, token: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const banner = await new Promise<string | null>((resolve) => {
      const s = connect({ host, port });
      let text = '';
      const done = (value: string | null) => {
        s.destroy();
        resolve(value);
      };
      s.setTimeout(2000, () => done(text));
      s.on('data', (d: Buffer) => {
        text += d.toString('latin1');
        if (text.includes('\n')) done(text);
      });
      s.once('error', () => done(null));
    });
    if (banner?.includes(token)) return;
    if (banner) {
      throw new Error(
        `127.0.0.1:${port} is taken by another server (${banner.trim().slice(0, 80)}): pick another port`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Postfix did not listen on ${host}:${port} within ${ms / 1000} s`);
}

/**
 * The port for the e2e Postfix: MAILMEDIC_E2E_POSTFIX_PORT (run.sh sets it to a free loopback port),
 * else one free now — never a fixed port, so that two runs on one host do not clash.
 */
export async function postfixPort(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const given = env.MAILMEDIC_E2E_POSTFIX_PORT;
  if (given === undefined || given === '') return freeLoopbackPort();
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`MAILMEDIC_E2E_POSTFIX_PORT is not a port: ${given}`);
  return port;
}
