import type { RealWorldCase } from './real-world-cases.js';
import { lines, PTR, RATE, STARTTLS, textEmail } from './real-world-expectations.js';

/*
 * An eighty-sixth held-out round: what the big mailbox providers answer since their 2024-2026 sender requirements,
 * and how senders meet those answers. Gmail's bulk-sender replies (4.7.26/5.7.26 unauthenticated and DMARC,
 * 4.7.27/5.7.27 SPF, 4.7.30/5.7.30 DKIM, 4.7.32/5.7.32 From alignment, 4.7.23/5.7.25 PTR, 4.7.28/5.7.28 unusual rate
 * of unsolicited mail, 4.7.29/5.7.29 TLS, 5.7.1 low domain reputation and likely unsolicited); Yahoo/AOL's (TSS04,
 * 5.7.9 unauthenticated and "policy reasons", TSS09, TS03, PH01); Outlook.com's 2025 high-volume rule (5.7.515,
 * once with its "Spf=Pass, Dkim=Fail, DMARC=Pass"), S3150/S3140, 4.7.650, 5.7.509 and Exchange Online's
 * 5.7.708/5.7.750/5.7.705; iCloud's CS01, Comcast's BL/RL codes and no-rDNS reply, Orange's OFR_401, GMX and
 * Web.de, La Poste (the last two written plainly where the exact words were not sure) - as the reply alone, as a
 * Postfix or Exim log line, as SendGrid, Mailgun, Amazon SES, Postmark and Brevo show them, and as bounce notices
 * (Exim, Postfix delay and DSN, Microsoft 365, Gmail). Written from knowledge of the providers' replies, none from
 * the development corpus or the rules, measured before any rule was changed:
 *   round 86  64 cases, 55 right as written (86 %). Case corrections of ours (3): Comcast's no-rDNS reply had been
 *             given the code BL000001, which Comcast's page gives to a Spamhaus listing (the code went, the
 *             words stayed); Web.de's PTR reply reworded to its documented "Bad DNS PTR resource record" (we had
 *             "invalid"); La Poste's plainly written DMARC reply no longer expects the provider (its words name
 *             none once an unsure reference was left out). The rules' 7 misses (Comcast's counted here too: once
 *             corrected it still failed, on its provider):
 *             - a provider's vague framing won over the reason its own reply goes on to state (2): United
 *               Internet's "Reject due to policy restrictions" before GMX's "neither SPF nor DKIM passed"
 *               (policy-violation; once past it, read as SMTP AUTH's "not authenticated"), and Yahoo's "not
 *               accepted for policy reasons" under Postmark's DMARCPolicy type (the same framing had also hidden
 *               the generic "PTR resource record" of Web.de's reply as we first wrote it);
 *             - Gmail's current wording not known (1): 4.7.23's "doesn't have a PTR record" (only "does not" was)
 *               lost to the generic "your IP address has been" (ip-blocklisted);
 *             - a passing check read as a failure (1): 5.7.515's "Spf=Pass, Dkim=Fail, DMARC=Pass" was dmarc-fail;
 *             - Exim's one-line log of a multi-line reply (1): its escaped line breaks ("sent\n421-4.7.29 over a
 *               TLS connection") split the TLS words, so "rate limited" won;
 *             - the provider not named (2): Yahoo's 5.7.9 "Yahoo requires all senders to authenticate" alone,
 *               and Comcast's reply naming only its resimta host.
 *   fixed     in code: a provider phrase marked vague yields to a decisive phrase of another cause in the same reply
 *             (classify.ts); checks that passed ("dmarc=pass") are left out of the words matched (classify.ts);
 *             Exim's escaped breaks before a reply line are put back (mta-log.ts); Postmark's DMARCPolicy type is
 *             added after the reply it quotes (esp-events.ts, the reading as data in esp-api-errors.ts). As data:
 *             Gmail's "doesn't have a PTR record" and "PTR record's forward DNS entry" (google.ts), "neither SPF
 *             nor DKIM" (reply-phrases.ts), Yahoo's "yahoo requires all senders" and Comcast's ".sys.comcast.net"
 *             as markers. 64 of 64; whole suite green; corpus 366/383, reply codes 261/274, byte for byte the same.
 *   then      a second batch of 15 (SECOND_BATCH_86: Gmail's IPv6 PTR/authentication 5.7.1 and 4.7.0 unsolicited
 *             rate, Postmark HardBounce and Brevo soft_bounce webhooks, Yahoo BL21 and a Postfix delay notice of
 *             TSS04, Exim's log of S3150, Outlook.com's 4.7.500 server busy, SendGrid's 5.7.515, a Microsoft 365
 *             NDR of 5.7.708 and one of Yahoo's 5.7.9, Orange OFR_999, Mailgun's log summary, SES's transient
 *             4.7.28, Postfix's log of 4.7.29), written after the fixes and measured before any change: 13 of 15
 *             right as written. The misses: Postfix's log of Gmail's 4.7.29 (its folded continuation prefixes
 *             "sent 421-4.7.29 over" split the TLS words as Exim's breaks had: "rate limited" won), and Mailgun's
 *             "Failed: sender → recipient" lost its recipient. Fixed: continuation prefixes ("421-4.7.29") inside
 *             a folded line are left out of the words matched (classify.ts); "→" before an address leads to the
 *             recipient, as it already cast the address before it as the sender (scan-text.ts). 15 of 15; corpus
 *             unchanged.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const GMAIL = { provider: /google|gmail/i } as const;
const YAHOO = { provider: /yahoo|aol/i } as const;
const MICROSOFT = { provider: /microsoft|outlook|hotmail/i } as const;
const SURE = { confidence: 'high' } as const;
const FAIRLY = { confidence: ['medium', 'low'] } as const;

// SPF did not pass (Gmail's 4.7.27/5.7.27): the SPF cause, or the sender-authentication family.
const SPF_FAIL = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
// DKIM did not pass (Gmail's 4.7.30/5.7.30).
const DKIM_FAIL = { cause: ['dkim-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
// The From domain is not aligned with SPF or DKIM (Gmail's 4.7.32/5.7.32): DMARC's alignment.
const ALIGN = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
// Unauthenticated, with no one mechanism named (or several): any of the family.
const UNAUTH = {
  cause: ['auth-failed', 'dmarc-fail', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
// "An unusual rate of unsolicited mail" from your IP or domain: reputation, read as a rate limit or spam too.
const UNSOLICITED = {
  cause: ['ip-reputation', 'domain-reputation', 'rate-limited', 'spam-filtered'],
  reason: ['badreputation', 'speeding', 'blocked', 'spamdetected'],
  side: 'sender',
} as const;
const BLOCKLISTED = {
  cause: ['ip-blocklisted', 'network-blocklisted', 'ip-reputation'],
  reason: ['blocked', 'badreputation'],
  side: 'sender',
} as const;
// A provider's "not accepted for policy reasons": a policy or spam verdict, or (Yahoo) a DMARC reject.
const POLICY_OR_AUTH = {
  cause: ['policy-violation', 'spam-filtered', 'content-filtered', 'dmarc-fail', 'auth-failed'],
  reason: ['policyviolation', 'spamdetected', 'filtered', 'authfailure'],
  side: 'sender',
} as const;
const SPAMMY = {
  cause: ['spam-filtered', 'policy-violation', 'ip-reputation', 'domain-reputation'],
  reason: ['spamdetected', 'policyviolation', 'badreputation', 'blocked'],
  side: 'sender',
} as const;
const TLS = { ...STARTTLS, side: 'sender' } as const;

const gsmtp = (id: string) => `${id} - gsmtp`;

// Gmail's replies to bulk senders, as the SMTP reply alone.
const GMAIL_REPLIES: RealWorldCase[] = [
  [
    'Gmail 5.7.26: sender unauthenticated, DKIM and SPF did not pass',
    lines(
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
      '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
      '550-5.7.26',
      '550-5.7.26  Authentication results:',
      '550-5.7.26  DKIM = did not pass',
      '550-5.7.26  SPF [news.example.com] with ip: [203.0.113.25] = did not pass',
      '550-5.7.26',
      '550-5.7.26  For instructions on setting up authentication, go to',
      `550 5.7.26  https://support.google.com/mail/answer/81126#authentication ${gsmtp('d2e1a72fcca58-7a1b2c3d4e5si1234567b3a.321')}`,
    ),
    { ...UNAUTH, ...GMAIL, ...FINAL, ...SURE, replyCode: 550, status: '5.7.26' },
  ],
  [
    'Gmail 4.7.26: rate limited, unauthenticated',
    lines(
      '421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail',
      '421-4.7.26 requires all senders to authenticate with either SPF or DKIM.',
      '421-4.7.26',
      '421-4.7.26  Authentication results:',
      '421-4.7.26  DKIM = did not pass',
      '421-4.7.26  SPF [mailer.example.org] with ip: [198.51.100.14] = did not pass',
      '421-4.7.26',
      '421-4.7.26  For instructions on setting up authentication, go to',
      `421 4.7.26  https://support.google.com/mail/answer/81126#authentication ${gsmtp('a640c23a62f3a-a9b8c7d6e5si98765466b.12')}`,
    ),
    { ...UNAUTH, ...GMAIL, ...TEMPORARY, replyCode: 421, status: '4.7.26' },
  ],
  [
    'Gmail 4.7.27: rate limited, SPF did not pass',
    lines(
      "421-4.7.27 Your email has been rate limited because SPF authentication didn't",
      '421-4.7.27 pass for this message. Gmail requires all bulk email senders to',
      '421-4.7.27 authenticate with SPF.',
      '421-4.7.27',
      '421-4.7.27  Authentication results:',
      '421-4.7.27  SPF [bounces.shop.example] with ip: [192.0.2.61] = did not pass',
      '421-4.7.27',
      '421-4.7.27  For instructions on setting up authentication, go to',
      `421 4.7.27  https://support.google.com/mail/answer/81126#authentication ${gsmtp('98e67ed59e1d1-2e3f4a5b6csi55512b6.80')}`,
    ),
    { ...SPF_FAIL, ...GMAIL, ...TEMPORARY, ...SURE, replyCode: 421, status: '4.7.27' },
  ],
  [
    'Gmail 5.7.27: blocked, SPF did not pass',
    lines(
      "550-5.7.27 Your email has been blocked because SPF authentication didn't pass",
      '550-5.7.27 for this message. Gmail requires all bulk email senders to',
      '550-5.7.27 authenticate with SPF. For instructions on setting up',
      '550-5.7.27 authentication, go to',
      `550 5.7.27  https://support.google.com/mail/answer/81126#authentication ${gsmtp('5b1f17b1804b1-43c1d2e3f4si44412f9.77')}`,
    ),
    { ...SPF_FAIL, ...GMAIL, ...FINAL, ...SURE, replyCode: 550, status: '5.7.27' },
  ],
  [
    'Gmail 4.7.30: rate limited, DKIM did not pass',
    lines(
      "421-4.7.30 Your email has been rate limited because DKIM authentication didn't",
      '421-4.7.30 pass for this message. Gmail requires all bulk email senders to',
      '421-4.7.30 authenticate with DKIM.',
      '421-4.7.30',
      '421-4.7.30  Authentication results:',
      '421-4.7.30  DKIM = did not pass',
      '421-4.7.30',
      '421-4.7.30  For instructions on setting up DKIM authentication, go to',
      `421 4.7.30  https://support.google.com/mail/answer/81126#authentication ${gsmtp('41be03b00d2f7-7e6d5c4b3asi3331a3.5')}`,
    ),
    { ...DKIM_FAIL, ...GMAIL, ...TEMPORARY, ...SURE, replyCode: 421, status: '4.7.30' },
  ],
  [
    'Gmail 5.7.30: blocked, DKIM did not pass',
    lines(
      "550-5.7.30 Your email has been blocked because DKIM authentication didn't pass",
      '550-5.7.30 for this message. Gmail requires all bulk email senders to',
      '550-5.7.30 authenticate with DKIM. For instructions on setting up DKIM',
      '550-5.7.30 authentication, go to',
      `550 5.7.30  https://support.google.com/mail/answer/81126#authentication ${gsmtp('d9443c01a7336-20e1f2a3b4si2221c7.9')}`,
    ),
    { ...DKIM_FAIL, ...GMAIL, ...FINAL, ...SURE, replyCode: 550, status: '5.7.30' },
  ],
  [
    'Gmail 4.7.32: rate limited, From: not aligned',
    lines(
      '421-4.7.32 Your email has been rate limited because the From: header (RFC5322)',
      "421-4.7.32 in this message isn't aligned with either the authenticated SPF or",
      '421-4.7.32 DKIM organizational domain. To learn more about DMARC alignment,',
      '421-4.7.32 go to',
      `421 4.7.32  https://support.google.com/mail/?p=DmarcRejection ${gsmtp('6a1803df08f44-6cb1a2b3c4si1112d.44')}`,
    ),
    { ...ALIGN, ...GMAIL, ...TEMPORARY, ...SURE, replyCode: 421, status: '4.7.32' },
  ],
  [
    'Gmail 5.7.32: blocked, From: not aligned',
    lines(
      '550-5.7.32 Your email has been blocked because the From: header (RFC5322) in',
      "550-5.7.32 this message isn't aligned with either the authenticated SPF or DKIM",
      '550-5.7.32 organizational domain. To learn more about DMARC alignment, go to',
      `550 5.7.32  https://support.google.com/mail/?p=DmarcRejection ${gsmtp('e9c3f9b2a71d0-44d3a2b1c0si9998e.3')}`,
    ),
    { ...ALIGN, ...GMAIL, ...FINAL, ...SURE, replyCode: 550, status: '5.7.32' },
  ],
  [
    "Gmail 5.7.26: unauthenticated mail refused by the domain's DMARC policy",
    lines(
      '550-5.7.26 Unauthenticated email from example.net is not accepted due to',
      "550-5.7.26 domain's DMARC policy. Please contact the administrator of",
      '550-5.7.26 example.net domain if this was a legitimate mail. To learn about',
      '550-5.7.26 the DMARC initiative, go to',
      `550 5.7.26  https://support.google.com/mail/?p=DmarcRejection ${gsmtp('m12-20020a05620a0b0c00b007a1si1234567qkp.55')}`,
    ),
    { ...ALIGN, cause: 'dmarc-fail', ...GMAIL, ...FINAL, ...SURE, replyCode: 550, status: '5.7.26' },
  ],
  [
    'Gmail 4.7.23: no PTR record (rate limited)',
    lines(
      "421-4.7.23 The sending IP address for this message doesn't have a PTR record,",
      "421-4.7.23 or the PTR record's forward DNS entry doesn't point to the sending",
      '421-4.7.23 IP address. To protect users from spam, mail sent from your IP',
      '421-4.7.23 address has been rate limited. For more information, go to',
      `421 4.7.23  https://support.google.com/mail/answer/81126#ip-practices ${gsmtp('c13-20020a17090a2d0d00b002e1si7654321pjc.90')}`,
    ),
    { ...PTR, ...GMAIL, ...TEMPORARY, ...SURE, replyCode: 421, status: '4.7.23' },
  ],
  [
    'Gmail 5.7.25: no PTR record (blocked)',
    lines(
      '550-5.7.25 [2001:db8:1234::25] The IP address sending this message does not',
      '550-5.7.25 have a PTR record setup, or the corresponding forward DNS entry does',
      '550-5.7.25 not point to the sending IP. As a policy, Gmail does not accept',
      '550-5.7.25 messages from IPs with missing PTR records. For more information,',
      `550 5.7.25  go to https://support.google.com/mail/answer/81126#ip-practices ${gsmtp('ffacd0b85a97d-37d1si112233f8f.12')}`,
    ),
    { ...PTR, ...GMAIL, ...FINAL, ...SURE, replyCode: 550, status: '5.7.25', sendingIp: '2001:db8:1234::25' },
  ],
  [
    'Gmail 4.7.28: unusual rate of unsolicited mail from your IP',
    lines(
      '421-4.7.28 [203.0.113.80      15] Gmail has detected an unusual rate of',
      '421-4.7.28 unsolicited mail originating from your IP address. To protect our',
      '421-4.7.28 users from spam, mail sent from your IP address has been',
      '421-4.7.28 temporarily rate limited. For more information, go to',
      `421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError ${gsmtp('a1si123456pfb.333')}`,
    ),
    { ...UNSOLICITED, ...GMAIL, ...TEMPORARY, replyCode: 421, status: '4.7.28', sendingIp: '203.0.113.80' },
  ],
  [
    'Gmail 4.7.28: unusual rate of unsolicited mail from your DKIM domain',
    lines(
      '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail containing',
      '421-4.7.28 one or more DKIM domains. To protect our users from spam, mail sent',
      '421-4.7.28 from your DKIM domain has been temporarily rate limited. For more',
      '421-4.7.28 information, go to',
      `421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError ${gsmtp('b2si234567qtr.7')}`,
    ),
    { ...UNSOLICITED, ...GMAIL, ...TEMPORARY, replyCode: 421, status: '4.7.28' },
  ],
  [
    'Gmail 5.7.28: unusual rate of unsolicited mail, blocked',
    lines(
      '550-5.7.28 [198.51.100.99      12] Our system has detected an unusual rate of',
      '550-5.7.28 unsolicited mail originating from your IP address. To protect our',
      '550-5.7.28 users from spam, mail sent from your IP address has been blocked.',
      '550-5.7.28 Please visit',
      `550 5.7.28  https://support.google.com/mail/?p=UnsolicitedIPError ${gsmtp('c3si345678ejb.410')}`,
    ),
    { ...UNSOLICITED, ...GMAIL, ...FINAL, replyCode: 550, status: '5.7.28', sendingIp: '198.51.100.99' },
  ],
  [
    'Gmail 4.7.29: TLS required (rate limited)',
    lines(
      "421-4.7.29 Your email has been rate limited because this message wasn't sent",
      '421-4.7.29 over a TLS connection. Gmail requires all bulk email senders to use',
      '421-4.7.29 TLS/SSL for SMTP connections. For more information, go to',
      `421 4.7.29  https://support.google.com/mail/answer/81126#tls ${gsmtp('d4si456789plb.61')}`,
    ),
    { ...TLS, ...GMAIL, ...TEMPORARY, replyCode: 421, status: '4.7.29' },
  ],
  [
    'Gmail 5.7.29: TLS required (blocked)',
    lines(
      "550-5.7.29 Your email has been blocked because this message wasn't sent over",
      '550-5.7.29 a TLS connection. Gmail requires all bulk email senders to use',
      '550-5.7.29 TLS/SSL for SMTP connections. For more information, go to',
      `550 5.7.29  https://support.google.com/mail/answer/81126#tls ${gsmtp('e5si567890wrb.4')}`,
    ),
    { ...TLS, ...GMAIL, ...FINAL, replyCode: 550, status: '5.7.29' },
  ],
  [
    'Gmail 5.7.1: very low reputation of the sending domain',
    lines(
      '550-5.7.1 [192.0.2.140] Our system has detected that this message is likely',
      '550-5.7.1 suspicious due to the very low reputation of the sending domain. To',
      '550-5.7.1 best protect our users from spam, the message has been blocked.',
      '550-5.7.1 Please visit',
      `550 5.7.1  https://support.google.com/mail/answer/188131 for more information. ${gsmtp('f6si678901qvb.22')}`,
    ),
    {
      cause: ['domain-reputation', 'spam-filtered'],
      reason: ['badreputation', 'spamdetected', 'blocked'],
      side: 'sender',
      ...GMAIL,
      ...FINAL,
      replyCode: 550,
      status: '5.7.1',
    },
  ],
  [
    'Gmail 5.7.1: likely unsolicited mail',
    lines(
      '550-5.7.1 [203.0.113.41] Our system has detected that this message is likely',
      '550-5.7.1 unsolicited mail. To reduce the amount of spam sent to Gmail, this',
      '550-5.7.1 message has been blocked. For more information, go to',
      `550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError ${gsmtp('g7si789012pjd.8')}`,
    ),
    { ...SPAMMY, ...GMAIL, ...FINAL, replyCode: 550, status: '5.7.1' },
  ],
];

const postfixLog = (
  id: string,
  to: string,
  relay: string,
  dsn: string,
  status: string,
  said: string,
  stage: string,
) =>
  `Dec  5 10:22:14 mail postfix/smtp[21877]: ${id}: to=<${to}>, relay=${relay}:25, delay=1.4, delays=0.08/0.01/0.42/0.9, dsn=${dsn}, status=${status} (host ${relay} said: ${said} (in reply to ${stage} command))`;

// The same replies in the sender's MTA log.
const LOGS: RealWorldCase[] = [
  [
    'Postfix log: Gmail 5.7.26 unauthenticated, bounced',
    postfixLog(
      '4XJ2Kq1cR9z3wLp',
      'maria.lopez@gmail.com',
      'gmail-smtp-in.l.google.com[142.250.102.27]',
      '5.7.26',
      'bounced',
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [example.com] with ip: [203.0.113.7] = did not pass 550-5.7.26 550-5.7.26  For instructions on setting up authentication, go to 550 5.7.26  https://support.google.com/mail/answer/81126#authentication 5b1f17b1804b1-43a1b2si1234567f9.88 - gsmtp',
      'end of DATA',
    ),
    { ...UNAUTH, ...GMAIL, ...FINAL, recipient: 'maria.lopez@gmail.com', replyCode: 550, status: '5.7.26' },
  ],
  [
    'Postfix log: Gmail 4.7.30 DKIM deferred',
    postfixLog(
      'A1B2C3D4E5',
      'k.tanaka@gmail.com',
      'gmail-smtp-in.l.google.com[2a00:1450:400c:c0b::1b]',
      '4.7.30',
      'deferred',
      "421-4.7.30 Your email has been rate limited because DKIM authentication didn't 421-4.7.30 pass for this message. Gmail requires all bulk email senders to 421-4.7.30 authenticate with DKIM. 421-4.7.30 421-4.7.30  Authentication results: 421-4.7.30  DKIM = did not pass 421-4.7.30 421-4.7.30  For instructions on setting up DKIM authentication, go to 421 4.7.30  https://support.google.com/mail/answer/81126#authentication 41be03b00d2f7-7e9si55512a3.40 - gsmtp",
      'end of DATA',
    ),
    {
      ...DKIM_FAIL,
      ...GMAIL,
      ...TEMPORARY,
      recipient: 'k.tanaka@gmail.com',
      replyCode: 421,
      status: '4.7.30',
    },
  ],
  [
    'Postfix log: Gmail 5.7.32 alignment, bounced',
    postfixLog(
      '7F3E21A0C4',
      'orders@example-shop.co.uk',
      'aspmx.l.google.com[142.251.9.26]',
      '5.7.32',
      'bounced',
      "550-5.7.32 Your email has been blocked because the From: header (RFC5322) in 550-5.7.32 this message isn't aligned with either the authenticated SPF or DKIM 550-5.7.32 organizational domain. To learn more about DMARC alignment, go to 550 5.7.32  https://support.google.com/mail/?p=DmarcRejection 2adb3069b0e04-53c1si2345e87.101 - gsmtp",
      'end of DATA',
    ),
    {
      ...ALIGN,
      ...GMAIL,
      ...FINAL,
      recipient: 'orders@example-shop.co.uk',
      replyCode: 550,
      status: '5.7.32',
    },
  ],
  [
    'Postfix log: Gmail 4.7.23 no PTR, deferred at RCPT',
    postfixLog(
      'C0FFEE1234',
      'j.smith@gmail.com',
      'gmail-smtp-in.l.google.com[142.250.102.26]',
      '4.7.23',
      'deferred',
      "421-4.7.23 The sending IP address for this message doesn't have a PTR record, 421-4.7.23 or the PTR record's forward DNS entry doesn't point to the sending 421-4.7.23 IP address. To protect users from spam, mail sent from your IP 421-4.7.23 address has been rate limited. For more information, go to 421 4.7.23  https://support.google.com/mail/answer/81126#ip-practices 4fb4d7f45d1cf-5c9si1234a0f.77 - gsmtp",
      'RCPT TO',
    ),
    { ...PTR, ...GMAIL, ...TEMPORARY, recipient: 'j.smith@gmail.com', replyCode: 421, status: '4.7.23' },
  ],
  [
    'Exim log: Gmail 5.7.27 SPF, failed',
    lines(
      "2026-12-05 09:14:02 1tJbQe-0004Lk-2C ** anna.k@gmail.com R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.com [142.250.27.27] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after end of data: 550-5.7.27 Your email has been blocked because SPF authentication didn't pass\\n550-5.7.27 for this message. Gmail requires all bulk email senders to\\n550-5.7.27 authenticate with SPF. For instructions on setting up\\n550-5.7.27 authentication, go to\\n550 5.7.27  https://support.google.com/mail/answer/81126#authentication a640c23a62f3a-a9a1si12345566b.9 - gsmtp",
    ),
    { ...SPF_FAIL, ...GMAIL, ...FINAL, recipient: 'anna.k@gmail.com', replyCode: 550, status: '5.7.27' },
  ],
  [
    'Exim log: Gmail 4.7.29 TLS, deferred',
    lines(
      "2026-12-05 09:20:41 1tJbWm-0004Qz-7A == billing@gmail.com R=dnslookup T=remote_smtp defer (-46) H=gmail-smtp-in.l.google.com [142.250.27.26]: SMTP error from remote mail server after end of data: 421-4.7.29 Your email has been rate limited because this message wasn't sent\\n421-4.7.29 over a TLS connection. Gmail requires all bulk email senders to use\\n421-4.7.29 TLS/SSL for SMTP connections. For more information, go to\\n421 4.7.29  https://support.google.com/mail/answer/81126#tls 38308e7fff4ca-2f9si9876e1.6 - gsmtp",
    ),
    { ...TLS, ...GMAIL, ...TEMPORARY, recipient: 'billing@gmail.com', replyCode: 421, status: '4.7.29' },
  ],
];

// Yahoo and AOL (one platform since 2021: the same replies, postmaster.yahooinc.com).
const YAHOO_AOL: RealWorldCase[] = [
  [
    'Yahoo 421 4.7.0 [TSS04] temporarily deferred',
    '421 4.7.0 [TSS04] Messages from 203.0.113.50 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    {
      ...RATE,
      ...YAHOO,
      ...TEMPORARY,
      replyCode: 421,
      status: '4.7.0',
      reference: 'TSS04',
      sendingIp: '203.0.113.50',
    },
  ],
  [
    'Yahoo 550 5.7.9: unauthenticated sender blocked',
    '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    { ...UNAUTH, ...YAHOO, ...FINAL, ...SURE, replyCode: 550, status: '5.7.9' },
  ],
  [
    'Yahoo 554 5.7.9 message not accepted for policy reasons',
    '554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
    { ...POLICY_OR_AUTH, ...YAHOO, ...FINAL, ...FAIRLY, replyCode: 554, status: '5.7.9' },
  ],
  [
    'Yahoo 553 5.7.2 [TSS09] permanently deferred',
    '553 5.7.2 [TSS09] All messages from 198.51.100.23 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    {
      ...BLOCKLISTED,
      ...YAHOO,
      ...FINAL,
      replyCode: 553,
      status: '5.7.2',
      reference: 'TSS09',
      sendingIp: '198.51.100.23',
    },
  ],
  [
    'Yahoo 421 [TS03] all messages permanently deferred',
    '421 4.7.0 [TS03] All messages from 192.0.2.77 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    { ...BLOCKLISTED, ...YAHOO, replyCode: 421, reference: 'TS03', sendingIp: '192.0.2.77' },
  ],
  [
    'Yahoo 554 [PH01] not accepted for policy reasons',
    '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
    {
      ...SPAMMY,
      cause: ['policy-violation', 'spam-filtered', 'content-filtered'],
      ...YAHOO,
      ...FINAL,
      replyCode: 554,
      reference: 'PH01',
    },
  ],
  [
    'AOL (Yahoo platform) 550 5.7.9 unauthenticated, via Postfix log',
    postfixLog(
      '3B7E9F0021',
      'grandpa.joe@aol.com',
      'mx-aol.mail.gm0.yahoodns.net[67.195.204.77]',
      '5.7.9',
      'bounced',
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
      'end of DATA',
    ),
    { ...UNAUTH, ...YAHOO, ...FINAL, recipient: 'grandpa.joe@aol.com', replyCode: 550, status: '5.7.9' },
  ],
  [
    'Yahoo TSS04 in an Exim defer line',
    '2026-12-05 11:02:33 1tJcAa-0007Xy-5F == promo-list@yahoo.com R=dnslookup T=remote_smtp defer (-45) H=mta7.am0.yahoodns.net [67.195.228.106]: SMTP error from remote mail server after initial connection: 421 4.7.0 [TSS04] Messages from 203.0.113.50 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    {
      ...RATE,
      ...YAHOO,
      ...TEMPORARY,
      recipient: 'promo-list@yahoo.com',
      replyCode: 421,
      reference: 'TSS04',
    },
  ],
];

// Outlook.com (Hotmail, Live, MSN) and Exchange Online.
const OUTLOOK: RealWorldCase[] = [
  [
    'Outlook.com 550 5.7.515: sending domain does not meet the required authentication level',
    "550 5.7.515 Access denied, sending domain [NEWS.EXAMPLE.COM] does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more about Microsoft's requirements for high volume senders please visit https://aka.ms/OutlookHighVolumeSenderRequirements [DS1PEPF00017093.namprd03.prod.outlook.com 2026-12-05T10:01:12.345Z 08DD1234ABCD5678]",
    { ...UNAUTH, ...MICROSOFT, ...FINAL, ...SURE, replyCode: 550, status: '5.7.515' },
  ],
  [
    'Outlook.com 5.7.515 naming the DKIM result',
    '550 5.7.515 Access denied, sending domain [example.org] does not meet the required authentication level. Spf=Pass, Dkim=Fail, DMARC=Pass [BL02EPF0001A0FB.namprd09.prod.outlook.com]',
    { ...DKIM_FAIL, ...MICROSOFT, ...FINAL, replyCode: 550, status: '5.7.515' },
  ],
  [
    'Outlook.com S3150: part of the network on the block list',
    "550 5.7.1 Unfortunately, messages from [203.0.113.90] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AMS0EPF000001A3.eurprd05.prod.outlook.com 2026-12-05T08:44:10.112Z 08DD14F2C3B0A1E9]",
    {
      ...BLOCKLISTED,
      ...MICROSOFT,
      ...FINAL,
      replyCode: 550,
      status: '5.7.1',
      reference: 'S3150',
      sendingIp: '203.0.113.90',
    },
  ],
  [
    'Outlook.com S3140: part of the network on the block list',
    "550 5.7.1 Unfortunately, messages from [198.51.100.120] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [SN1PEPF0002636B.namprd02.prod.outlook.com]",
    {
      ...BLOCKLISTED,
      ...MICROSOFT,
      ...FINAL,
      replyCode: 550,
      reference: 'S3140',
      sendingIp: '198.51.100.120',
    },
  ],
  [
    'Outlook.com 451 4.7.650 rate limited due to IP reputation',
    '451 4.7.650 The mail server [192.0.2.200] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB2CC3DD4EE5FF] [CO1PEPF000044F8.namprd21.prod.outlook.com]',
    { ...RATE, ...MICROSOFT, ...TEMPORARY, replyCode: 451, status: '4.7.650', sendingIp: '192.0.2.200' },
  ],
  [
    'Outlook.com 5.7.509 DMARC reject',
    '550 5.7.509 Access denied, sending domain [EXAMPLE.NET] does not pass DMARC verification and has a DMARC policy of reject. [MW2NAM12FT045.eop-nam12.prod.protection.outlook.com 2026-12-05T12:00:01.000Z 08DD15A1B2C3D4E5]',
    { ...ALIGN, cause: 'dmarc-fail', ...MICROSOFT, ...FINAL, ...SURE, replyCode: 550, status: '5.7.509' },
  ],
  [
    'Exchange Online 5.7.708: traffic not accepted from this IP',
    '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
    { ...BLOCKLISTED, ...MICROSOFT, ...FINAL, replyCode: 550, status: '5.7.708' },
  ],
  [
    'Exchange Online 5.7.750: client blocked from sending from unregistered domains',
    '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(842) [AM5EUR02FT033.eop-EUR02.prod.protection.outlook.com]',
    {
      cause: ['sender-account-blocked', 'from-not-permitted', 'policy-violation'],
      reason: ['rejected', 'securityerror', 'policyviolation'],
      side: 'sender',
      ...MICROSOFT,
      ...FINAL,
      replyCode: 550,
      status: '5.7.750',
    },
  ],
  [
    'Exchange Online 5.7.705: tenant has exceeded threshold',
    '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2200) [VI1EUR04FT051.eop-eur04.prod.protection.outlook.com]',
    {
      cause: ['sender-account-blocked', 'rate-limited'],
      reason: ['rejected', 'speeding', 'blocked'],
      side: 'sender',
      ...MICROSOFT,
      ...FINAL,
      replyCode: 550,
      status: '5.7.705',
    },
  ],
  [
    'Postfix log: Hotmail 5.7.515 bounced at end of DATA',
    postfixLog(
      '9D8C7B6A51',
      'lisa_m@hotmail.com',
      'hotmail-com.olc.protection.outlook.com[52.101.68.12]',
      '5.7.515',
      'bounced',
      "550 5.7.515 Access denied, sending domain [mail.example-store.com] does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-12-05T09:33:12.001Z 08DD14C1D2E3F4A5]",
      'end of DATA',
    ),
    { ...UNAUTH, ...MICROSOFT, ...FINAL, recipient: 'lisa_m@hotmail.com', replyCode: 550, status: '5.7.515' },
  ],
];

// iCloud, Comcast and the European providers.
const OTHERS: RealWorldCase[] = [
  [
    'iCloud 554 5.7.1 [CS01] rejected due to local policy',
    '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    {
      ...POLICY_OR_AUTH,
      provider: /apple|icloud/i,
      ...FINAL,
      ...FAIRLY,
      replyCode: 554,
      status: '5.7.1',
      reference: 'CS01',
    },
  ],
  [
    'iCloud in a Postfix log: 5.7.1 [CS01]',
    postfixLog(
      'E4F5A6B7C8',
      'tom.h@icloud.com',
      'mx01.mail.icloud.com[17.57.155.23]',
      '5.7.1',
      'bounced',
      '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      'end of DATA',
    ),
    {
      ...POLICY_OR_AUTH,
      provider: /apple|icloud/i,
      ...FINAL,
      recipient: 'tom.h@icloud.com',
      replyCode: 554,
      reference: 'CS01',
    },
  ],
  [
    'Comcast 554 BL000010: found on DNSBLs',
    '554 resimta-po-24v.sys.comcast.net resimta-po-24v.sys.comcast.net 203.0.113.66 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010',
    {
      ...BLOCKLISTED,
      cause: ['ip-blocklisted', 'network-blocklisted'],
      provider: /comcast/i,
      ...FINAL,
      replyCode: 554,
      reference: 'BL000010',
      sendingIp: '203.0.113.66',
    },
  ],
  [
    'Comcast 554: no reverse DNS',
    '554 resimta-h1p-037598.sys.comcast.net resimta-h1p-037598.sys.comcast.net 198.51.100.71 rejected - no rDNS',
    {
      ...PTR,
      provider: /comcast/i,
      ...FINAL,
      replyCode: 554,
      sendingIp: '198.51.100.71',
    },
  ],
  [
    'Comcast 421 RL000001: rate limited, too many connections',
    '421 resimta-ch2-18v.sys.comcast.net 192.0.2.33 rate limited: too many connections - see http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    { ...RATE, provider: /comcast/i, ...TEMPORARY, replyCode: 421, reference: 'RL000001' },
  ],
  [
    'Orange: mail rejected, OFR_401 (sender authentication)',
    '550 5.7.1 Mail rejete. Mail rejected. ofr-mx-in-2.prod.orange.fr OFR_401 [401]',
    { ...UNAUTH, provider: /orange/i, ...FINAL, replyCode: 550, status: '5.7.1', reference: 'OFR_401' },
  ],
  [
    'GMX: sender not authenticated (SPF/DKIM), written plainly',
    lines(
      '550-Requested action not taken: mailbox unavailable',
      '550-Reject due to policy restrictions: the sender is not authenticated,',
      '550-neither SPF nor DKIM passed for the sender domain.',
      '550 For explanation visit https://postmaster.gmx.net/en/error-messages',
    ),
    { ...UNAUTH, provider: /gmx/i, ...FINAL, replyCode: 550 },
  ],
  [
    'Web.de: bad DNS PTR resource record',
    lines(
      '554-Transaction failed',
      '554-Reject due to policy restrictions.',
      '554 Bad DNS PTR resource record, IP=198.51.100.200 (mxweb112)',
    ),
    {
      ...PTR,
      provider: /web\.de|gmx|united internet|1&1|ionos/i,
      ...FINAL,
      replyCode: 554,
      sendingIp: '198.51.100.200',
    },
  ],
  [
    'La Poste: DMARC policy reject, written plainly',
    "550 5.7.1 Message refuse: echec d'authentification DMARC du domaine expediteur. Message rejected: DMARC authentication failed for the sender domain.",
    { ...ALIGN, ...FINAL, replyCode: 550, status: '5.7.1' },
  ],
];

// What the sending services show: dashboards, event webhooks, notifications.
const ESPS: RealWorldCase[] = [
  [
    'SendGrid event webhook: blocked, Gmail 5.7.26',
    JSON.stringify({
      email: 'r.patel@gmail.com',
      event: 'bounce',
      type: 'blocked',
      bounce_classification: 'Technical',
      reason:
        '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [em1234.example.com] with ip: [149.72.10.20] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication 6a1803df08f44-6cb2si1234d6.200 - gsmtp',
      status: '5.7.26',
      sg_event_id: 'Ym91bmNlLTEyMzQ1Ng',
      sg_message_id: 'a1B2c3D4e5F6g7H8.filterdrecv-5b6c7d8-abcde-1-675A1B2C-3.0',
      timestamp: 1796468400,
    }),
    { ...UNAUTH, ...GMAIL, ...FINAL, recipient: 'r.patel@gmail.com', status: '5.7.26' },
  ],
  [
    'SendGrid Activity feed: deferred by Yahoo TSS04',
    lines(
      'Deferred',
      'To: subscriber88@yahoo.com',
      'Reason: 421 4.7.0 [TSS04] Messages from 149.72.33.44 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      'Attempt: 3',
    ),
    {
      ...RATE,
      ...YAHOO,
      ...TEMPORARY,
      recipient: 'subscriber88@yahoo.com',
      replyCode: 421,
      reference: 'TSS04',
    },
  ],
  [
    'Mailgun failed event: Yahoo 554 5.7.9 policy',
    JSON.stringify({
      event: 'failed',
      severity: 'permanent',
      reason: 'bounce',
      recipient: 'jdoe1970@yahoo.com',
      'recipient-domain': 'yahoo.com',
      'delivery-status': {
        code: 554,
        message:
          '5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
        description: '',
        'attempt-no': 1,
        'mx-host': 'mta6.am0.yahoodns.net',
        'enhanced-code': '5.7.9',
        'session-seconds': 1.2,
      },
      timestamp: 1796468400.123,
    }),
    {
      ...POLICY_OR_AUTH,
      ...YAHOO,
      ...FINAL,
      ...FAIRLY,
      recipient: 'jdoe1970@yahoo.com',
      replyCode: 554,
      status: '5.7.9',
    },
  ],
  [
    'Mailgun temporary failure: Gmail 4.7.32',
    JSON.stringify({
      event: 'failed',
      severity: 'temporary',
      reason: 'generic',
      recipient: 'chen.wei@gmail.com',
      'delivery-status': {
        code: 421,
        message:
          "4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. To learn more about DMARC alignment, go to https://support.google.com/mail/?p=DmarcRejection 41be03b00d2f7-7e9si1a3.1 - gsmtp",
        'enhanced-code': '4.7.32',
        'mx-host': 'gmail-smtp-in.l.google.com',
        'attempt-no': 2,
        'retry-seconds': 600,
      },
    }),
    { ...ALIGN, ...GMAIL, ...TEMPORARY, recipient: 'chen.wei@gmail.com', replyCode: 421, status: '4.7.32' },
  ],
  [
    'Amazon SES bounce notification: Outlook.com 5.7.515',
    JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        feedbackId: '0100019380a1b2c3-d4e5f6a7-1234-5678-9abc-def012345678-000000',
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [
          {
            emailAddress: 'pat.k@outlook.com',
            action: 'failed',
            status: '5.7.515',
            diagnosticCode:
              'smtp; 550 5.7.515 Access denied, sending domain [EXAMPLE.IO] does not meet the required authentication level. [SA2PEPF00003F62.namprd04.prod.outlook.com 2026-12-05T10:11:12.000Z 08DD15B1C2D3E4F5]',
          },
        ],
        timestamp: '2026-12-05T10:11:12.500Z',
        reportingMTA: 'dns; a8-50.smtp-out.amazonses.com',
      },
      mail: { source: 'noreply@example.io', destination: ['pat.k@outlook.com'] },
    }),
    {
      ...UNAUTH,
      ...MICROSOFT,
      ...FINAL,
      recipient: 'pat.k@outlook.com',
      status: '5.7.515',
      sender: 'noreply@example.io',
    },
  ],
  [
    "Amazon SES bounce notification: Gmail 5.7.26 domain's DMARC policy",
    JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [
          {
            emailAddress: 'a.novak@gmail.com',
            action: 'failed',
            status: '5.7.26',
            diagnosticCode:
              "smtp; 550-5.7.26 Unauthenticated email from example-events.org is not accepted due to domain's DMARC policy. Please contact the administrator of example-events.org domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 5b1f17b1804b1-43c1si77f9.3 - gsmtp",
          },
        ],
        reportingMTA: 'dns; a8-99.smtp-out.amazonses.com',
      },
    }),
    { ...ALIGN, cause: 'dmarc-fail', ...GMAIL, ...FINAL, recipient: 'a.novak@gmail.com', status: '5.7.26' },
  ],
  [
    'Postmark bounce webhook: DMARCPolicy at Yahoo',
    JSON.stringify({
      RecordType: 'Bounce',
      ID: 4323372036,
      Type: 'DMARCPolicy',
      TypeCode: 100009,
      Name: 'DMARC Policy',
      Tag: 'welcome',
      MessageStream: 'outbound',
      Description: "The message was rejected because of the sender domain's DMARC policy.",
      Details:
        'smtp;554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
      Email: 'sam.r@yahoo.com',
      From: 'hello@example.app',
      BouncedAt: '2026-12-05T10:12:30Z',
      Inactive: false,
      CanActivate: true,
    }),
    { ...ALIGN, cause: ['dmarc-fail', 'auth-failed'], ...YAHOO, ...FINAL, recipient: 'sam.r@yahoo.com' },
  ],
  [
    'Brevo hard bounce webhook: Outlook.com S3150',
    JSON.stringify({
      event: 'hard_bounce',
      email: 'k.oneill@live.com',
      id: 1234567,
      date: '2026-12-05 11:15:02',
      ts: 1796469302,
      'message-id': '<202612051115.12345678901@smtp-relay.mailin.fr>',
      subject: 'Your December newsletter',
      reason:
        "550 5.7.1 Unfortunately, messages from [185.41.28.77] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      sending_ip: '185.41.28.77',
    }),
    {
      ...BLOCKLISTED,
      ...MICROSOFT,
      ...FINAL,
      recipient: 'k.oneill@live.com',
      reference: 'S3150',
      status: '5.7.1',
    },
  ],
];

// Bounce notices that carry the same replies.
const NOTICES: RealWorldCase[] = [
  [
    'Exim bounce notice: Gmail 5.7.30 DKIM',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  laura.bianchi@gmail.com',
        '    host gmail-smtp-in.l.google.com [142.250.102.27]',
        '    SMTP error from remote mail server after end of data:',
        "    550-5.7.30 Your email has been blocked because DKIM authentication didn't pass",
        '    550-5.7.30 for this message. Gmail requires all bulk email senders to',
        '    550-5.7.30 authenticate with DKIM. For instructions on setting up DKIM',
        '    550-5.7.30 authentication, go to',
        '    550 5.7.30  https://support.google.com/mail/answer/81126#authentication d9443c01a7336-20e1si12c7.9 - gsmtp',
      ],
    ),
    {
      ...DKIM_FAIL,
      ...GMAIL,
      ...FINAL,
      recipient: 'laura.bianchi@gmail.com',
      replyCode: 550,
      status: '5.7.30',
    },
  ],
  [
    'Postfix delay notice: Gmail 4.7.27 SPF',
    textEmail('MAILER-DAEMON@mail.example.com (Mail Delivery System)', 'Delayed Mail (still being retried)', [
      'This is the mail system at host mail.example.com.',
      '',
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      'For further assistance, please send mail to postmaster.',
      '',
      '                   The mail system',
      '',
      '<p.weber@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.26] said:',
      '    421-4.7.27 Your email has been rate limited because SPF authentication',
      "    didn't 421-4.7.27 pass for this message. Gmail requires all bulk email",
      '    senders to 421-4.7.27 authenticate with SPF. 421 4.7.27',
      '    https://support.google.com/mail/answer/81126#authentication',
      '    98e67ed59e1d1-2e3fsi555b6.80 - gsmtp (in reply to end of DATA command)',
    ]),
    { ...SPF_FAIL, ...GMAIL, ...TEMPORARY, recipient: 'p.weber@gmail.com', replyCode: 421, status: '4.7.27' },
  ],
  [
    'Microsoft 365 NDR: recipient at Outlook.com refused 5.7.515',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'dan.w@outlook.com (dan.w@outlook.com)',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: PAXPR04MB8765.eurprd04.prod.outlook.com',
      '',
      'dan.w@outlook.com',
      'outlook-com.olc.protection.outlook.com',
      "Remote Server returned '550 5.7.515 Access denied, sending domain [CONTOSO-TRADING.EU] does not meet the required authentication level. [AM4PEPF00025F9C.EURPRD83.prod.outlook.com 2026-12-05T10:40:02.411Z 08DD15C3A1B2C3D4]'",
    ),
    { ...UNAUTH, ...FINAL, recipient: 'dan.w@outlook.com', status: '5.7.515' },
  ],
  [
    'Postfix bounce notice with DSN: Yahoo 553 5.7.2 [TSS09]',
    lines(
      'From: MAILER-DAEMON@mx1.example.net (Mail Delivery System)',
      'To: newsletter@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Sat, 5 Dec 2026 11:40:02 +0000 (UTC)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="8C1D2E3F4A.1796470802/mx1.example.net"',
      '',
      '--8C1D2E3F4A.1796470802/mx1.example.net',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mx1.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<sunny.day@yahoo.com>: host mta5.am0.yahoodns.net[67.195.204.72] said: 553',
      '    5.7.2 [TSS09] All messages from 203.0.113.12 will be permanently deferred;',
      '    Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
      '    (in reply to MAIL FROM command)',
      '',
      '--8C1D2E3F4A.1796470802/mx1.example.net',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx1.example.net',
      'X-Postfix-Queue-ID: 8C1D2E3F4A',
      'Arrival-Date: Sat,  5 Dec 2026 11:40:01 +0000 (UTC)',
      '',
      'Final-Recipient: rfc822; sunny.day@yahoo.com',
      'Original-Recipient: rfc822;sunny.day@yahoo.com',
      'Action: failed',
      'Status: 5.7.2',
      'Remote-MTA: dns; mta5.am0.yahoodns.net',
      'Diagnostic-Code: smtp; 553 5.7.2 [TSS09] All messages from 203.0.113.12 will be',
      '    permanently deferred; Retrying will NOT succeed. See',
      '    https://postmaster.yahooinc.com/error-codes',
      '',
      '--8C1D2E3F4A.1796470802/mx1.example.net--',
      '',
    ),
    {
      ...BLOCKLISTED,
      ...YAHOO,
      ...FINAL,
      recipient: 'sunny.day@yahoo.com',
      replyCode: 553,
      status: '5.7.2',
      reference: 'TSS09',
    },
  ],
  [
    'Gmail-sent bounce notice: recipient at Outlook.com refused 5.7.515',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Message blocked **',
        '',
        'Your message to ellen.r@hotmail.com has been blocked. See technical details below for more information.',
        '',
        'The response from the remote server was:',
        '550 5.7.515 Access denied, sending domain [EXAMPLE-CLINIC.COM] does not meet the required authentication level. [DM6PEPF0000BA3D.namprd21.prod.outlook.com 2026-12-05T12:22:03.120Z 08DD15D4E5F6A7B8]',
      ],
    ),
    { ...UNAUTH, ...FINAL, recipient: 'ellen.r@hotmail.com', replyCode: 550, status: '5.7.515' },
  ],
];

export const ROUND_86: RealWorldCase[] = [
  ...GMAIL_REPLIES,
  ...LOGS,
  ...YAHOO_AOL,
  ...OUTLOOK,
  ...OTHERS,
  ...ESPS,
  ...NOTICES,
];

// Written after the fixes, measured before any further change.
export const SECOND_BATCH_86: RealWorldCase[] = [
  [
    'Gmail 5.7.1: IPv6 sending guidelines (PTR and authentication)',
    lines(
      '550-5.7.1 [2001:db8:85a3::7] Our system has detected that this message does',
      '550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and',
      '550-5.7.1 authentication. Please review',
      '550-5.7.1  https://support.google.com/mail/?p=IPv6AuthError for more information',
      `550 5.7.1 . ${gsmtp('h8si890123wmb.14')}`,
    ),
    {
      cause: ['reverse-dns-missing', 'auth-failed'],
      reason: ['requireptr', 'authfailure'],
      side: 'sender',
      ...GMAIL,
      ...FINAL,
      replyCode: 550,
      status: '5.7.1',
    },
  ],
  [
    'Gmail 421 4.7.0: unusual rate of unsolicited mail, temporarily rate limited',
    lines(
      '421-4.7.0 [203.0.113.150      15] Our system has detected an unusual rate of',
      '421-4.7.0 unsolicited mail originating from your IP address. To protect our',
      '421-4.7.0 users from spam, mail sent from your IP address has been temporarily',
      '421-4.7.0 rate limited. Please visit',
      '421-4.7.0  https://support.google.com/mail/?p=UnsolicitedRateLimitError to',
      `421 4.7.0  review our Bulk Email Senders Guidelines. ${gsmtp('i9si901234qka.51')}`,
    ),
    { ...UNSOLICITED, ...GMAIL, ...TEMPORARY, replyCode: 421, status: '4.7.0', sendingIp: '203.0.113.150' },
  ],
  [
    'Postmark HardBounce webhook: Gmail 5.7.26 unauthenticated',
    JSON.stringify({
      RecordType: 'Bounce',
      ID: 3719475200,
      Type: 'HardBounce',
      TypeCode: 1,
      Name: 'Hard bounce',
      MessageStream: 'outbound',
      Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
      Details:
        'smtp;550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [pm-bounces.example.shop] with ip: [50.31.156.6] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication 5b1f17b1804b1-43c1si3f9.5 - gsmtp',
      Email: 'liam.b@gmail.com',
      From: 'orders@example.shop',
      BouncedAt: '2026-12-05T13:01:44Z',
    }),
    { ...UNAUTH, ...GMAIL, ...FINAL, recipient: 'liam.b@gmail.com', status: '5.7.26' },
  ],
  [
    'Brevo soft bounce webhook: Yahoo TSS04',
    JSON.stringify({
      event: 'soft_bounce',
      email: 'mila.s@yahoo.com',
      id: 7654321,
      date: '2026-12-05 13:05:10',
      'message-id': '<202612051305.98765432101@smtp-relay.mailin.fr>',
      reason:
        '421 4.7.0 [TSS04] Messages from 77.32.148.19 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    }),
    { ...RATE, ...YAHOO, ...TEMPORARY, recipient: 'mila.s@yahoo.com', replyCode: 421, reference: 'TSS04' },
  ],
  [
    'Yahoo 553 5.7.1 [BL21]: IP on Spamhaus',
    "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.144, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
    {
      ...BLOCKLISTED,
      cause: ['ip-blocklisted'],
      ...YAHOO,
      ...FINAL,
      replyCode: 553,
      status: '5.7.1',
      reference: 'BL21',
      sendingIp: '192.0.2.144',
    },
  ],
  [
    'Postfix delay notice: Yahoo TSS04 deferral',
    textEmail(
      'MAILER-DAEMON@relay.example.org (Mail Delivery System)',
      'Delayed Mail (still being retried)',
      [
        'This is the mail system at host relay.example.org.',
        '',
        '####################################################################',
        '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
        '####################################################################',
        '',
        'Your message could not be delivered for more than 4 hour(s).',
        'It will be retried until it is 5 day(s) old.',
        '',
        '                   The mail system',
        '',
        '<old.friend@aol.com>: host mx-aol.mail.gm0.yahoodns.net[67.195.204.79] said:',
        '    421 4.7.0 [TSS04] Messages from 198.51.100.61 temporarily deferred due to',
        '    unexpected volume or user complaints - 4.16.55.1; see',
        '    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)',
      ],
    ),
    { ...RATE, ...YAHOO, ...TEMPORARY, recipient: 'old.friend@aol.com', replyCode: 421, reference: 'TSS04' },
  ],
  [
    'Exim log: Outlook.com S3150 refused',
    "2026-12-05 13:10:02 1tJdXy-0009Ab-1Q ** nora.p@outlook.com R=dnslookup T=remote_smtp H=outlook-com.olc.protection.outlook.com [52.101.73.3] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes: SMTP error from remote mail server after MAIL FROM:<news@example.biz> SIZE=28411: 550 5.7.1 Unfortunately, messages from [203.0.113.240] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM2PEPF0001C70F.eurprd05.prod.outlook.com 2026-12-05T13:10:02.093Z 08DD15E2A3B4C5D6]",
    {
      ...BLOCKLISTED,
      ...MICROSOFT,
      ...FINAL,
      recipient: 'nora.p@outlook.com',
      reference: 'S3150',
      replyCode: 550,
    },
  ],
  [
    'Outlook.com 451 4.7.500 server busy (S77719)',
    '451 4.7.500 Server busy. Please try again later from [198.51.100.180]. (S77719) [SN1PEPF000252A0.namprd05.prod.outlook.com 2026-12-05T13:12:45.501Z 08DD15E3B4C5D6E7]',
    { ...RATE, ...MICROSOFT, ...TEMPORARY, replyCode: 451, status: '4.7.500', sendingIp: '198.51.100.180' },
  ],
  [
    'SendGrid event webhook: bounce, Outlook.com 5.7.515',
    JSON.stringify({
      email: 'zoe.t@live.com',
      event: 'bounce',
      type: 'bounce',
      bounce_classification: 'Technical',
      reason:
        "550 5.7.515 Access denied, sending domain [EXAMPLE-TRAVEL.COM] does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender.",
      status: '5.7.515',
      sg_event_id: 'Ym91bmNlLTk4NzY1',
      sg_message_id: 'Zz9Yy8Xx7Ww6Vv5U.filterdrecv-7d8e9f0-fghij-1-675A3C4D-7.0',
      timestamp: 1796475600,
    }),
    { ...UNAUTH, ...MICROSOFT, ...FINAL, recipient: 'zoe.t@live.com', status: '5.7.515' },
  ],
  [
    'Microsoft 365 NDR to its own user: 5.7.708 traffic not accepted from this IP',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'partner@example.de (partner@example.de)',
      "Your message couldn't be delivered. Microsoft 365 isn't accepting mail from the IP address your organization used to send it.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DB9PR03MB7421.eurprd03.prod.outlook.com',
      '',
      'partner@example.de',
      "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)'",
    ),
    { ...BLOCKLISTED, ...MICROSOFT, ...FINAL, recipient: 'partner@example.de', status: '5.7.708' },
  ],
  [
    'Orange OFR_999: service refused, please try later',
    '550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. OFR_999 [999]',
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'policy-violation', 'connection-rejected'],
      reason: ['badreputation', 'blocked', 'policyviolation'],
      side: 'sender',
      provider: /orange/i,
      ...FINAL,
      replyCode: 550,
      reference: 'OFR_999',
    },
  ],
  [
    'Mailgun log line: Gmail 5.7.32 not aligned',
    lines(
      'Failed: news@mg.example.com → chen.li@gmail.com',
      "Server response: 550 5.7.32 Your email has been blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. To learn more about DMARC alignment, go to https://support.google.com/mail/?p=DmarcRejection 2adb3069b0e04-53c1si7e87.2 - gsmtp",
    ),
    { ...ALIGN, ...GMAIL, ...FINAL, recipient: 'chen.li@gmail.com', replyCode: 550, status: '5.7.32' },
  ],
  [
    'Amazon SES transient bounce: Gmail 4.7.28 unsolicited rate',
    JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Transient',
        bounceSubType: 'General',
        bouncedRecipients: [
          {
            emailAddress: 'd.ross@gmail.com',
            action: 'failed',
            status: '4.7.28',
            diagnosticCode:
              'smtp; 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp',
          },
        ],
        reportingMTA: 'dns; e226-55.smtp-out.us-east-2.amazonses.com',
      },
    }),
    { ...UNSOLICITED, ...GMAIL, recipient: 'd.ross@gmail.com', status: '4.7.28' },
  ],
  [
    'Postfix log: Gmail 4.7.29 TLS, deferred',
    postfixLog(
      'B7C8D9E0F1',
      'office@gmail.com',
      'gmail-smtp-in.l.google.com[142.250.102.27]',
      '4.7.29',
      'deferred',
      "421-4.7.29 Your email has been rate limited because this message wasn't sent 421-4.7.29 over a TLS connection. Gmail requires all bulk email senders to use 421-4.7.29 TLS/SSL for SMTP connections. For more information, go to 421 4.7.29  https://support.google.com/mail/answer/81126#tls 38308e7fff4ca-2f9si5e1.3 - gsmtp",
      'end of DATA',
    ),
    { ...TLS, ...GMAIL, ...TEMPORARY, recipient: 'office@gmail.com', replyCode: 421, status: '4.7.29' },
  ],
  [
    'Microsoft 365 NDR: Yahoo 554 5.7.9 policy reasons',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'j.kowalski@yahoo.com (j.kowalski@yahoo.com)',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: VI1PR06MB5544.eurprd06.prod.outlook.com',
      '',
      'j.kowalski@yahoo.com',
      'mta6.am0.yahoodns.net',
      "Remote Server returned '554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes'",
    ),
    { ...POLICY_OR_AUTH, ...YAHOO, ...FINAL, ...FAIRLY, recipient: 'j.kowalski@yahoo.com', status: '5.7.9' },
  ],
];
