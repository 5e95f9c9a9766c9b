import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';

/**
 * Providers' reference codes whose meaning was checked against the provider's published list (or a copy of
 * it) and changed or added: each in a reply worded as the provider's server words it, read as a whole bounce.
 * The sources are named above each table in src/knowledge/providers/*.ts.
 */

interface Want {
  /** The reference code the reply quotes; none for a provider's own wording (a phrase). */
  code?: string;
  cause: string;
  provider: RegExp;
  blocklist?: string;
}

const CASES: readonly [name: string, reply: string, want: Want][] = [
  [
    'Comcast BL004 (older code): sent in patterns characteristic of spam',
    'host mx1.comcast.net[96.114.157.80] said: 554 5.7.1 203.0.113.5 Comcast block for spam. Please see ' +
      'http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy18628 BL004 (in reply to MAIL FROM command)',
    { code: 'BL004', cause: 'ip-blocklisted', provider: /comcast/i },
  ],
  [
    'Comcast BL006 (older code): the sending server is on the Spamhaus SBL/XBL',
    'host mx2.comcast.net[68.87.26.147] said: 554 5.7.1 203.0.113.5 refused. Please see ' +
      'http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy18850 BL006 (in reply to MAIL FROM command)',
    { code: 'BL006', cause: 'ip-blocklisted', provider: /comcast/i, blocklist: 'spamhaus' },
  ],
  [
    'Comcast BL007 (older code): the sending server is on Cloudmark CSI',
    'host mx1.comcast.net[96.114.157.80] said: 554 5.7.1 203.0.113.5 refused. Please see ' +
      'http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy19051 BL007 (in reply to MAIL FROM command)',
    { code: 'BL007', cause: 'ip-blocklisted', provider: /comcast/i, blocklist: 'cloudmark' },
  ],
  [
    'AOL RTR:DU: no mail sent directly from dynamic or residential IPs (was read as a blocklisted IP)',
    'host mx-aol.mail.gm0.yahoodns.net[67.195.204.79] said: 554 RTR:DU ' +
      'http://postmaster.info.aol.com/errors/554rtrdu.html (in reply to MAIL FROM command)',
    { code: 'RTR:DU', cause: 'port25-blocked', provider: /aol/i },
  ],
  [
    'AOL RTR:BB: the IP is on the dynamic/residential lists AOL keeps with ISPs',
    'host mailin-01.mx.aol.com[64.12.88.163] said: 554 RTR:BB ' +
      'http://postmaster.aol.com/Postmaster.Errors.php#554rtrbb (in reply to MAIL FROM command)',
    { code: 'RTR:BB', cause: 'port25-blocked', provider: /aol/i },
  ],
  [
    "AOL RTR:RD: the IP's reverse DNS looks dynamic",
    'host mailin-02.mx.aol.com[205.188.155.110] said: 554 RTR:RD ' +
      'http://postmaster.aol.com/Postmaster.Errors.php#554rtrrd (in reply to MAIL FROM command)',
    { code: 'RTR:RD', cause: 'reverse-dns-missing', provider: /aol/i },
  ],
  [
    'AOL RTR:CH: the network sends mail matching known spam (a compromised host)',
    'host mailin-03.mx.aol.com[64.12.88.131] said: 554 RTR:CH ' +
      'http://postmaster.aol.com/Postmaster.Errors.php#554rtrch (in reply to MAIL FROM command)',
    { code: 'RTR:CH', cause: 'ip-blocklisted', provider: /aol/i },
  ],
  [
    'AOL RLY:SN: a disallowed AOL address in From or Reply-To',
    'host mailin-04.mx.aol.com[64.12.138.161] said: 554 RLY:SN ' +
      'http://postmaster.aol.com/Postmaster.Errors.php#554rlysn (in reply to end of DATA command)',
    { code: 'RLY:SN', cause: 'from-not-permitted', provider: /aol/i },
  ],
  [
    'Yahoo PH01: a content block (viruses, phishing, malware or links to them)',
    'host mta5.am0.yahoodns.net[67.195.204.77] said: 554 Message not allowed - [PH01] Email not accepted for ' +
      'policy reasons. Please visit https://senders.yahooinc.com/error-codes [620] (in reply to end of DATA command)',
    { code: 'PH01', cause: 'policy-violation', provider: /yahoo/i },
  ],
  [
    'NetEase HL:REP: abnormal sending to many recipients that do not exist',
    'host 163mx02.mxmail.netease.com[220.181.14.141] said: 421 HL:REP mx2.163.com ' +
      'http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.5&hostid=mx2&time=1700000000',
    { code: 'HL:REP', cause: 'ip-reputation', provider: /netease/i },
  ],
  [
    'NetEase MI:CCL: more commands than normal from the sender',
    'host 163mx01.mxmail.netease.com[220.181.14.140] said: 450 MI:CCL mx1.163.com ' +
      'http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.5&hostid=mx1&time=1700000000 (in reply to RCPT TO command)',
    { code: 'MI:CCL', cause: 'too-many-connections', provider: /netease/i },
  ],
  [
    'NetEase RP:CCL: more commands than normal from the sender',
    'host 126mx01.mxmail.netease.com[220.181.15.111] said: 450 RP:CCL mx1.126.com ' +
      'http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.5&hostid=mx1&time=1700000000 (in reply to RCPT TO command)',
    { code: 'RP:CCL', cause: 'too-many-connections', provider: /netease/i },
  ],
  [
    'Trend Micro ERS-QIL: the IP is on the Quick IP List for a while',
    'host mx1.example.jp.tmes.trendmicro.com[203.0.113.20] said: 450 4.7.1 <carol@example.jp>: Recipient ' +
      'address rejected: ERS-QIL. (in reply to RCPT TO command)',
    { code: 'ERS-QIL', cause: 'ip-blocklisted', provider: /trend micro/i },
  ],
  // Gmail's wordings, as its "Gmail SMTP errors and codes" page gives them.
  [
    'Gmail 4.7.28 same Message-ID quota: a rate, not the IP reputation',
    'host gmail-smtp-in.l.google.com[142.250.102.27] said: 421-4.7.28 Gmail has detected this sender exceeded the ' +
      'quota for sending messages that have the same Message-ID:. To best protect our users, the message has been ' +
      'temporarily rejected. 421 4.7.28 https://support.google.com/mail/answer/188131 - gsmtp (in reply to end of DATA command)',
    { cause: 'rate-limited', provider: /google/i },
  ],
  [
    'Gmail 5.7.1 encoded-word syntax in a header: not RFC 5322 compliant, not spam',
    'host gmail-smtp-in.l.google.com[142.250.102.27] said: 550-5.7.1 Encoded-word syntax is not permitted in ' +
      'message header Subject. To reduce the amount of spam sent to Gmail, this message has been blocked. 550 5.7.1 ' +
      'https://support.google.com/mail/answer/81126 - gsmtp (in reply to end of DATA command)',
    { cause: 'not-rfc-compliant', provider: /google/i },
  ],
  [
    'Gmail SMTP relay 5.7.0: the sending account suspended for abuse, not an unregistered relay',
    'host smtp-relay.gmail.com[142.250.27.28] said: 550-5.7.0 Email relay denied 203.0.113.5. The sending email ' +
      'account has been temporarily suspended due to abuse. 550 5.7.0 https://support.google.com/a/answer/6140680 ' +
      '- gsmtp (in reply to MAIL FROM command)',
    { cause: 'sender-account-blocked', provider: /google/i },
  ],
  // Yahoo's wordings, as its SMTP error codes page explains them.
  [
    "Yahoo 'unresolvable RFC.5322 from domain': the From: domain does not resolve",
    'host mta6.am0.yahoodns.net[67.195.228.106] said: 554 5.7.9 Message not accepted due to unresolvable ' +
      'RFC.5322 from domain; see https://senders.yahooinc.com/error-codes (in reply to end of DATA command)',
    { cause: 'sender-domain-invalid', provider: /yahoo/i },
  ],
  [
    "Yahoo 'Excessive unknown recipients': the sending server mails addresses that do not exist (not a relay refusal)",
    'host mta5.am0.yahoodns.net[67.195.204.77] said: 421 4.7.0 Excessive unknown recipients - possible Open ' +
      'Relay (in reply to RCPT TO command)',
    { cause: 'ip-reputation', provider: /yahoo/i },
  ],
  // Mail.ru's submission server: the sender's own account is stopped (a password reset lifts it).
  [
    'Mail.ru 550 message sending for this account is disabled: the sending account, not the recipient',
    'Reporting-MTA: dns; smtp46.i.mail.ru\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\n' +
      'Status: 5.0.0\nDiagnostic-Code: smtp; 550 Message sending for this account is disabled\n',
    { cause: 'sender-account-blocked', provider: /mail\.ru/i },
  ],
  // AT&T's (BellSouth, Worldnet) reply list.
  [
    "AT&T '421-failure in DNS look-up': the sending IP's reverse DNS",
    'host ff-ip4-mx-vip1.prodigy.net[144.160.159.21] said: 421-failure in DNS look-up. (in reply to MAIL FROM ' +
      'command)',
    { cause: 'reverse-dns-missing', provider: /at&t/i },
  ],
  [
    "AT&T '521 <ip> is blocked': identified as a source of spam",
    'host mx00.att.net[144.160.159.22] said: 521 <203.0.113.5> is blocked (in reply to MAIL FROM command)',
    { cause: 'ip-blocklisted', provider: /at&t/i },
  ],
  [
    "BellSouth 'blocked by ldap:ou=rblmx': AT&T's own block of a spam source",
    'host mx00.bellsouth.net[205.152.59.32] said: 550 <203.0.113.5> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net ' +
      '(in reply to MAIL FROM command)',
    { cause: 'ip-blocklisted', provider: /at&t/i },
  ],
  [
    "BellSouth 'unauthorized interface': not a recognised mail source, send through a provider's server",
    'host mx00.bellsouth.net[205.152.59.32] said: 550 unauthorized interface for <203.0.113.5> (in reply to MAIL ' +
      'FROM command)',
    { cause: 'port25-blocked', provider: /at&t/i },
  ],
  // Gateways' own words.
  [
    "Mimecast 421 'Sender address blocked': the customer's Blocked Senders policy",
    'host us-smtp-inbound-1.mimecast.com[205.139.110.30] said: 421 Sender address blocked - ' +
      'https://community.mimecast.com/docs/DOC-1369#421 [r1EkXJ2mPqa0] (in reply to RCPT TO command)',
    { cause: 'blocked-by-recipient', provider: /mimecast/i },
  ],
  [
    "Proofpoint Essentials 'Sender address rejected: … marked as invalid': the sender, not the recipient",
    'host mx1-us1.ppe-hosted.com[67.231.154.164] said: 550 5.7.1 <carol@example.com>: Sender address rejected: ' +
      'User email address is marked as invalid (in reply to RCPT TO command)',
    { cause: 'sender-rejected', provider: /proofpoint/i },
  ],
  [
    "Barracuda 'Message rejected by Intent Analysis': a domain in the body is in its spammers' URL database",
    'host d123456a.ess.barracudanetworks.com[209.222.82.1] said: 550 permanent failure for one or more ' +
      'recipients (bob@example.org:550 5.7.1 Message rejected by Intent Analysis) (in reply to end of DATA command)',
    { cause: 'domain-blocklisted', provider: /barracuda/i },
  ],
  // QQ Mail's numbered help links and wordings.
  [
    'QQ "Domain frequency limited": the sender domain\'s mails per minute, hour or day (a rate)',
    'host mx3.qq.com[203.205.219.57] said: 550 Domain frequency limited. ' +
      'http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722 (in reply to MAIL FROM command)',
    { cause: 'rate-limited', provider: /qq|tencent/i },
  ],
  [
    'QQ 1000723 "Sender frequency limited": the sender\'s mails per minute, hour or day',
    'host mx3.qq.com[203.205.219.57] said: 550 Sender frequency limited. ' +
      'http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723 (in reply to MAIL FROM command)',
    { code: '1000723', cause: 'rate-limited', provider: /qq|tencent/i },
  ],
  [
    'QQ 1000730 "Bad address syntax"',
    'host mx3.qq.com[203.205.219.57] said: 501 Bad address syntax. ' +
      'http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730 (in reply to RCPT TO command)',
    { code: '1000730', cause: 'syntax-error', provider: /qq|tencent/i },
  ],
  [
    'QQ "Mailbox unavailable or access denied": the recipient is getting too much mail for now',
    'host mx1.qq.com[203.205.219.58] said: 550 Mailbox unavailable or access denied (in reply to RCPT TO command)',
    { cause: 'recipient-rate-limited', provider: /qq|tencent/i },
  ],
  // Cox's codes and wordings, as its error code page gives them.
  [
    'Cox AUP#IPBL1101: listed on Cloudmark CSI, Spamhaus ZEN and Invaluement ivmSIP',
    'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 554 cmsmtp 203.0.113.5 blocked. Refer to Error Codes ' +
      'section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#IPBL1101 ' +
      '(in reply to MAIL FROM command)',
    { code: 'AUP#IPBL1101', cause: 'ip-blocklisted', provider: /cox/i, blocklist: 'cloudmark' },
  ],
  [
    'Cox AUP#IPBL1010: listed on Cloudmark CSI and Return Path',
    'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 554 cmsmtp 203.0.113.5 blocked. Refer to Error Codes ' +
      'section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#IPBL1010 ' +
      '(in reply to MAIL FROM command)',
    { code: 'AUP#IPBL1010', cause: 'ip-blocklisted', provider: /cox/i, blocklist: 'senderscore' },
  ],
  [
    "Cox 'too many invalid recipients': the IP went over Cox's invalid-recipient threshold and is blocked",
    'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 554 too many invalid recipients (in reply to RCPT TO ' +
      'command)',
    { cause: 'ip-blocklisted', provider: /cox/i },
  ],
  [
    "Cox 'dns check failure': the sending IP's reverse DNS check failed",
    'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 451 dns check failure - try again later (in reply to ' +
      'MAIL FROM command)',
    { cause: 'reverse-dns-missing', provider: /cox/i },
  ],
  [
    "Cox 'sender rejected': the sender domain has no valid MX or A record",
    'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 550 <bob@example.org> sender rejected (in reply to MAIL ' +
      'FROM command)',
    { cause: 'sender-domain-invalid', provider: /cox/i },
  ],
  [
    "Cox 'esmtp server temporarily not available': Cox's own systems cannot take mail for now",
    'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 421 esmtp server temporarily not available (in reply to ' +
      'MAIL FROM command)',
    { cause: 'server-unavailable', provider: /cox/i },
  ],
  [
    "Cox 'message threshold exceeded': over 100 messages on one connection",
    'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 452 message threshold exceeded (in reply to MAIL FROM ' +
      'command)',
    { cause: 'too-many-connections', provider: /cox/i },
  ],
  // GoDaddy's and Spectrum's codes, as their pages give them.
  [
    'GoDaddy IB101: its mail queue is busier than usual (the server is not taking mail now, not an internal error)',
    'host mx1.secureserver.net[68.178.213.37] said: 421 Server temporarily unavailable. Try again later. IB101 ' +
      '(in reply to MAIL FROM command)',
    { code: 'IB101', cause: 'server-unavailable', provider: /godaddy/i },
  ],
  [
    "GoDaddy '552 Message rejected for spam or virus content': its spam filters (was read as a virus)",
    'host mx1.secureserver.net[68.178.213.37] said: 552 Message rejected for spam or virus content (in reply to ' +
      'end of DATA command)',
    { cause: 'spam-filtered', provider: /godaddy/i },
  ],
  [
    'Spectrum AUP#I-1260: Spectrum takes no mail over IPv6',
    'host mx0.charter.net[47.43.26.56] said: 554 impin004.msg.chrl.nc.charter.net cmsmtp 2001:db8::5 blocked. ' +
      'Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. ' +
      'AUP#I-1260 (in reply to MAIL FROM command)',
    { code: 'AUP#IN-1260', cause: 'connection-rejected', provider: /spectrum/i },
  ],
  [
    "Spectrum AUP#In-1020: mail from outside, so Spectrum blocks the sender's address, not the sender's own account",
    'host mx0.charter.net[47.43.26.56] said: 554 5.7.1 - ERROR: Mail refused - <alice@example.com> - See ' +
      'https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1020 ' +
      '(in reply to MAIL FROM command)',
    { code: 'AUP#IN-1020', cause: 'sender-rejected', provider: /spectrum/i },
  ],
  [
    "Spectrum AUP#Out-1020: a Spectrum user's own outgoing mail, so their own account is limited",
    '550 5.1.0 <alice@charter.net> sender rejected: this email account has limited access to send emails. ' +
      'https://www.spectrum.net/support/internet/understanding-email-error-codes AUP#Out-1020',
    { code: 'AUP#OUT-1020', cause: 'sender-account-blocked', provider: /spectrum/i },
  ],
  [
    "Mimecast 451 'Unable to process connection at this time': its server is under maximum load",
    'host eu-smtp-inbound-1.mimecast.com[195.130.217.211] said: 451 Unable to process connection at this time - ' +
      'https://community.mimecast.com/docs/DOC-1369#451 (in reply to MAIL FROM command)',
    { cause: 'server-unavailable', provider: /mimecast/i },
  ],
  [
    "Mimecast 451 'Account outbounds disabled': the sending customer's outbound mail is switched off",
    'host eu-smtp-o-1.mimecast.com[195.130.217.60] said: 451 Account outbounds disabled - ' +
      'https://community.mimecast.com/docs/DOC-1369#451 (in reply to MAIL FROM command)',
    { cause: 'sender-account-blocked', provider: /mimecast/i },
  ],
];

async function diagnose(reply: string): Promise<BounceRecord> {
  const records = await readBounceRecords(reply);
  expect(records.length).toBe(1);
  return records[0] as BounceRecord;
}

describe("providers' reference codes as their published lists give them", () => {
  it.each(CASES)('%s', async (_name, reply, want) => {
    const r = await diagnose(reply);
    if (want.code) expect(r.referenceCodes).toContain(want.code);
    expect(r.cause).toBe(want.cause);
    expect(r.provider ?? '').toMatch(want.provider);
    if (want.blocklist) expect(r.blocklists).toContain(want.blocklist);
  });
});
