import { describe, expect, it } from 'vitest';
import { getCause } from '../../../src/causes/catalogue.js';

/**
 * Every cause the five seed articles (/work/shared/seeds) name, with the catalogue entry that answers it.
 * A missing id fails here before a pasted bounce fails in front of an admin.
 */
const SEED_CAUSES: [string, string][] = [
  // 000: SMTP error 550
  ["Recipient's email address has a typo", 'recipient-domain-typo'],
  ['No such recipient address exists on the receiving server', 'user-unknown'],
  ['Anti-spam filtering on receiving server has blocked the message', 'spam-filtered'],
  [
    'Outbound mail filtering on the sending server has blocked the message (Cyberoam, IronPort, MessageLabs)',
    'outbound-filter',
  ],
  ['Rejected by the sending SMTP server due to SMTP authentication failure', 'auth-required'],
  ['Receiving mail server is down', 'recipient-server-unreachable'],
  ["Recipient's mailbox is suspended or disabled", 'mailbox-disabled'],
  ["Recipient's mailbox is inactive or closed", 'mailbox-inactive'],
  ["Recipient's mail server does not have MX records configured correctly", 'no-mx'],
  ['550-Previous (cached) callout verification failure / 550 Sender verify failed', 'sender-verify-failed'],
  // 001: SMTP error codes
  ['Mail relay is not enabled for a non-local mailbox', 'relay-denied'],
  ['The sending address is invalid', 'sender-rejected'],
  ['Sending to recipients outside your domain is not allowed', 'outside-domain-not-allowed'],
  ['From address not hosted by the ISP (British Telecom)', 'from-not-permitted'],
  ['Server down; the ISP retries for a limited time', 'delivery-expired'],
  ['Recipient changed domain; senders must update the To address', 'recipient-moved'],
  ['550 mailbox temporarily disabled (full mailbox or unpaid bill)', 'mailbox-disabled'],
  ['550-Unrouteable address / Sender verify failed (DNS misconfigured)', 'sender-verify-failed'],
  ['5.1.0 Unknown address error 550-Mailbox is inactive', 'mailbox-inactive'],
  // 002: provider replies (examples beyond the generic causes)
  ['Apple [CS01] Message rejected due to local policy', 'policy-violation'],
  ['Gmail: account is disabled', 'mailbox-disabled'],
  ['Gmail: receiving mail at a rate that prevents additional messages', 'recipient-rate-limited'],
  ['Gmail: very low reputation of the sending domain', 'domain-reputation'],
  ['Gmail: likely unsolicited mail', 'spam-filtered'],
  ["Gmail/Comcast/FireEye: rejected due to the domain's DMARC policy", 'dmarc-fail'],
  ['Outlook: MailFrom domain is listed in Spamhaus (S8002)', 'domain-blocklisted'],
  ['Outlook: part of their network is on our block list (S3150)', 'ip-blocklisted'],
  ['Exchange Online: 5.4.1 Recipient address rejected: Access denied', 'recipient-not-in-tenant'],
  ['Exchange Online: 5.7.606 banned sending IP', 'ip-blocklisted'],
  ['Web.de: Reject due to SPF policy', 'spf-fail'],
  ['Web.de: Syntax error in parameters or arguments', 'syntax-error'],
  ['Web.de: Bad DNS PTR resource record', 'reverse-dns-missing'],
  ['Web.de: Reject due to policy restrictions', 'policy-violation'],
  ['Web.de: exceeded storage allocation, Quota exceeded', 'mailbox-full'],
  ['Web.de: Invalid DNS MX or A/AAAA resource record', 'sender-domain-invalid'],
  ['Yahoo: relaying denied', 'relay-denied'],
  ['Mimecast: envelope blocked / manually Blocked Senders', 'blocked-by-recipient'],
  ['Mimecast: header based Anti-Spoofing policy', 'policy-violation'],
  ['Proofpoint: 5.1.8 Sender address rejected: Domain not found', 'sender-domain-invalid'],
  ['Proofpoint: 5.5.2 need fully-qualified address', 'sender-rejected'],
  ['Trend Micro: ERS-Customized-Block', 'blocked-by-recipient'],
  ['QQ: Mail content denied', 'spam-filtered'],
  // 003: 550 step-by-step
  ['Recipient mail server greylisting', 'greylisted'],
  ['Recipient account was deleted', 'user-unknown'],
  // 004: SMTP error 550 fixes
  ['Bad domain reputation / IP blacklisted', 'ip-blocklisted'],
  ['Bad domain reputation', 'domain-reputation'],
  ['Email policy violation', 'policy-violation'],
  ['Bulky messages', 'message-too-large'],
  ['Bad DNS records: 550 reverse DNS', 'reverse-dns-missing'],
  ['ISP restriction / compromised SMTP port 25', 'port25-blocked'],
];

describe('seed articles', () => {
  it.each(SEED_CAUSES)('covers: %s', (_seed, id) => {
    expect(getCause(id).id).toBe(id);
  });
});
