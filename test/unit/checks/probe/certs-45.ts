import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CA_CONFIG = [
  '[ca]',
  'default_ca = d',
  '[d]',
  'database = index.txt',
  'serial = serial',
  'new_certs_dir = .',
  'default_md = sha256',
  'policy = p',
  'copy_extensions = copy',
  'unique_subject = no',
  '[p]',
  'commonName = supplied',
  '',
].join('\n');

/**
 * A self-signed certificate for `name` valid only between two past dates (an expired one), made with
 * `openssl ca -selfsign`, since `openssl req -x509` in OpenSSL 3.0 cannot set a start date.
 * Dates as openssl writes them: 20250101000000Z.
 */
export function certValidBetween(name: string, start: string, end: string): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'mailmedic-cert45-'));
  try {
    writeFileSync(join(dir, 'ca.cnf'), CA_CONFIG);
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '01\n');
    const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    run([
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=DNS:${name}`,
      '-keyout',
      'key.pem',
      '-out',
      'csr.pem',
    ]);
    run([
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-selfsign',
      '-keyfile',
      'key.pem',
      '-in',
      'csr.pem',
      '-startdate',
      start,
      '-enddate',
      end,
      '-out',
      'cert.pem',
    ]);
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
