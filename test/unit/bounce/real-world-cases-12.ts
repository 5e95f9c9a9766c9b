import type { RealWorldCase } from './real-world-cases.js';
import { lines, PTR, RATE } from './real-world-expectations.js';

/*
 * A twelfth held-out round: the sender-authentication and bulk-sender-rules era (2024-2026) as receivers word
 * their refusals and sending MTAs log them: Gmail's and Yahoo's bulk-sender requirements, Microsoft's
 * consumer-domain enforcement, DMARC p=reject from OpenDMARC, Rspamd, Exim, Proofpoint and Mimecast, SPF
 * permerror/temperror, MTA-STS and DANE failures, TLS version refusals, null MX, sender domains that do not
 * exist and DNSSEC-bogus answers. Codes already in rounds 5-8 come here in other forms (log lines, ESP
 * webhooks, whole NDR texts, other MTAs' wording). Written from knowledge of the servers' wordings, none
 * from the development corpus, checked against rounds 1-11, measured before any rule was changed:
 *   round 12  46 cases (40, then a second batch of 7 written after the first was measured; one dropped as
 *             the same Postfix 'Host not found, try again' line round 5 holds), 42 right as written (91 %).
 *             No expectation widened. The 4 wrong: forms not read (an Exim reject log line 'rejected after
 *             DATA: ...', an Exim 'TLS error on connection to ...' log line), wording missing (swaks's 'TLS
 *             startup failed' with OpenSSL's 'tlsv1 alert protocol version') and facts (the recipient taken
 *             from the 'identity=' of Exim's SPF explanation URL, which names the sender).
 *   fixed     all 4 by forms and data: Exim's 'rejected after DATA:' reject line (src/bounce/extract/mta-log.ts),
 *             Exim's 'TLS error on connection to' line (mta-own-words.ts), OpenSSL's 'alert protocol version'
 *             as tls-outdated (reply-phrases.ts), and an SPF URL's 'identity=' / 'id=' address cast as the
 *             sender (scan-text.ts; the address reader keeps the '=' as a local-part character, so the name is
 *             taken off where the sender is read). 46 of 46 right; corpus 365/383, no record changed.
 *   then      a third batch of 5 (Postmark and Brevo webhooks, an Exim SPF 'rejected RCPT' line, a French
 *             Exchange NDR, Exim's 'temporarily rejected after DATA'), written after the fixes and measured
 *             before any change: 5 of 5 right as written. 51 of 51 right.
 * What is still wrong is listed in STILL_WRONG with the reason.
 */

