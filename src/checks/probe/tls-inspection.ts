import { isIP } from 'node:net';
import { checkServerIdentity, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import type { TlsInfo } from './types.js';

const DAY_MS = 86_400_000;

/**
 * What the server showed after STARTTLS. Nothing here fails the probe: most MX hosts are reached by
 * opportunistic TLS, where senders accept any certificate, so a self-signed or mismatched one is a
 * finding, not an error. `host` is the name the probe connected to (null for a bare address).
 */
export function inspectTls(socket: TLSSocket, host: string | null, now = Date.now()): TlsInfo {
  const cert = socket.getPeerCertificate(false) as DetailedPeerCertificate | undefined;
  const hasCert = cert !== undefined && Object.keys(cert).length > 0;
  const cipher = socket.getCipher();
  const validTo = hasCert && cert.valid_to ? new Date(cert.valid_to) : null;
  const authError = socket.authorizationError ? String(socket.authorizationError) : null;
  const subject = hasCert ? distinguishedName(cert.subject) : null;
  const issuer = hasCert ? distinguishedName(cert.issuer) : null;
  return {
    protocol: socket.getProtocol() ?? null,
    cipher: cipher ? (cipher.standardName ?? cipher.name) : null,
    subject,
    altNames: hasCert ? altNames(cert.subjectaltname) : [],
    issuer,
    validFrom: hasCert && cert.valid_from ? isoDate(cert.valid_from) : null,
    validTo: validTo ? validTo.toISOString() : null,
    daysLeft: validTo ? Math.floor((validTo.getTime() - now) / DAY_MS) : null,
    hostnameMatches: hasCert && host !== null ? checkServerIdentity(host, cert) === undefined : false,
    selfSigned:
      authError === 'DEPTH_ZERO_SELF_SIGNED_CERT' ||
      authError === 'SELF_SIGNED_CERT_IN_CHAIN' ||
      (hasCert && subject !== null && subject === issuer),
    trusted: socket.authorized,
    trustError: authError,
  };
}

/** "CN=mx.example.org, O=Example" from node's subject object (values may repeat as arrays). */
function distinguishedName(dn: Partial<Record<string, string | string[]>> | undefined): string | null {
  if (!dn) return null;
  const parts = Object.entries(dn).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}=${x}`));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** "DNS:mx.example.org, IP Address:192.0.2.1" → ["mx.example.org", "192.0.2.1"]. */
function altNames(san: string | undefined): string[] {
  if (!san) return [];
  return san
    .split(/,\s*/)
    .map((entry) => entry.replace(/^(?:DNS|IP Address):/i, '').trim())
    .filter((name) => name !== '' && (isIP(name) !== 0 || /^[\w*.-]+$/.test(name)));
}

function isoDate(s: string): string | null {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
