/**
 * SMTP TLS reporting (RFC 8460 §4.3): each failure result type a sending server may report about a
 * domain's MX hosts, in words, with the fix on the receiving side. Keys are the RFC's result types.
 */
export const TLS_RESULT_TYPES: Readonly<Record<string, { means: string; fix: string }>> = {
  'starttls-not-supported': {
    means: 'the MX host did not offer STARTTLS',
    fix: 'enable STARTTLS on it (Postfix: smtpd_tls_security_level = may, with a certificate)',
  },
  'certificate-host-mismatch': {
    means: "the certificate does not name the MX host's name",
    fix: 'install a certificate whose names include the MX host name exactly as published in MX (check with `/probe`)',
  },
  'certificate-expired': {
    means: 'the certificate had expired',
    fix: 'renew the certificate and reload the mail server; automate the renewal',
  },
  'certificate-not-trusted': {
    means: 'the certificate does not chain to a public root (self-signed, or the intermediate is missing)',
    fix: 'use a certificate from a public CA and serve the full chain (leaf and intermediates)',
  },
  'validation-failure': {
    means: 'the certificate or the TLS session failed another check',
    fix: "look at the failure's additional information, then test the host with `/probe`",
  },
  'tlsa-invalid': {
    means: 'the TLSA records (DANE) do not match the certificate or are malformed',
    fix: 'publish TLSA records for the current key (3 1 1 of its public key) before rotating keys, and remove stale ones',
  },
  'dnssec-invalid': {
    means: "the DNSSEC signatures of the MX host's zone did not validate",
    fix: 'fix the zone signing (expired signatures, a DS record that no longer matches the key)',
  },
  'dane-required': {
    means: 'the sender requires DANE and found no usable TLSA records',
    fix: 'publish TLSA records for each MX host in a DNSSEC-signed zone, or stop advertising DANE',
  },
  'sts-policy-fetch-error': {
    means: 'the MTA-STS policy file could not be fetched over HTTPS',
    fix: 'serve https://mta-sts.DOMAIN/.well-known/mta-sts.txt with a valid certificate (`/auth DOMAIN` fetches it)',
  },
  'sts-policy-invalid': {
    means: 'the MTA-STS policy file is malformed',
    fix: 'correct the policy file: version: STSv1, mode, one mx: line per MX pattern, max_age',
  },
  'sts-webpki-invalid': {
    means:
      'the MX host failed the MTA-STS certificate checks (its name is not in the policy, or its certificate is not valid for it)',
    fix: 'list every MX host in the policy (mx: lines) and give each a publicly trusted certificate for its name',
  },
};