const AUTH = {
  cause: ['spf-fail', 'dkim-fail', 'dmarc-fail', 'auth-failed'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const SPF = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const DKIM = { cause: ['dkim-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
// A DMARC refusal a gateway words as its own policy: an admin accepts the policy reading too.
const DMARC_OR_POLICY = {
  cause: ['dmarc-fail', 'auth-failed', 'policy-violation'],
  reason: ['authfailure', 'policyviolation'],
  side: 'sender',
} as const;
const SPF_TEMP = {
  cause: ['spf-fail', 'auth-failed', 'dns-failure'],
  reason: ['authfailure', 'networkerror'],
} as const;
const TLS = {
  cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'security-error'],
  reason: ['securityerror', 'failedstarttls'],
} as const;
const TLS_OLD = {
  cause: ['tls-outdated', 'tls-failed', 'security-error'],
  reason: 'securityerror',
} as const;
const DANE_DNS = {
  cause: ['recipient-tls-invalid', 'tls-failed', 'dns-failure', 'security-error'],
  reason: ['securityerror', 'networkerror', 'failedstarttls'],
} as const;
const NULL_MX = { cause: ['null-mx', 'not-accepting-mail'], reason: 'notaccept' } as const;
const SENDER_DOMAIN = {
  cause: ['sender-domain-invalid', 'sender-verify-failed'],
  reason: ['rejected', 'hostunknown'],
  side: 'sender',
} as const;
const IPV6 = {
  cause: ['reverse-dns-missing', 'auth-failed', 'spf-fail', 'dkim-fail'],
  reason: ['requireptr', 'authfailure'],
  side: 'sender',
} as const;
const SPAM_RATE = {
  cause: ['rate-limited', 'ip-reputation', 'domain-reputation', 'spam-filtered'],
  reason: ['speeding', 'badreputation', 'blocked', 'spamdetected'],
  side: 'sender',
} as const;

const GOOGLE_12: RealWorldCase[] = [
  [
    'Gmail 5.7.27 SPF did not pass, as a Postfix log line',
    'Mar  3 10:12:44 mx1 postfix/smtp[20211]: 4Q1xYz3kLm: to=<bob@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.102.26]:25, delay=1.4, delays=0.05/0/0.4/0.9, dsn=5.7.27, status=bounced (host gmail-smtp-in.l.google.com[142.250.102.26] said: 550-5.7.27 This mail has been blocked because the sender is unauthenticated. 550-5.7.27 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.27 550-5.7.27  Authentication results: 550-5.7.27  DKIM = did not pass 550-5.7.27  SPF [example.com] with ip: [203.0.113.5] = did not pass 550 5.7.27 For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication a1b2c3si998877wrb.12 - gsmtp (in reply to end of DATA command))',
    { ...AUTH, recipient: 'bob@gmail.com', replyCode: 550, status: '5.7.27', provider: /google|gmail/i },
  ],
  [
    'Gmail 4.7.30 DKIM rate limit, as an Exim log line',
    '2026-01-14 09:01:02 1rXyZa-000Abc-4d == bob@gmail.com R=dnslookup T=remote_smtp defer (-44) H=gmail-smtp-in.l.google.com [142.250.102.27]: SMTP error from remote mail server after end of data: 421-4.7.30 This mail has been rate limited because DKIM does not pass. Gmail requires all\\n421-4.7.30 bulk senders to authenticate with DKIM.\\n421-4.7.30\\n421-4.7.30  Authentication results:\\n421-4.7.30  DKIM = did not pass\\n421 4.7.30 For instructions on setting up DKIM authentication, go to https://support.google.com/mail/answer/81126#authentication x9si12345wrb.33 - gsmtp',
    { ...DKIM, recipient: 'bob@gmail.com', replyCode: 421, status: '4.7.30' },
  ],
  [
    'Gmail 5.7.26 DMARC rejection inside a "Message blocked" notice',
    lines(
      'Message blocked',
      '',
      'Your message to bob@gmail.com has been blocked. See technical details below for more information.',
      '',
      'The response from the remote server was:',
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection d2e3f4si55wrb.7 - gsmtp",
    ),
    { ...DMARC, recipient: 'bob@gmail.com', replyCode: 550, status: '5.7.26' },
  ],
  [
    'Gmail 4.7.32 From: not aligned, SendGrid deferred webhook',
    '[{"email":"bob@gmail.com","event":"deferred","attempt":"3","response":"421-4.7.32 This mail has been rate limited because the From: header isn\'t aligned with either the authenticated SPF or DKIM organizational domain. To learn more about DMARC alignment, go to https://support.google.com/mail/?p=DmarcRejection f1si44wrb.2 - gsmtp","sg_event_id":"ZGVmZXJyZWQtMC0xMjM","sg_message_id":"abc123.filter0001","timestamp":1767225600}]',
    { ...DMARC, recipient: 'bob@gmail.com', replyCode: 421, status: '4.7.32' },
  ],
  [
    'Gmail IPv6 sending guidelines, swaks transcript',
    lines(
      ' -> RCPT TO:<bob@gmail.com>',
      '<-  250 2.1.5 OK a1si2wrb.3 - gsmtp',
      ' -> DATA',
      '<-  354 Go ahead a1si2wrb.3 - gsmtp',
      ' -> 14 lines sent',
      '<** 550-5.7.1 [2001:db8:1::25] This message does not meet IPv6 sending guidelines',
      '<** 550-5.7.1 regarding PTR records and authentication. Please review',
      '<** 550-5.7.1  https://support.google.com/mail/?p=IPv6AuthError for more information',
      '<** 550 5.7.1 . a1si2wrb.3 - gsmtp',
    ),
    { ...IPV6, replyCode: 550, status: '5.7.1' },
  ],
  [
    'Gmail 5.7.25 no PTR, Postfix bounce DSN human part',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '<bob@gmail.com>: host gmail-smtp-in.l.google.com[2a00:1450:400c:c0b::1a] said:',
      '    550-5.7.25 [2001:db8:1::25] The IP address sending this message does not',
      '    have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry',
      '    does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not',
      '    accept messages 550-5.7.25 from IPs with missing PTR records. For more',
      '    information, go to 550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices',
      '    b4si66wrb.9 - gsmtp (in reply to end of DATA command)',
    ),
    { ...PTR, recipient: 'bob@gmail.com', replyCode: 550, status: '5.7.25' },
  ],
  [
    'Gmail 4.7.28 unusual rate from the DKIM domain, Mailgun failed event',
    '{"event":"failed","severity":"temporary","recipient":"bob@gmail.com","reason":"generic","delivery-status":{"code":421,"message":"4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain [example.com 12]. To protect our users from spam, mail sent from your domain has been temporarily rate limited. For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. g5si77wrb.1 - gsmtp","attempt-no":2,"description":"","enhanced-code":"4.7.28"}}',
    { ...SPAM_RATE, recipient: 'bob@gmail.com', replyCode: 421 },
  ],
];

const YAHOO_12: RealWorldCase[] = [
  [
    'Yahoo 5.7.9 policy reasons (DMARC), Postfix log line',
    'Feb 11 08:00:01 mail postfix/smtp[3312]: 9ZxA1B: to=<carol@yahoo.com>, relay=mta7.am0.yahoodns.net[67.195.204.72]:25, delay=3, delays=0.1/0/1.1/1.8, dsn=5.7.9, status=bounced (host mta7.am0.yahoodns.net[67.195.204.72] said: 554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes (in reply to end of DATA command))',
    { ...DMARC_OR_POLICY, recipient: 'carol@yahoo.com', replyCode: 554, status: '5.7.9', provider: /yahoo/i },
  ],
  [
    'Yahoo 5.7.9 unauthenticated sender (2024 bulk rule)',
    '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    { ...AUTH, replyCode: 550, status: '5.7.9' },
  ],
  [
    'Yahoo TSS04 complaints deferral, Exim retry line',
    '2026-02-02 14:22:10 1sAbCd-0001Xy-2Q == carol@yahoo.com R=dnslookup T=remote_smtp defer (-46) H=mta6.am0.yahoodns.net [67.195.228.106]: SMTP error from remote mail server after pipelined MAIL FROM:<alice@example.com> SIZE=5120: 421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...RATE, recipient: 'carol@yahoo.com', replyCode: 421, provider: /yahoo/i },
  ],
];

const MICROSOFT_12: RealWorldCase[] = [
  [
    'Outlook.com 5.7.515 authentication level, Exchange NDR diagnostic block',
    lines(
      "Your message to dave@outlook.com couldn't be delivered.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: BN8NAM11HT123.mail.protection.outlook.com',
      '',
      'dave@outlook.com',
      "Remote server returned '550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more, see https://aka.ms/EmailAuthenticationRequirements [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com 2026-05-05T10:11:12.345Z 08DCABCDEF123456]'",
    ),
    { ...AUTH, recipient: 'dave@outlook.com', status: '5.7.515', provider: /microsoft|outlook/i },
  ],
  [
    'Hotmail 5.7.515 in an SES bounce notification',
    '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"erin@hotmail.com","action":"failed","status":"5.7.515","diagnosticCode":"smtp; 550 5.7.515 Access denied, sending domain [NEWS.EXAMPLE.COM] does not meet the required authentication level. [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-04-01T08:00:00.000Z 08DC1234ABCD5678]"}],"timestamp":"2026-04-01T08:00:01.000Z","reportingMTA":"dns; a8-40.smtp-out.amazonses.com"},"mail":{"source":"news@news.example.com","destination":["erin@hotmail.com"]}}',
    { ...AUTH, recipient: 'erin@hotmail.com', provider: /microsoft|outlook/i },
  ],
  [
    'Exchange Online 5.7.509 DMARC reject, Postfix log line',
    'Apr  9 16:40:03 relay postfix/smtp[881]: 5C2D9A: to=<frank@contoso.com>, relay=contoso-com.mail.protection.outlook.com[52.101.41.12]:25, delay=1.9, delays=0.02/0/0.6/1.3, dsn=5.7.509, status=bounced (host contoso-com.mail.protection.outlook.com[52.101.41.12] said: 550 5.7.509 Access denied, sending domain EXAMPLE.COM does not pass DMARC verification and has a DMARC policy of reject. [CY4PEPF0000EE3A.namprd03.prod.outlook.com 2026-04-09T16:40:03.101Z 08DC55AA66BB77CC] (in reply to end of DATA command))',
    { ...DMARC, recipient: 'frank@contoso.com', replyCode: 550, status: '5.7.509' },
  ],
  [
    'Exchange Online TLS 1.0/1.1 refused on port 25',
    '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [SN6PR04CA0012.namprd04.prod.outlook.com 2026-01-20T11:00:00.000Z 08DC0000AAAA1111]',
    { ...TLS_OLD, replyCode: 421, status: '4.7.66' },
  ],
  [
    'Exchange Online outbound DANE: 4.7.323 tlsa-invalid',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'grace@example.org',
      "The destination mail server's certificate didn't match the DANE TLSA record published for it.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DM6PR11MB4321.namprd11.prod.outlook.com',
      '',
      'grace@example.org',
      "Remote server returned '450 4.7.323 tlsa-invalid: The domain failed DANE validation.'",
    ),
    { ...DANE_DNS, recipient: 'grace@example.org', status: '4.7.323' },
  ],
];

const DMARC_RECEIVERS_12: RealWorldCase[] = [
  [
    'Postfix + OpenDMARC milter-reject, receiver log line',
    'May 12 07:15:33 mx postfix/cleanup[4410]: 4Vw3Kq1Zz7: milter-reject: END-OF-MESSAGE from mail.example.com[203.0.113.5]: 5.7.1 rejected by DMARC policy for example.com; from=<alice@example.com> to=<heidi@example.org> proto=ESMTP helo=<mail.example.com>',
    { ...DMARC, recipient: 'heidi@example.org' },
  ],
  [
    "Postfix + OpenDMARC, the sender's bounce text",
    lines(
      '<heidi@example.org>: host mx.example.org[198.51.100.7] said: 550 5.7.1',
      '    rejected by DMARC policy for example.com (in reply to end of DATA command)',
    ),
    { ...DMARC, recipient: 'heidi@example.org', replyCode: 550, status: '5.7.1' },
  ],
  ['Rspamd DMARC reject via milter', '554 5.7.1 Rejected due to DMARC policy', { ...DMARC, replyCode: 554 }],
  [
    "Exim ACL: rejected by sender's DMARC policy",
    "2026-03-03 12:00:00 1sZZZZ-000111-AB H=mail.example.com [203.0.113.5] F=<alice@example.com> rejected after DATA: Rejected by sender's DMARC policy",
    { ...DMARC },
  ],
  [
    'Proofpoint: email rejected per DMARC policy',
    '550 5.7.1 Email rejected per DMARC policy for example.com (in reply to end of DATA command)',
    { ...DMARC, replyCode: 550 },
  ],
  [
    'Mimecast: DMARC Sender Invalid, Exim bounce',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  ivan@example.co.uk',
      '    host eu-smtp-inbound-1.mimecast.com [195.130.217.1]',
      '    SMTP error from remote mail server after RCPT TO:<ivan@example.co.uk>:',
      '    550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [kX2bQyTzN1q3aB_cdE4fgh.uk299]',
    ),
    { ...DMARC, recipient: 'ivan@example.co.uk', replyCode: 550, provider: /mimecast/i },
  ],
  [
    'Mimecast: anti-spoofing policy, inbound not allowed',
    '550 Anti-Spoofing policy - Inbound not allowed - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeFgHiJk1LmN2oPq3rS.us512]',
    {
      cause: ['dmarc-fail', 'auth-failed', 'spf-fail', 'policy-violation', 'sender-rejected'],
      reason: ['authfailure', 'policyviolation', 'rejected'],
      side: 'sender',
      replyCode: 550,
      provider: /mimecast/i,
    },
  ],
];

