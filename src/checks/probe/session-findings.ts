import { has, REPORTED_CAPABILITIES } from './capabilities.js';
import { finding, type ProbeFinding } from './codes.js';
import type { Attempt } from './dialogue.js';
import { attemptLabel, quoted, tlsDetail, tlsMeaning } from './findings.js';

const EXPIRY_WARN_DAYS = 14;

/** What a certificate that fails verification does to delivery, by kind of sender. */
const STRICT_VS_OPPORTUNISTIC =
  'senders that verify certificates (a domain with an MTA-STS policy in enforce mode, DANE) refuse to ' +
  'deliver to this host, while opportunistic senders (most of them) still deliver, encrypted but unverified.';

/** STARTTLS, the certificate, the capabilities of the host that decided. */
export function sessionFindings(a: Attempt): ProbeFinding[] {
  const out: ProbeFinding[] = [];
  const host = attemptLabel(a);
  if (a.capabilities) {
    // After STARTTLS the second EHLO no longer announces it: count it as announced.
    const announced = (k: string) =>
      has(a.capabilities, k) || (k === 'STARTTLS' && a.starttls !== 'not-offered');
    const shown = REPORTED_CAPABILITIES.filter(announced).map((k) =>
      k === 'SIZE' && a.capabilities?.sizeLimit
        ? `SIZE ${a.capabilities.sizeLimit} (${mb(a.capabilities.sizeLimit)})`
        : k,
    );
    const missing = REPORTED_CAPABILITIES.filter((k) => !announced(k));
    out.push(
      finding(
        'capabilities',
        'info',
        a.ehloRefused
          ? `${host} refused EHLO (${quoted(a.ehloRefused)}), so the probe used HELO: the server speaks only ` +
              'plain SMTP (RFC 821) and can offer no extension (no STARTTLS, SIZE, 8BITMIME, SMTPUTF8).'
          : `${host} announces ${shown.length > 0 ? shown.join(', ') : 'none of the usual extensions'}${
              missing.length > 0 ? `; not ${missing.join(', ')}` : ''
            }.`,
      ),
    );
  }
  // A host that requires TLS it cannot give has its tls-failed verdict: the same fact once, the stronger.
  const requiredTlsFailed = a.kind === 'tls-failed';
  if (a.starttls === 'not-offered' && !requiredTlsFailed) {
    out.push(
      finding(
        'no-starttls',
        'warn',
        `${host} does not offer STARTTLS: mail to it travels unencrypted, and senders that require TLS ` +
          '(MTA-STS enforce, DANE) cannot deliver. Configure a certificate (Postfix: smtpd_tls_security_level = may).',
      ),
    );
  }
  if (a.starttls === 'refused' && a.starttlsReply && !requiredTlsFailed) {
    out.push(
      finding(
        'starttls-refused',
        'warn',
        `${host} announces STARTTLS but refused it: ${quoted(a.starttlsReply)}. Opportunistic senders (most ` +
          'of them) deliver anyway, unencrypted; senders that require TLS (MTA-STS enforce, DANE) cannot ' +
          "deliver at all. Check the server's certificate and TLS settings (e.g. Postfix smtpd_tls_cert_file).",
      ),
    );
  }
  if (!requiredTlsFailed) out.push(...tlsFallbackFindings(a));
  if (a.tls) out.push(...tlsFindings(host, a));
  return out;
}

/** A host whose TLS handshake failed and that was asked again in plain text (any host, not only the decider). */
export function tlsFallbackFindings(a: Attempt): ProbeFinding[] {
  if (!a.tlsFallback || a.kind === 'tls-failed') return [];
  return [
    finding(
      'tls-failed',
      'fail',
      `${attemptLabel(a)} offered STARTTLS but the TLS handshake failed (${tlsDetail(a.tlsFallback)}); the probe ` +
        'asked again without TLS on a new connection, as Postfix (smtp_tls_security_level = may) and Exim do, ' +
        `and its answer comes from that plain session.${tlsMeaning(a.tlsFallback)} Senders that require TLS ` +
        '(MTA-STS enforce, DANE) cannot ' +
        "deliver, and mail from the others travels unencrypted. Check the server's certificate and TLS " +
        'settings (e.g. Postfix smtpd_tls_cert_file, smtpd_tls_protocols).',
    ),
  ];
}

function tlsFindings(host: string, a: Attempt): ProbeFinding[] {
  const t = a.tls;
  if (!t) return [];
  const out: ProbeFinding[] = [];
  const names =
    t.altNames.length > 0
      ? `; names ${t.altNames.slice(0, 6).join(', ')}${t.altNames.length > 6 ? '…' : ''}`
      : '';
  const expiry = t.validTo ? `; expires ${t.validTo.slice(0, 10)} (${t.daysLeft} days)` : '';
  out.push(
    finding(
      'tls',
      'ok',
      `STARTTLS with ${host}: ${t.protocol ?? '?'}, ${t.cipher ?? '?'}; certificate ${t.subject ?? '(no subject)'}${names}; ` +
        `issued by ${t.issuer ?? '?'}${expiry}.`,
    ),
  );
  if (t.selfSigned) {
    out.push(
      finding(
        'cert-self-signed',
        'warn',
        `${host} presents a self-signed certificate: opportunistic TLS still encrypts, but senders that verify ` +
          "certificates (MTA-STS enforce) refuse it. Get one from a public CA (e.g. Let's Encrypt) for " +
          `${a.host === a.ip ? 'the host name in the MX record' : a.host}.`,
      ),
    );
  } else if (!t.trusted && t.trustError) {
    out.push(
      finding(
        'cert-untrusted',
        'warn',
        `${host}'s certificate chain does not verify (${t.trustError}): often a missing intermediate ` +
          'certificate. Serve the full chain (Postfix: smtpd_tls_chain_files).',
      ),
    );
  }
  if (a.host !== a.ip && !t.hostnameMatches) {
    out.push(
      finding(
        'cert-name-mismatch',
        'warn',
        `${host}'s certificate does not name ${a.host} (it names ${t.altNames.length > 0 ? t.altNames.slice(0, 4).join(', ') : (t.subject ?? 'nothing')}): ` +
          `${STRICT_VS_OPPORTUNISTIC} Include the MX host name in the certificate.`,
      ),
    );
  }
  if (t.daysLeft !== null && t.daysLeft < 0) {
    out.push(
      finding(
        'cert-expired',
        'fail',
        `${host}'s certificate expired on ${t.validTo?.slice(0, 10)}: ${STRICT_VS_OPPORTUNISTIC} Renew it.`,
      ),
    );
  } else if (t.daysLeft !== null && t.daysLeft < EXPIRY_WARN_DAYS) {
    out.push(
      finding(
        'cert-expiring',
        'warn',
        `${host}'s certificate expires in ${t.daysLeft} days (${t.validTo?.slice(0, 10)}). Renew it.`,
      ),
    );
  }
  return out;
}

function mb(bytes: number): string {
  return bytes >= 1_048_576 ? `${Math.round(bytes / 1_048_576)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
