import type { Cause } from '../types.js';

/** Sender authentication (SPF, DKIM, DMARC) and transport security (TLS). */
export const AUTHENTICATION_CAUSES: readonly Cause[] = [
  {
    id: 'spf-fail',
    title: 'Rejected: SPF check failed for your sending domain',
    reason: 'authfailure',
    side: 'sender',
    permanent: true,
    explanation:
      "The receiver checked your domain's SPF record, found that your sending IP is not in it (or that the " +
      'record is broken), and the policy told it to reject. It typically happens after moving to a new server ' +
      'or mail service, or when mail is forwarded.',
    steps: [
      'Read the record: `dig +short TXT {senderDomain}`; there must be exactly one `v=spf1` record.',
      'Check that {ip} is covered: `/auth {senderDomain}` evaluates the record for your IP (a missing ' +
        '`include:` for your mail service, or more than 10 DNS lookups, are the usual faults).',
      'Add the missing source to that one record, for example `v=spf1 mx include:<your-mail-service> -all`, ' +
        'and stay under 10 lookups.',
      'If a third party forwarded the mail, the forwarder has to rewrite the envelope sender (SRS); SPF cannot ' +
        'pass through a plain forward.',
      'Resend after the DNS change has spread (its TTL is shown by `dig TXT {senderDomain}`).',
    ],
    checks: ['auth', 'spf-ip'],
  },
  {
    id: 'dkim-fail',
    title: 'Rejected: the DKIM signature is missing or does not verify',
    reason: 'authfailure',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiver required a valid DKIM signature for your domain and found none, or the signature did not ' +
      'verify: the public key in DNS is wrong or missing, or the message was changed after signing. Large ' +
      'providers now require DKIM from bulk senders.',
    steps: [
      'Look at the DKIM-Signature: header of a sent copy: `d=` is the signing domain and `s=` the selector.',
      'Check the public key: `dig +short TXT <selector>._domainkey.{senderDomain}` must return ' +
        '`v=DKIM1; k=rsa; p=…` matching the key your signer uses.',
      'Make every system that sends for {senderDomain} sign (your MTA with OpenDKIM or rspamd, each mail ' +
        'service with its own selector), and make sure nothing alters the message after signing (footers, ' +
        'link rewriting).',
      'Send a test to a mailbox you control, check its Authentication-Results: header for `dkim=pass`, then resend.',
    ],
    checks: ['auth'],
  },
  {
    id: 'dmarc-fail',
    title: "Rejected by the From domain's DMARC policy",
    reason: 'authfailure',
    side: 'sender',
    permanent: true,
    explanation:
      'The From domain publishes a DMARC policy of reject (or quarantine), and this message passed neither ' +
      'SPF nor DKIM in alignment with that domain, so the receiver did what the domain asked. Typical causes: ' +
      'a new mail service not set up for SPF/DKIM, mail sent for the domain by a third party, or a forwarder ' +
      'breaking the signature.',
    steps: [
      'Read the policy: `dig +short TXT _dmarc.{senderDomain}` (the `p=` value).',
      'Check SPF and DKIM for the source that sent this message: `/auth {senderDomain}`; at least one must ' +
        'pass with the same domain as the From address.',
      'Sign with DKIM (d={senderDomain}) on every service that sends as {senderDomain}, and add each of them to SPF.',
      'Read your DMARC aggregate reports (the `rua=` address) to find other unauthenticated sources.',
      'If you do not own the From domain, you cannot send as it: put your own domain in From.',
    ],
    checks: ['auth'],
  },
  {
    id: 'auth-failed',
    title: 'Rejected: the message failed sender authentication (SPF, DKIM, DMARC)',
    reason: 'authfailure',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiver requires authenticated mail and this message did not pass its checks: no valid DKIM ' +
      "signature and no SPF pass, or a DMARC failure (Gmail's 5.7.26 covers all of these). Authenticating " +
      'your domain fixes it.',
    steps: [
      'Check all three for {senderDomain}: `/auth {senderDomain}`.',
      'SPF: one `v=spf1` record that covers {ip} and every service you send through (`dig +short TXT {senderDomain}`).',
      'DKIM: sign all outgoing mail with d={senderDomain} and publish the key ' +
        '(`dig +short TXT <selector>._domainkey.{senderDomain}`).',
      'DMARC: publish at least `v=DMARC1; p=none; rua=mailto:<reports-address>` at _dmarc.{senderDomain}, ' +
        'with the From domain aligned to SPF or DKIM.',
      "Read {provider}'s sender requirements: {postmaster}",
      'Resend once `/auth {senderDomain}` shows SPF and DKIM passing and aligned.',
    ],
    checks: ['auth', 'spf-ip'],
  },
  {
    id: 'forwarded-auth-failed',
    title: "Rejected after forwarding: the recipient's forward failed SPF or DMARC",
    reason: 'authfailure',
    side: 'recipient',
    permanent: true,
    explanation:
      'The recipient (or an alias or list on their side) forwards mail to another address, and that final ' +
      "server refused the forwarded copy because it came from the forwarder's IP, which your SPF does not list, " +
      'and the envelope was not rewritten (SRS) or the DKIM signature broke on the way. Your own records are ' +
      'not what failed; the forwarding hop must change.',
    steps: [
      'Tell the recipient that their forward to {recipient} is refused at its destination; the bounce names ' +
        'the forwarding address and the final one (Postfix "expanded from", Exim "generated from").',
      "The forwarder's admin should rewrite the envelope sender with SRS (postsrsd for Postfix, Exim's SRS " +
        'support, Microsoft 365 and Gmail do it themselves) and sign forwarded mail with ARC.',
      'Alternatively the recipient can fetch the mail from the final mailbox (POP/IMAP import) instead of ' +
        'forwarding, or deliver it to a local mailbox.',
      'On your side, keep DKIM signing for {senderDomain} intact (no footers or rewriting after signing): a ' +
        'valid DKIM signature lets DMARC pass through a plain forward.',
      'Check `/auth {senderDomain}` once to rule out your own records, then resend after the forward is fixed.',
    ],
    checks: ['auth'],
  },
  {
    id: 'tls-required',
    title: 'Failed: an encrypted (TLS) connection was required but not used',
    reason: 'failedstarttls',
    side: 'either',
    permanent: true,
    explanation:
      'One side required an encrypted STARTTLS connection and the other did not offer or use it. Either the ' +
      'receiver demands TLS from you, or your own policy (MTA-STS, DANE or a TLS-only route) demands TLS from ' +
      'a receiver that does not offer it.',
    outcome: {
      deferred: 'The message stays queued until both sides speak TLS or the queue lifetime runs out.',
      final: 'The message was returned: resend it once both sides speak TLS.',
    },
    steps: [
      'See whether the receiver offers STARTTLS: `swaks --to {recipient} --server {remoteHost} --tls ' +
        '--quit-after RCPT`, or `openssl s_client -starttls smtp -connect {remoteHost}:25 -crlf`.',
      "If the receiver requires TLS from you, turn it on: `postconf -e 'smtp_tls_security_level = may'` " +
        'then `postfix reload`.',
      'If your side demands TLS (`smtp_tls_security_level = encrypt`, a TLS policy map, MTA-STS) and the ' +
        "receiver lacks STARTTLS, tell the recipient's admin; relax the policy for {domain} only if you " +
        'accept unencrypted delivery.',
      "Read the recipient's published policy: `dig +short TXT _mta-sts.{domain}`.",
    ],
    checks: ['probe'],
  },
  {
    id: 'tls-failed',
    title: 'Failed: the TLS handshake or certificate check failed',
    reason: 'securityerror',
    side: 'either',
    permanent: true,
    explanation:
      'The servers tried to encrypt the connection, but the TLS handshake failed or a certificate did not ' +
      'pass validation (expired, wrong host name, untrusted issuer, or not matching DANE/MTA-STS). The side ' +
      'presenting the bad certificate or outdated TLS settings has to fix it.',
    steps: [
      "Inspect the receiver's certificate: `openssl s_client -starttls smtp -connect {remoteHost}:25 " +
        '-servername {remoteHost} -crlf` and check the dates, the names and the verify return code.',
      "If their certificate is expired or names another host, tell the recipient's admin: {remoteHost} must " +
        'present a valid certificate for its own name.',
      'If your own TLS is outdated (TLS 1.0/1.1 only, weak ciphers), update OpenSSL and your mail server.',
      "Check that the recipient's DANE and MTA-STS records match their certificate: " +
        '`dig +short TLSA _25._tcp.{remoteHost}` and `dig +short TXT _mta-sts.{domain}`.',
    ],
    checks: ['probe'],
  },
  {
    id: 'starttls-not-used',
    title: 'Refused: the receiving server requires STARTTLS and your server did not start it',
    reason: 'failedstarttls',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server accepts mail only over an encrypted connection ("Must issue a STARTTLS command ' +
      'first", "STARTTLS is required to send mail"), and your server sent its commands in plain text. Your ' +
      'server has outbound TLS turned off, or something between the servers (a firewall doing SMTP ' +
      'inspection) removed STARTTLS from the conversation.',
    outcome: {
      deferred: 'The message stays queued and is retried; it goes out once your server starts TLS.',
      final: 'The message was returned: resend it once your server starts TLS.',
    },
    steps: [
      "Turn on outbound TLS: Postfix `postconf -e 'smtp_tls_security_level = may'` then `postfix reload`; " +
        'Exim `hosts_try_tls = *` on the smtp transport; Exchange: TLS on the send connector.',
      'Check that your server sees STARTTLS offered: `swaks --to {recipient} --server {remoteHost} --tls ' +
        '--quit-after RCPT`; if the EHLO reply lacks STARTTLS from your server but not from elsewhere, a ' +
        'firewall\'s SMTP/ESMTP inspection (e.g. Cisco "fixup smtp") strips it: turn that inspection off.',
      'A mail client or device sending through its provider must use STARTTLS on port 587 (or TLS on 465).',
    ],
    checks: ['probe'],
  },
  {
    id: 'recipient-tls-invalid',
    title: "Deferred: the recipient's server fails your server's TLS checks (certificate, DANE or MTA-STS)",
    reason: 'securityerror',
    side: 'recipient',
    permanent: false,
    explanation:
      'Your server requires a verified TLS connection to this domain (its MTA-STS policy in enforce mode, ' +
      'DANE TLSA records, or your own TLS policy), and the receiving server did not pass: its certificate ' +
      'has expired, is self-signed, names another host or comes from an untrusted issuer; its TLSA records ' +
      'do not match the certificate; its MTA-STS policy does not list the MX or cannot be fetched; or its ' +
      "TLS is broken altogether. The recipient's admin has to fix it; your server keeps retrying.",
    outcome: {
      deferred: 'The message stays queued and is retried; it goes out once their TLS verifies.',
      final: 'Your server gave up and returned the message: resend it once their TLS verifies.',
    },
    steps: [
      'Look at their certificate: `openssl s_client -starttls smtp -connect {remoteHost}:25 -servername ' +
        '{remoteHost} -crlf` (dates, names, "Verify return code").',
      'Check their DANE and MTA-STS records against it: `dig +dnssec +short TLSA _25._tcp.{remoteHost}` and ' +
        '`dig +short TXT _mta-sts.{domain}`, then `curl https://mta-sts.{domain}/.well-known/mta-sts.txt` (mx ' +
        'lines must name every MX host).',
      "Tell the recipient's admin (postmaster@{domain}) what failed: renew the certificate, publish the " +
        'TLSA records of the new one, or list the MX in the MTA-STS policy.',
      'If a bare "certificate not verified" comes for every domain, your own trust store is missing: set ' +
        'Postfix `smtp_tls_CAfile` (or `smtp_tls_CApath`) to the system CA bundle.',
      'Only if the mail cannot wait: relax your TLS policy for {domain} alone (e.g. a Postfix ' +
        '`smtp_tls_policy_maps` entry `{domain} encrypt`), knowing the certificate is then not checked.',
    ],
    checks: ['probe', 'auth'],
  },
  {
    id: 'sender-tls-setup',
    title: "Deferred: your own server's TLS setup is broken (its certificate or key cannot be used)",
    reason: 'failedstarttls',
    side: 'sender',
    permanent: false,
    explanation:
      'Your mail server could not use its own TLS certificate or private key: the file is missing or ' +
      'unreadable, the key does not match the certificate, the key is too weak for the TLS library, or (on ' +
      'Exchange) the certificate the connector names is not installed. Without them it cannot start TLS, ' +
      'so mail to receivers that require TLS waits in its queue. Nothing is wrong on the receiving side.',
    outcome: {
      deferred: 'The message stays queued and is retried; it goes out once your TLS setup is fixed.',
      final: 'The message was returned: resend it once your TLS setup is fixed.',
    },
    steps: [
      "Find what your server cannot load in its own log: Postfix `grep -i 'cannot get\\|cannot load\\|TLS library' " +
        '/var/log/mail.log`; Exim `grep -i "cert/key setup" /var/log/exim4/mainlog`.',
      'Check the files the configuration names exist, are readable by the mail server, and belong together: ' +
        '`postconf smtpd_tls_chain_files smtp_tls_chain_files smtpd_tls_cert_file smtpd_tls_key_file`, then ' +
        '`openssl x509 -noout -modulus -in CERT | sha256sum` and `openssl rsa -noout -modulus -in KEY | ' +
        'sha256sum` (equal for a pair; for an EC key compare `openssl pkey -pubout`).',
      'A renewal that wrote new files elsewhere (Certbot, acme.sh) or left a key the new OpenSSL calls too ' +
        'weak (under 2048 bits) is the usual cause: point the configuration at the renewed files, then ' +
        '`postfix reload` (Exim: `systemctl reload exim4`).',
      'Exchange: `Get-ExchangeCertificate | fl Thumbprint,Subject,NotAfter,Services` and compare with the ' +
        "connector's `TlsCertificateName` (`Get-SendConnector | fl Name,TlsCertificateName`); set it to an " +
        'installed, valid certificate: `Set-SendConnector NAME -TlsCertificateName "<I>ISSUER<S>SUBJECT"`.',
      'If the reply was temporary, flush the queue once fixed: `postqueue -f` (Exchange: `Retry-Queue`); a ' +
        'returned message has to be sent again.',
    ],
    checks: [],
  },
  {
    id: 'tls-outdated',
    title: 'Refused: your server or mail client offered an outdated TLS version',
    reason: 'securityerror',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server speaks TLS, but not the old version your side offered (TLS 1.0 or 1.1, retired by ' +
      'RFC 8996). Microsoft 365, Gmail and most providers now require TLS 1.2 or later. The fix is on the ' +
      'sending side: the mail server or the device and app that connected.',
    steps: [
      'See which versions your side can speak: `openssl s_client -starttls smtp -connect {remoteHost}:25 -tls1_2 ' +
        '-crlf` (587 for a client sending through its provider) must complete the handshake.',
      'On a mail server, allow TLS 1.2 and later and update OpenSSL: Postfix `postconf -e ' +
        '"smtp_tls_protocols = >=TLSv1.2"` (3.6 and later; older: `!SSLv2, !SSLv3, !TLSv1, !TLSv1.1`), then ' +
        '`postfix reload`; Exim `tls_require_ciphers` and an up-to-date GnuTLS/OpenSSL.',
      'For a mail client, printer or scanner: update its firmware or app (or the operating system) to one that ' +
        'supports TLS 1.2; a device that cannot must relay through a local server that can.',
    ],
    checks: ['probe'],
  },
  {
    id: 'security-error',
    title: 'Rejected for a security reason',
    reason: 'securityerror',
    side: 'either',
    permanent: true,
    explanation:
      'The receiver refused the message for a security reason other than a blocklist or an SPF/DKIM failure, ' +
      'such as a login or encryption requirement, a suspicious-activity lock or a security policy (x.7.x). ' +
      'The bounce text says which.',
    steps: [
      'Read the full reply for the exact reason and any reference code.',
      "If it mentions login, password or authentication, check the sending account's credentials and whether " +
        'the account was locked for suspicious activity.',
      'If it mentions encryption or certificates, test TLS: `openssl s_client -starttls smtp -connect {remoteHost}:25 -crlf`.',
      "If the reason stays unclear, send the full bounce to the recipient's admin and ask which policy refused it.",
    ],
    checks: ['probe'],
  },
];