const SPF_12: RealWorldCase[] = [
  [
    'policyd-spf: permerror, too many DNS lookups',
    '550 5.7.24 <judy@example.org>: Recipient address rejected: Message rejected due to: SPF Permanent Error: Too many DNS lookups. Please see http://www.open-spf.org/Why;id=alice%40example.com;ip=203.0.113.5;r=<UNKNOWN>',
    { ...SPF, recipient: 'judy@example.org', replyCode: 550, status: '5.7.24' },
  ],
  [
    'policyd-spf: permerror, void lookup limit',
    '550 5.7.24 <judy@example.org>: Recipient address rejected: Message rejected due to: SPF Permanent Error: Void lookup limit of 2 exceeded. Please see http://www.open-spf.org/Why;id=alice%40example.com;ip=203.0.113.5;r=<UNKNOWN>',
    { ...SPF, recipient: 'judy@example.org', replyCode: 550 },
  ],
  [
    'policyd-spf: permerror, unknown mechanism',
    '550 5.7.24 <judy@example.org>: Recipient address rejected: Message rejected due to: SPF Permanent Error: Unknown mechanism found: ip:203.0.113.5. Please see http://www.open-spf.org/Why;id=alice%40example.com;ip=203.0.113.5;r=<UNKNOWN>',
    { ...SPF, recipient: 'judy@example.org' },
  ],
  [
    'policyd-spf: temperror, DNS timeout',
    '451 4.4.3 <judy@example.org>: Recipient address rejected: SPF Temporary Error: DNS Timeout',
    { ...SPF_TEMP, recipient: 'judy@example.org', replyCode: 451 },
  ],
  [
    'Exim SPF ACL: host not allowed to send mail from the domain',
    '550 203.0.113.5 is not allowed to send mail from example.com.  Please see http://www.open-spf.org/Why?scope=mfrom;identity=alice@example.com;ip=203.0.113.5',
    { ...SPF, replyCode: 550, recipient: null, sender: 'alice@example.com' },
  ],
  [
    'Mimecast: SPF Sender Invalid, Postfix log line',
    'Jun  1 09:09:09 out postfix/smtp[777]: 1A2B3C: to=<kim@example.co.uk>, relay=eu-smtp-inbound-2.mimecast.com[195.130.217.2]:25, delay=0.9, delays=0.01/0/0.5/0.4, dsn=5.0.0, status=bounced (host eu-smtp-inbound-2.mimecast.com[195.130.217.2] said: 550 SPF Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [Zz9Yy8Xx7.uk5] (in reply to RCPT TO command))',
    { ...SPF, recipient: 'kim@example.co.uk', replyCode: 550, provider: /mimecast/i },
  ],
];

