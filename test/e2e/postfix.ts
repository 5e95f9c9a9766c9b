import { execFileSync } from 'node:child_process';
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
export async function startPostfix(port = 2525): Promise<PostfixInstance> {
  if (!existsSync(POSTFIX)) throw new Error('Postfix is not installed: run test/e2e/setup-postfix.sh');
  const dir = mkdtempSync(join(tmpdir(), 'mailmedic-postfix-'));
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
    'smtpd_banner=$myhostname ESMTP',
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
  execFileSync(POSTFIX, ['-c', etc, 'start'], { stdio: 'ignore' });
  const stop = () => {
    try {
      execFileSync(POSTFIX, ['-c', etc, 'stop'], { stdio: 'ignore' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await waitForPort('127.0.0.1', port, 20_000);
  } catch (err) {
    stop();
    throw err;
  }
  return { host: '127.0.0.1', port, domain: 'e2e.test', knownUser: 'alice@e2e.test', stop };
}

async function waitForPort(host: string, port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const up = await new Promise<boolean>((resolve) => {
      const s = connect({ host, port });
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Postfix did not listen on ${host}:${port} within ${ms / 1000} s`);
}
