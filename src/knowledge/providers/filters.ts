import type { Provider } from './types.js';

/**
 * Filtering gateways, appliances and sending services. A gateway can sit on either side: when its host
 * belongs to the sender's organisation, a rejection is the sender's own outbound filter.
 */
export const FILTERS: readonly Provider[] = [
  {
    id: 'proofpoint',
    name: 'Proofpoint',
    kind: 'gateway',
    hosts: ['pphosted.com', 'ppe-hosted.com', 'proofpoint.com'],
    markers: [
      'pphosted.com',
      'ppe-hosted.com',
      'ipcheck.proofpoint.com',
      'support.proofpoint.com',
      'proofpoint essentials',
    ],
    postmaster: 'https://ipcheck.proofpoint.com/',
    // Source: https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/040_usersandgroups/User_email_address_is_%22marked_as_invalid%22
    // (as stored: the address is on SMTP Discovery's Marked Invalid list; the reply says "Recipient {or Sender}").
    phrases: [
      // Proofpoint Essentials' SMTP Discovery list of invalid addresses; on the sender it is the sender refused.
      { text: 'sender address rejected: user email address is marked as invalid', cause: 'sender-rejected' },
      { text: 'user email address is marked as invalid', cause: 'user-unknown' },
      // Its rule against mail from outside that claims a protected (usually the recipient's own) domain.
      { text: 'anti-spoofing policy', cause: 'policy-violation' },
      // "Blocked - see https://ipcheck.proofpoint.com/?ip=…": Proofpoint's own IP reputation list.
      { text: 'ipcheck.proofpoint.com', cause: 'ip-blocklisted' },
      // Its DNSBL reply "Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=…" (link path dropped).
      { text: 'blocked - see', cause: 'ip-blocklisted' },
    ],
  },
  {
    id: 'mimecast',
    name: 'Mimecast',
    kind: 'gateway',
    hosts: ['mimecast.com', 'mimecast.co.za', 'mimecast-offshore.com'],
    markers: ['mimecast', 'doc-1369', 'mcspamsignature'],
    postmaster: 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754',
    // Source: Mimecast's SMTP error codes article, as stored at
    // https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes and in a
    // copy, https://electronicaportatil.com/smtp-error-codes/ (its 4xx table: 451 "Internal resource temporarily
    // unavailable" is greylisting or a poor sender IP reputation; 421 "Sender address blocked" a Blocked Senders policy);
    // the whole table quoted in Sisimai's (github.com/sisimai/p5-sisimai lib/Sisimai/Rhost/Mimecast.pm): every phrase
    // below agrees with it.
    phrases: [
      { text: 'spf sender invalid', cause: 'spf-fail' },
      { text: 'dkim sender invalid', cause: 'dkim-fail' },
      { text: 'dmarc sender invalid', cause: 'dmarc-fail' },
      { text: 'anti-spoofing policy', cause: 'policy-violation' },
      { text: 'content examination policy', cause: 'policy-violation' },
      { text: 'host network not allowed', cause: 'policy-violation' },
      { text: 'mcspamsignature', cause: 'spam-filtered' },
      // Mimecast uses this for a virus signature or a spam score over its limit: only "policy" is certain.
      { text: 'email rejected due to security policies', cause: 'policy-violation', vague: true },
      { text: 'blocked senders', cause: 'blocked-by-recipient' },
      // 421 "Sender address blocked": the sender's IP is on the customer's Blocked Senders policy.
      { text: 'sender address blocked', cause: 'blocked-by-recipient' },
      { text: 'envelope blocked', cause: 'blocked-by-recipient' },
      { text: 'local ct ip reputation', cause: 'ip-reputation' },
      { text: 'open relay not allowed', cause: 'relay-denied' },
      { text: 'account inbounds disabled', cause: 'not-accepting-mail' },
      // The sending customer's outbound mail is switched off in its Mimecast console: its own account.
      { text: 'account outbounds disabled', cause: 'sender-account-blocked' },
      // 451 "Unable to process connection at this time": the Mimecast server is under maximum load.
      { text: 'unable to process connection at this time', cause: 'server-unavailable' },
      { text: 'this route requires encryption', cause: 'tls-required' },
      { text: 'this route requires tls version', cause: 'tls-required' },
      { text: 'maximum email size exceeded', cause: 'message-too-large' },
      { text: 'mail loop detected', cause: 'mail-loop' },
      { text: 'exceeding outbound thread limit', cause: 'too-many-connections' },
      { text: 'account service is temporarily unavailable', cause: 'too-many-connections' },
      { text: 'incorrect authentication data', cause: 'auth-required' },
      { text: 'invalid recipient', cause: 'user-unknown' },
      // 451 "Message temporarily deferred due to unresolvable RFC.5321 from address": the envelope sender's
      // domain did not resolve; "temporarily deferred due to" alone would read as a rate.
      { text: 'unresolvable rfc.5321 from', cause: 'sender-domain-invalid' },
      // Greylisting or a poor sender reputation; retrying later usually gets through.
      { text: 'internal resources are temporarily unavailable', cause: 'greylisted' },
      { text: 'internal resource temporarily unavailable', cause: 'greylisted' },
    ],
  },
  {
    id: 'barracuda',
    name: 'Barracuda Email Security',
    kind: 'gateway',
    hosts: ['barracudanetworks.com', 'barracuda.com'],
    // Not "barracudanetworks.com": any server that uses the Barracuda Reputation list links to its lookup
    // page there, and that server is not Barracuda.
    // Source: Barracuda's https://campus.barracuda.com/product/emailsecuritygateway/knowledgebase/50160000000GT6TAAW/Why+is+mail+being+blocked+by+my+Barracuda+Spam+Firewall+for+reason+of+Intent%3F/
    // and https://campus.barracuda.com/doc/96023008/ (as stored, Intent Analysis); its reply texts are not listed.
    markers: [
      'ess.barracuda',
      'permanent failure for one or more recipients (',
      'barracuda email protection',
    ],
    phrases: [
      // Its per-recipient verdict "(user@example.com:blocked)": its policy stopped the message.
      { text: ':blocked)', cause: 'content-filtered', vague: true },
      // Intent Analysis: a domain linked in the body is in Barracuda's database of spammers' URLs (or on a URL
      // block list, looked up in real time): the message is blocked for that domain, not scored as spam.
      { text: 'intent analysis', cause: 'domain-blocklisted' },
    ],
  },
  {
    id: 'trendmicro',
    name: 'Trend Micro Email Security',
    kind: 'gateway',
    hosts: ['trendmicro.com', 'trendmicro.eu', 'trendmicro.co.jp'],
    markers: ['trendmicro', 'ers-customized-block', 'ers-rbl', 'ers-qil', 'ers-dul'],
    // Source: https://success.trendmicro.com/en-US/solution/KA-0001346 (as stored, QIL) and
    // https://success.trendmicro.com/en-US/solution/KA-0011251 (as stored, RBL); the Dynamic User List (DUL), IPs that
    // "should be using the mail servers of their ISP", in https://docs.trendmicro.com/en-us/enterprise/trend-micro-email-security-online-help/inbound-and-outbound/understanding-ip-rep/about-standard-ip-re.aspx.
    // ERS-CUSTOMIZED-BLOCK: no stored source, kept as remembered.
    codes: {
      'ERS-CUSTOMIZED-BLOCK': {
        cause: 'blocked-by-recipient',
        note: "on the receiving customer's own block list",
      },
      'ERS-RBL': { cause: 'ip-blocklisted', note: "the IP is on Trend Micro's reputation block list (RBL+)" },
      'ERS-QIL': {
        cause: 'ip-blocklisted',
        note: "the IP is on Trend Micro's Quick IP List (added by its spam detectors, held off 5 minutes to 12 hours)",
      },
      'ERS-DUL': {
        cause: 'port25-blocked',
        note: "the IP is on Trend Micro's dynamic user (residential) list",
      },
    },
  },
  {
    id: 'fireeye',
    name: 'FireEye / Trellix Email Security',
    kind: 'gateway',
    hosts: ['fireeyecloud.com', 'fireeye.com'],
    markers: ['fireeyecloud', 'fireeye', 'trellix', 'etp205'],
    // Source: none stored for ETP205; kept as remembered.
    codes: { ETP205: { cause: 'dmarc-fail', note: 'DMARC failure for the sender domain' } },
  },
  {
    id: 'messagelabs',
    name: 'Symantec Email Security.cloud (MessageLabs)',
    kind: 'gateway',
    hosts: ['messagelabs.com'],
    // Its replies link the Troubleshooting page "http://www.symanteccloud.com/troubleshooting".
    markers: ['messagelabs', 'email security.cloud', 'symanteccloud.com'],
  },
  {
    id: 'forcepoint',
    name: 'Forcepoint Email Security',
    kind: 'gateway',
    hosts: ['mailcontrol.com'],
    // Its replies name the product ("rejected by Forcepoint Email Security"); Websense was its former name.
    markers: ['mailcontrol.com', 'forcepoint', 'websense'],
  },
  {
    // Fortinet's mail gateway names its FortiGuard services in its refusals ("FortiGuard - AntiSpam").
    id: 'fortimail',
    name: 'FortiMail (Fortinet)',
    kind: 'gateway',
    hosts: [],
    markers: ['fortimail', 'fortiguard'],
  },
  {
    id: 'hornetsecurity',
    name: 'Hornetsecurity',
    kind: 'gateway',
    hosts: ['hornetsecurity.com'],
    markers: ['hornetsecurity'],
  },
  // Hosted filters met in front of small and hosting-provider domains; named by their MX hosts only.
  {
    id: 'spamtitan',
    name: 'SpamTitan (TitanHQ)',
    kind: 'gateway',
    hosts: ['spamtitan.com'],
    markers: ['spamtitan'],
  },
  {
    id: 'mailassure',
    name: 'N-able Mail Assure (SpamExperts)',
    kind: 'gateway',
    hosts: ['antispamcloud.com', 'spamexperts.com', 'spamexperts.net'],
    markers: ['antispamcloud.com', 'spamexperts', 'mail assure'],
  },
  {
    id: 'appriver',
    name: 'AppRiver / Zix (OpenText)',
    kind: 'gateway',
    hosts: ['arsmtp.com', 'zixmail.net', 'zixworks.com'],
    // Zix's products name themselves in their refusals and hold notices (ZixGateway, ZixProtect, ZixCorp's
    // message center); OpenText bought Zix and AppRiver.
    markers: ['arsmtp.com', 'zixgateway', 'zixprotect', 'zixcorp', 'zixmessagecenter', 'zixencrypt'],
  },
  {
    id: 'cloudflare-email',
    name: 'Cloudflare Email Security (Area 1)',
    kind: 'gateway',
    hosts: ['mxrecord.io', 'mxrecord.mx'],
    markers: ['mxrecord.io', 'mxrecord.mx', 'area1security.com'],
  },
  // The outbound relay most shared hosts send through: its refusals are the sending host's to fix.
  {
    id: 'mailchannels',
    name: 'MailChannels',
    kind: 'sending-service',
    hosts: ['mailchannels.net'],
    markers: ['mailchannels'],
  },
  // Gateways of small and mid-sized organisations, named by their own words (round 53).
  {
    id: 'vade',
    name: 'Vade (Hornetsecurity)',
    kind: 'gateway',
    hosts: ['vadesecure.com'],
    // "Vade" alone is part of ordinary words (evade, invade): only its product names and "by Vade".
    markers: ['vadesecure', 'vade secure', 'vade cloud', 'by vade', '(vade)'],
  },
  {
    id: 'trustwave',
    name: 'Trustwave MailMarshal',
    kind: 'gateway',
    hosts: ['trustwave.com'],
    markers: ['mailmarshal', 'trustwave'],
  },
  {
    // Outbound data-loss prevention in the sender's own organisation (Egress Prevent, formerly Tessian): what it
    // holds never left the sender's side.
    id: 'egress',
    name: 'Egress (Tessian)',
    kind: 'appliance',
    hosts: ['egress.com', 'tessian.com'],
    markers: ['egress prevent', 'egress defend', 'egress.com', 'tessian'],
  },
  {
    id: 'libraesva',
    name: 'Libraesva Email Security Gateway',
    kind: 'gateway',
    hosts: ['libraesva.com'],
    markers: ['libraesva'],
  },
  {
    id: 'checkpoint-harmony',
    name: 'Check Point Harmony Email (Avanan)',
    kind: 'gateway',
    hosts: ['avanan.net', 'avanan.com'],
    markers: ['avanan', 'check point harmony', 'checkpoint harmony'],
  },
  // Forwarding and alias services in front of small domains and people's mailboxes: their refusals are the
  // forwarder's own or its upstream mailbox provider's, quoted.
  {
    id: 'cloudflare-routing',
    name: 'Cloudflare Email Routing',
    kind: 'forwarder',
    hosts: ['mx.cloudflare.net'],
    markers: ['email routing', 'email-routing'],
  },
  {
    id: 'forwardemail',
    name: 'Forward Email',
    kind: 'forwarder',
    hosts: ['forwardemail.net'],
    markers: ['forwardemail.net', 'forward-email'],
  },
  {
    id: 'simplelogin',
    name: 'SimpleLogin',
    kind: 'forwarder',
    hosts: ['simplelogin.co', 'simplelogin.io', 'simplelogin.com'],
    markers: ['simplelogin'],
  },
  {
    id: 'addy',
    name: 'addy.io (AnonAddy)',
    kind: 'forwarder',
    hosts: ['addy.io', 'anonaddy.me', 'anonaddy.com'],
    markers: ['addy.io', 'anonaddy'],
  },
  {
    id: 'firefox-relay',
    name: 'Firefox Relay',
    kind: 'forwarder',
    hosts: ['relay.firefox.com', 'mozmail.com'],
    markers: ['firefox relay', 'mozmail.com'],
  },
  {
    id: 'cisco',
    name: 'Cisco Secure Email (IronPort)',
    kind: 'gateway',
    hosts: ['iphmx.com', 'ironport.com'],
    // Its default HAT rejection names no product: "rejected due to the sending MTA's poor reputation".
    markers: [
      'iphmx.com',
      'ironport',
      'talosintelligence.com',
      'senderbase',
      "sending mta's poor reputation",
    ],
    postmaster: 'https://talosintelligence.com/reputation_center',
    // Source: a Cisco employee on the HAT rejection, https://community.cisco.com/t5/email-security/cisco-esa-domain-exception/m-p/4268260/highlight/true
    // (as stored): the sending IP's poor SenderBase reputation score puts it in the BLACKLIST sender group.
    phrases: [{ text: "sending mta's poor reputation", cause: 'ip-reputation' }],
  },
  {
    id: 'sophos',
    name: 'Sophos Email',
    kind: 'gateway',
    hosts: ['sophos.com'],
    markers: ['hydra.sophos.com', 'sophos'],
    // Sophos Central Email's own codes, only Sophos writes them: https://docs.sophos.com/central/customer/help/
    // en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html
    codes: {
      XGEMAIL_0001: { cause: 'dkim-fail', note: 'no valid DKIM signature', identifies: true },
      XGEMAIL_0002: { cause: 'spf-fail', note: 'the message failed SPF', identifies: true },
      XGEMAIL_0003: { cause: 'dmarc-fail', note: 'the message failed DMARC', identifies: true },
      XGEMAIL_0004: {
        cause: 'ip-blocklisted',
        note: 'the sending IP failed a blocklist (RBL) test',
        identifies: true,
      },
      XGEMAIL_0005: {
        cause: 'domain-blocklisted',
        note: 'the sender domain failed a domain blocklist (DBL) test',
        identifies: true,
      },
      XGEMAIL_0006: {
        cause: 'tls-outdated',
        note: "the TLS version does not match the recipient's policy",
        identifies: true,
      },
      XGEMAIL_0007: {
        cause: 'system-error',
        note: "the recipient organisation's Sophos licence has expired",
        identifies: true,
      },
      XGEMAIL_0008: {
        cause: 'blocked-by-recipient',
        note: "on the recipient admin's block list",
        identifies: true,
      },
      XGEMAIL_0009: {
        cause: 'blocked-by-recipient',
        note: "on the recipient user's own block list",
        identifies: true,
      },
      XGEMAIL_0010: {
        cause: 'relay-denied',
        note: 'the recipient domain is not a Sophos Email protected domain',
        identifies: true,
      },
      XGEMAIL_0011: {
        cause: 'user-unknown',
        note: 'no such recipient in the protected domain',
        identifies: true,
      },
      XGEMAIL_0012: {
        cause: 'message-too-large',
        note: 'the message exceeds the allowed size',
        identifies: true,
      },
      XGEMAIL_0013: {
        cause: 'size-limit-exceeded',
        note: 'too many recipients for a large message',
        identifies: true,
      },
      XGEMAIL_0014: {
        cause: 'rate-limited',
        note: "over the recipient's inbound rate limit for one sender",
        identifies: true,
      },
      XGEMAIL_0015: {
        cause: 'recipient-rate-limited',
        note: "over the recipient's total inbound rate limit",
        identifies: true,
      },
    },
  },
  {
    id: 'cyberoam',
    name: 'Cyberoam (Sophos) firewall',
    kind: 'appliance',
    hosts: [],
    markers: ['cyberoam'],
    phrases: [{ text: 'cyberoam anti spam engine has identified', cause: 'outbound-filter' }],
  },
  // Sending services. Besides their names, their markers are the API's own error sentences (esp-api-errors.ts):
  // an application's log holds only those, and the service that refused is then named. A sentence two
  // services share names neither.
  {
    id: 'amazonses',
    name: 'Amazon SES',
    kind: 'sending-service',
    hosts: ['amazonses.com'],
    markers: [
      'amazonses.com',
      'amazon ses',
      'the following identities failed the check',
      'accountsendingpausedexception',
      'sending paused for this account',
      'daily message quota exceeded',
      'maximum sending rate exceeded',
      'an error occurred (messagerejected)',
      'when calling the sendemail operation',
      'when calling the sendrawemail operation',
    ],
    phrases: [{ text: 'amazon ses has suppressed sending to this address', cause: 'suppressed' }],
  },
  {
    id: 'sendgrid',
    name: 'SendGrid',
    kind: 'sending-service',
    hosts: ['sendgrid.net'],
    markers: [
      'sendgrid',
      'does not match a verified sender identity',
      'maximum credits exceeded',
      'the provided authorization grant is invalid',
      'content must be base64 encoded',
    ],
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    kind: 'sending-service',
    hosts: ['mailgun.org', 'mailgun.net'],
    markers: [
      'mailgun',
      'free accounts are for test purposes only',
      'sandbox subdomains are for test purposes only',
      'domain is unverified and requires dns',
    ],
  },
  {
    id: 'postmark',
    name: 'Postmark',
    kind: 'sending-service',
    hosts: ['mtasv.net', 'postmarkapp.com'],
    markers: [
      'postmarkapp',
      'x-postmark-server-token',
      'is not a sender signature',
      'sender signature not confirmed',
      'while your account is pending approval',
      'server token you provided',
      'account token you provided',
      'you have run out of credits',
    ],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    kind: 'sending-service',
    hosts: ['sendinblue.com', 'brevo.com'],
    markers: [
      'brevo',
      'sendinblue',
      'due to blacklist user',
      'smtp account is not yet activated',
      'your account is under validation',
      'using an unrecognised ip address',
      'email is not valid in to',
    ],
  },
  {
    id: 'smtp2go',
    name: 'SMTP2GO',
    kind: 'sending-service',
    hosts: ['smtp2go.com', 'smtp2go.net'],
    markers: ['smtp2go', 'e_apiresponsecodes.'],
  },
  {
    id: 'mailjet',
    name: 'Mailjet',
    kind: 'sending-service',
    hosts: ['mailjet.com'],
    markers: ['mailjet', 'api key authentication/authorization failure', 'preblocked'],
  },
  {
    id: 'sparkpost',
    name: 'SparkPost',
    kind: 'sending-service',
    hosts: ['sparkpostmail.com', 'sparkpost.com'],
    markers: [
      'sparkpost',
      'exceed sending limit',
      'unconfigured sending domain',
      'suppressed due to customer policy',
    ],
  },
  {
    id: 'mandrill',
    name: 'Mandrill (Mailchimp Transactional)',
    kind: 'sending-service',
    hosts: ['mandrillapp.com'],
    markers: ['mandrill', '"reject_reason"'],
  },
];