const TRANSPORT_12: RealWorldCase[] = [
  [
    'Postfix: TLS protocol version alert from the peer',
    lines(
      'Jul  7 10:00:01 out postfix/smtp[1201]: SSL_connect error to mx.example.org[198.51.100.7]:25: -1',
      'Jul  7 10:00:01 out postfix/smtp[1201]: warning: TLS library problem: error:0A00042E:SSL routines::tlsv1 alert protocol version:../ssl/record/rec_layer_s3.c:1605:SSL alert number 70:',
      'Jul  7 10:00:01 out postfix/smtp[1201]: 7D8E9F: to=<leo@example.org>, relay=mx.example.org[198.51.100.7]:25, delay=0.4, delays=0.01/0/0.3/0, dsn=4.7.5, status=deferred (Cannot start TLS: handshake failure)',
    ),
    {
      ...TLS_OLD,
      cause: ['tls-outdated', 'tls-failed', 'security-error', 'tls-required'],
      reason: ['securityerror', 'failedstarttls'],
      recipient: 'leo@example.org',
    },
  ],
  [
    'Postfix MTA-STS enforce: peer refused STARTTLS',
    'Aug  2 11:11:11 out postfix/smtp[2222]: 0F1E2D: to=<mia@example.org>, relay=mx2.example.org[198.51.100.8]:25, delay=1.2, delays=0.01/0/1.1/0, dsn=4.7.4, status=deferred (TLS is required, but host mx2.example.org[198.51.100.8] refused to start TLS: 454 4.7.0 TLS not available due to local problem)',
    { ...TLS, recipient: 'mia@example.org' },
  ],
  [
    'Postfix MTA-STS enforce: certificate name mismatch',
    'Aug  2 11:12:00 out postfix/smtp[2223]: 0F1E2D: to=<mia@example.org>, relay=mx.example.org[198.51.100.7]:25, delay=302, delays=300/0/2/0, dsn=4.7.5, status=deferred (Server certificate not verified)',
    { ...TLS, recipient: 'mia@example.org', status: '4.7.5' },
  ],
  [
    'Postfix DANE: TLSA lookup error (DNSSEC bogus)',
    'Sep  9 09:00:00 out postfix/smtp[3333]: 4A5B6C: to=<nina@example.net>, relay=none, delay=0.3, delays=0.01/0/0.29/0, dsn=4.7.5, status=deferred (TLSA lookup error for mx.example.net:25)',
    { ...DANE_DNS, recipient: 'nina@example.net' },
  ],
  [
    'Postfix DANE: server certificate not trusted',
    'Sep  9 09:05:00 out postfix/smtp[3334]: 4A5B6C: to=<nina@example.net>, relay=mx.example.net[203.0.113.99]:25, delay=1, delays=0.01/0/0.9/0, dsn=4.7.5, status=deferred (Server certificate not trusted)',
    { ...TLS, recipient: 'nina@example.net' },
  ],
  [
    'Exim: TLS error on connection, certificate verify failed',
    '2026-09-10 08:00:00 1sQQQQ-000AAA-BB H=mx.example.net [203.0.113.99]: TLS error on connection to mx.example.net [203.0.113.99] (SSL_connect): error:0A000086:SSL routines::certificate verify failed',
    { ...TLS },
  ],
  [
    'Exchange Online: 5.7.324 dnssec-invalid, Postfix-style relay log',
    "Remote server returned '550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records'",
    {
      cause: ['dns-failure', 'recipient-tls-invalid', 'tls-failed', 'security-error'],
      reason: ['networkerror', 'securityerror'],
      status: '5.7.324',
    },
  ],
];

