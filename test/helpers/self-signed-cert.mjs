// A self-signed certificate made with openssl when a test or bench runs (nothing checked in). Plain
// JavaScript so that bench/*.mjs can import it too; types in self-signed-cert.d.mts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Key and certificate for `name` (CN and subjectAltName). With `dir`, key.pem and cert.pem are written
 * there and kept (for a server that reads files); otherwise a temp dir is used and removed.
 */
export function selfSignedCert(name, { dir } = {}) {
  const where = dir ?? mkdtempSync(join(tmpdir(), 'mailmedic-cert-'));
  const keyFile = join(where, 'key.pem');
  const certFile = join(where, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        `/CN=${name}`,
        '-addext',
        `subjectAltName=DNS:${name}`,
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
  } finally {
    if (dir === undefined) rmSync(where, { recursive: true, force: true });
  }
}