const DOMAINS_12: RealWorldCase[] = [
  [
    'Postfix: recipient domain publishes a null MX',
    'Nov  3 13:00:00 out postfix/smtp[5555]: 1E2F3A: to=<paul@parked.example>, relay=none, delay=0.1, delays=0.01/0/0.09/0, dsn=5.1.10, status=bounced (Domain parked.example does not accept mail (nullMX))',
    { ...NULL_MX, recipient: 'paul@parked.example', status: '5.1.10' },
  ],
  [
    'Postfix receiver: sender domain publishes a null MX',
    '550 5.7.27 <alice@noreply.example.com>: Sender address rejected: Domain noreply.example.com does not accept mail (nullMX)',
    {
      ...SENDER_DOMAIN,
      cause: ['sender-domain-invalid', 'sender-verify-failed', 'null-mx'],
      reason: ['rejected', 'notaccept', 'hostunknown'],
      replyCode: 550,
      status: '5.7.27',
    },
  ],
  [
    'Sendmail: domain of sender address does not exist',
    '553 5.1.8 <alice@nosuch.example>... Domain of sender address alice@nosuch.example does not exist',
    { ...SENDER_DOMAIN, replyCode: 553, status: '5.1.8', recipient: null },
  ],
  [
    'Postfix receiver: sender domain not found, permanent',
    '550 5.1.8 <alice@nosuch.example>: Sender address rejected: Domain not found',
    { ...SENDER_DOMAIN, replyCode: 550, status: '5.1.8', recipient: null },
  ],
];

const MORE_12: RealWorldCase[] = [
  [
    'Outlook.com 5.7.515 in a German Exchange NDR',
    lines(
      'Ihre Nachricht an dave@outlook.de konnte nicht übermittelt werden.',
      '',
      'Diagnoseinformationen für Administratoren:',
      '',
      'Generierender Server: FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM',
      '',
      'dave@outlook.de',
      "Remoteserver hat '550 5.7.515 Access denied, sending domain [EXAMPLE.DE] does not meet the required authentication level. [FR2PEPF000001AB.DEUP281.PROD.OUTLOOK.COM 2026-05-06T07:00:00.000Z 08DC99AA88BB77CC]' zurückgegeben",
    ),
    { ...AUTH, recipient: 'dave@outlook.de', status: '5.7.515' },
  ],
  [
    'Exchange Online 5.7.509 in a Spanish NDR',
    lines(
      'No se pudo entregar el mensaje a frank@contoso.es.',
      '',
      'Información de diagnóstico para administradores:',
      '',
      'Servidor de generación: MR1P264MB2222.FRAP264.PROD.OUTLOOK.COM',
      '',
      'frank@contoso.es',
      "El servidor remoto devolvió '550 5.7.509 Access denied, sending domain EXAMPLE.ES does not pass DMARC verification and has a DMARC policy of reject. [MR2PEPF00000ABC.FRAP264.PROD.OUTLOOK.COM 2026-05-06T07:00:00.000Z 08DC11AA22BB33CC]'",
    ),
    { ...DMARC, recipient: 'frank@contoso.es', status: '5.7.509' },
  ],
  [
    'Gmail 5.7.26 DMARC via Exim sender log with TLS fields',
    "2026-06-01 10:00:00 1sYYYY-000BBB-CC ** bob@gmail.com R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.com [142.250.102.26] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after end of data: 550-5.7.26 Unauthenticated email from example.com is not accepted due to\\n550-5.7.26 domain's DMARC policy. Please contact the administrator of example.com\\n550-5.7.26 domain if this was a legitimate mail.\\n550 5.7.26 To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection h7si1wrb.4 - gsmtp",
    { ...DMARC, recipient: 'bob@gmail.com', replyCode: 550, status: '5.7.26' },
  ],
  [
    'Gmail as sender: MTA-STS/STARTTLS failure in "Message not delivered"',
    lines(
      'Message not delivered',
      '',
      'There was a problem delivering your message to nina@example.net. See the technical details below.',
      '',
      'The response was:',
      '',
      'TLS Negotiation failed: FAILED_PRECONDITION: starttls error',
    ),
    { ...TLS, recipient: 'nina@example.net' },
  ],
  [
    'Cisco Secure Email: domain of sender address does not exist',
    '553 #5.1.8 Domain of sender address <alice@nosuch.example> does not exist',
    { ...SENDER_DOMAIN, replyCode: 553, recipient: null },
  ],
  [
    'swaks: TLS startup refused for an old protocol',
    lines(
      '=== Connected to mx.example.org.',
      '<-  220 mx.example.org ESMTP Postfix',
      ' -> EHLO client.example.com',
      '<-  250-mx.example.org',
      '<-  250-STARTTLS',
      '<-  250 SMTPUTF8',
      ' -> STARTTLS',
      '<-  220 2.0.0 Ready to start TLS',
      '*** TLS startup failed (connect(): error:0A00042E:SSL routines::tlsv1 alert protocol version)',
    ),
    TLS_OLD,
  ],
  [
    'Postfix + OpenDMARC reject as seen in a Mailgun failed event',
    '{"event":"failed","severity":"permanent","recipient":"heidi@example.org","reason":"bounce","delivery-status":{"code":550,"message":"5.7.1 rejected by DMARC policy for example.com","attempt-no":1,"description":"","enhanced-code":"5.7.1"}}',
    { ...DMARC, recipient: 'heidi@example.org', replyCode: 550 },
  ],
];

// A third batch, written after the fixes above and measured before any further change.
const THIRD_12: RealWorldCase[] = [
  [
    'Postmark HardBounce webhook: Outlook.com 5.7.515',
    '{"RecordType":"Bounce","MessageStream":"broadcast","ID":90210,"Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Tag":"newsletter","MessageID":"7f1c2d3e-0000-4a5b-9c8d-112233445566","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;550 5.7.515 Access denied, sending domain [NEWS.EXAMPLE.COM] does not meet the required authentication level. [DB1PEPF000509F5.eurprd03.prod.outlook.com 2026-05-10T09:00:00.000Z 08DC7777AAAA8888]","Email":"erin@outlook.com","From":"news@news.example.com","BouncedAt":"2026-05-10T09:00:01Z","Inactive":true,"CanActivate":true,"Subject":"May news"}',
    { ...AUTH, recipient: 'erin@outlook.com', provider: /microsoft|outlook/i },
  ],
  [
    'Brevo hard_bounce webhook: Yahoo 5.7.9 policy reasons',
    '{"event":"hard_bounce","email":"carol@yahoo.com","id":123456,"date":"2026-05-10 11:00:00","ts":1778403600,"message-id":"<202605101100.1234@smtp-relay.mailin.fr>","ts_event":1778403600,"subject":"Offer","tag":"","sending_ip":"185.41.28.100","ts_epoch":1778403600000,"reason":"554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes"}',
    { ...DMARC_OR_POLICY, recipient: 'carol@yahoo.com' },
  ],
  [
    'Exim receiver: SPF refusal in a rejected RCPT log line',
    '2026-05-11 08:30:00 H=mail.example.com [203.0.113.5] F=<alice@example.com> rejected RCPT <heidi@example.org>: 203.0.113.5 is not allowed to send mail from example.com.  Please see http://www.open-spf.org/Why?scope=mfrom;identity=alice@example.com;ip=203.0.113.5',
    { ...SPF, recipient: 'heidi@example.org', sender: 'alice@example.com' },
  ],
  [
    'Exchange Online 5.7.509 in a French NDR',
    lines(
      "Votre message à frank@contoso.fr n'a pas pu être remis.",
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'Serveur de génération : PR1P264MB3333.FRAP264.PROD.OUTLOOK.COM',
      '',
      'frank@contoso.fr',
      "Le serveur distant a retourné '550 5.7.509 Access denied, sending domain EXAMPLE.FR does not pass DMARC verification and has a DMARC policy of reject. [PR0P264CA0001.FRAP264.PROD.OUTLOOK.COM 2026-05-11T07:00:00.000Z 08DC4444BBBB5555]'",
    ),
    { ...DMARC, recipient: 'frank@contoso.fr', status: '5.7.509' },
  ],
  [
    'Exim receiver: DMARC temporarily rejected after DATA',
    '2026-05-11 09:00:00 H=mail.example.com [203.0.113.5] F=<alice@example.com> temporarily rejected after DATA: Temporary DMARC failure, try again later',
    { cause: ['dmarc-fail', 'auth-failed', 'dns-failure'], reason: ['authfailure', 'networkerror'] },
  ],
];

const ALL_12: RealWorldCase[] = [
  ...GOOGLE_12,
  ...YAHOO_12,
  ...MICROSOFT_12,
  ...DMARC_RECEIVERS_12,
  ...SPF_12,
  ...TRANSPORT_12,
  ...DOMAINS_12,
  ...MORE_12,
  ...THIRD_12,
];

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG: Record<string, string> = {};

export const ROUND_12: RealWorldCase[] = ALL_12.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});
