import type { Cause } from '../types.js';

/** The sender's own setup: submission, relaying, the envelope sender, outbound filters. */
export const SENDER_CAUSES: readonly Cause[] = [
  {
    id: 'outbound-filter',
    title: 'Stopped by your own outbound filter, before it reached the recipient',
    reason: 'spamdetected',
    side: 'sender',
    permanent: true,
    explanation:
      'The rejection came from a security appliance or service on your side (for example Cyberoam/Sophos, ' +
      'Cisco IronPort, Symantec MessageLabs or a Barracuda outbound filter) that inspects mail as it leaves ' +
      'your network. It judged this message as spam, dangerous or against a data-loss rule, so it never ' +
      "reached the recipient's server.",
    steps: [
      "Find the appliance's log entry for this message (search for {recipient} or the reference ID in the " +
        'bounce) to see which rule or score stopped it.',
      'If the message is legitimate, ask whoever runs the filter to release it or add an exception; if the ' +
        'rule is right, change the message (remove the flagged attachment, link or data).',
      'If many of your messages are flagged as spam, look for a compromised account or infected PC sending ' +
        'through you: a sudden jump in `postqueue -p | tail -n 1` is a warning sign.',
      'Resend once the filter lets it through.',
    ],
    checks: [],
  },
  {
    id: 'auth-required',
    title: 'Rejected: your outgoing server requires you to log in (SMTP AUTH)',
    reason: 'securityerror',
    side: 'sender',
    permanent: true,
    explanation:
      'The server you handed the message to only relays mail for logged-in users, and your mail program or ' +
      'device connected without a login or with a wrong one. This is between your client and your own ' +
      "provider's server; the recipient is not involved.",
    steps: [
      'In the mail client or device, turn on "my outgoing server requires authentication" and enter the ' +
        "mailbox's full address and password (an app password if the account uses two-step sign-in).",
      'Use the submission port with TLS: 587 with STARTTLS, or 465 with implicit TLS, not 25.',
      'Test the login by hand (swaks asks for the password): ' +
        '`swaks --to {recipient} --server <your-smtp-server> --port 587 --tls --auth LOGIN --auth-user <you@your-domain>`.',
      "If the login works but sending still fails, check in the provider's admin panel that the account may " +
        'send over SMTP (in Microsoft 365, "Authenticated SMTP" must be enabled for the mailbox).',
      "An application sending through a service's HTTP API (a 401 or 403): check the API key in its " +
        "settings or environment, then create a new one with the send permission in the service's dashboard.",
    ],
    checks: [],
  },
  {
    id: 'relay-denied',
    title: 'Rejected: the server refused to relay this message',
    reason: 'norelaying',
    side: 'either',
    permanent: true,
    explanation:
      "The server that answered does not accept mail for this recipient's domain from you: it is not that " +
      "domain's mail server, or it relays only for logged-in users. Either your client used the wrong server " +
      "or no login, or the recipient domain's MX points at a server that no longer hosts it.",
    steps: [
      "If the refusing server is your own provider's, turn on SMTP authentication in the client and use port 587.",
      "If it is the recipient's server, check their MX: `dig +short MX {domain}`; a host that answers " +
        '"relay access denied" for {domain} is not set up to receive it (often the domain moved to another ' +
        'provider and the old server still answers).',
      'Test the MX directly: `swaks --to {recipient} --server {remoteHost} --quit-after RCPT`.',
      "If their MX is wrong, tell the recipient's admin: they must fix the MX or add {domain} to the server's " +
        'accepted domains.',
    ],
    checks: ['mx'],
  },
  {
    id: 'relay-not-authorised',
    title: 'Refused: your relay service does not recognise your server',
    reason: 'norelaying',
    side: 'sender',
    permanent: true,
    explanation:
      'Your mail goes out through a relay service (a smart host such as Google Workspace SMTP relay or a ' +
      'Microsoft 365 connector), and that service refused it: the connecting IP, the login or the sender ' +
      "domain does not match what your account registered. Nothing is wrong at the recipient's side.",
    steps: [
      'Find the IP your server connects from: `curl -4 https://ifconfig.me` on that server (or the IP in the ' +
        'reply), and the envelope sender and From domain the message used.',
      'Google Workspace: in the Admin console (Apps > Google Workspace > Gmail > Routing > SMTP relay service) ' +
        'allow that IP or require SMTP authentication, and send only from domains registered in the account.',
      'Microsoft 365 (5.7.64 TenantAttribution): the inbound connector from your organisation must match the ' +
        'certificate name or IP your server uses; check it in the Exchange admin center under Mail flow > ' +
        'Connectors.',
      'Amazon SES ("Email address is not verified … identities failed the check"): verify the From address or ' +
        'its domain under Verified identities in that region; while the account is in the sandbox the recipients ' +
        'must be verified too, or request production access.',
      'Other smart hosts: check the relay user name and password or the allowed-IP list in the relay ' +
        "service's settings, then resend.",
    ],
    checks: [],
  },
  {
    id: 'sender-verify-failed',
    title: 'Rejected: the receiver could not verify your sender address',
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      "The receiving server checked your envelope sender by calling back your domain's mail server (sender " +
      'verification, a "callout"), and the check failed: your MX could not be reached, refused the address, or ' +
      'your DNS was wrong. "Sender verify failed" and "Previous (cached) callout verification failure" mean ' +
      'mail from that address is refused until the callout passes.',
    steps: [
      "Check your own domain's mail routing: `dig +short MX {senderDomain}`; each host must resolve and accept " +
        'mail on port 25 from the internet.',
      'Repeat the callout from an outside host: ' +
        '`swaks --to <your-sender-address> --server <your-mx> --quit-after RCPT` must answer 250, not 550 or a timeout.',
      'Make sure the sender address exists as a mailbox or alias: no-reply addresses that refuse mail fail ' +
        'callouts too.',
      "Callout results are cached for hours: after fixing, wait or ask the recipient's admin to clear the " +
        'cache, then resend.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'sender-rejected',
    title: 'Rejected: the receiver refused your sender (MAIL FROM) address',
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server refused the envelope sender address itself, before looking at the message. ' +
      'Usual reasons are a malformed or not fully qualified address, a sender domain that does not resolve, ' +
      'or a local policy against that address or domain.',
    steps: [
      "Look at the envelope sender your server used (the `from=<…>` in `grep '{recipient}' /var/log/mail.log`): " +
        'it must be a full address such as user@{senderDomain}, not a bare name or a local host name.',
      'Check that your domain resolves and receives mail: `dig +short MX {senderDomain}` and ' +
        '`dig +short A {senderDomain}`.',
      "If the address and DNS are fine, send the full bounce to the recipient's admin and ask which policy " +
        'refused it.',
      'Resend once the cause is fixed.',
    ],
    checks: ['mx'],
  },
  {
    id: 'sender-domain-invalid',
    title: 'Rejected: your sender domain does not resolve',
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server looked up the domain of your envelope sender and found nothing usable: the domain ' +
      'does not exist, has no MX or address record, or publishes a null MX. Receivers refuse such mail because ' +
      'nobody could reply to it or return its bounces.',
    steps: [
      'Check your sender domain: `dig +short MX {senderDomain}` and `dig +short A {senderDomain}` must answer; ' +
        '`dig {senderDomain} SOA` giving NXDOMAIN means it does not exist (`whois {senderDomain}` shows expiry).',
      'If the server sends as a local host name (root@server.localdomain), give it a real domain: ' +
        "`postconf -e 'myorigin = {senderDomain}'` then `postfix reload`.",
      'A sender domain with `MX 0 .` (null MX) declares it receives no mail and is refused as a sender ' +
        '(5.7.27): send from a domain that accepts replies.',
      'Fix the DNS or the sender address, then resend.',
    ],
    checks: ['mx', 'auth'],
  },
  {
    id: 'from-not-permitted',
    title: 'Rejected: you may not send as this From address through this server',
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      "Your provider's outgoing server only lets you send with addresses that belong to your account or to " +
      'domains it hosts for you, and the From (or envelope sender) of this message is not one of them. The ' +
      'provider refused it before it left.',
    steps: [
      'Send with the address of the account you logged in with, or add the other address as an alias or ' +
        '"send as" identity in the provider\'s settings.',
      "To send as {senderDomain} through an ISP's server, verify the domain with that ISP, or use the outgoing " +
        'server of whoever hosts {senderDomain}.',
      "Check that the client's outgoing-server setting belongs to the same account as the From address.",
      'Resend after changing the From address or the server.',
    ],
    checks: [],
  },
  {
    // Apple forwards mail to a Hide My Email address (Sign in with Apple) only from the sources the app's
    // developer registered: the sender registers, the recipient can do nothing.
    id: 'private-relay-unregistered',
    title: "Rejected: your domain is not registered with Apple's private email relay",
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      'The recipient signed in to your app or site with Sign in with Apple and chose to hide their address, ' +
      "so mail reaches them through Apple's private email relay (privaterelay.appleid.com, private.icloud.com). " +
      "Apple relays only mail from the domains and addresses the app's developer registered, passing SPF or DKIM.",
    steps: [
      'In the Apple Developer account: Certificates, Identifiers & Profiles → Services → Sign in with Apple for ' +
        'Email Communication, register {senderDomain} (and each subdomain or address you send from) as an email source.',
      'Make SPF pass for {senderDomain} from the servers you send through (`dig +short TXT {senderDomain}`), and ' +
        'DKIM-sign the mail: Apple checks them before relaying.',
      'Sending through a service (SendGrid, SES, Mailgun…)? Register the domain of its envelope sender ' +
        '(Return-Path) too, and authenticate it with that service.',
      'Resend once Apple shows the source as verified: https://developer.apple.com/documentation/signinwithapple/configuring-your-environment-for-sign-in-with-apple',
    ],
    checks: ['auth'],
  },
  {
    id: 'outside-domain-not-allowed',
    title: 'Rejected: this account may only send inside its own domain',
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      'Your own mail system restricts this account or device to internal recipients, so the message to an ' +
      'outside address was refused before it left. It is a setting on your side, such as a transport rule, ' +
      'a send connector or a per-user restriction.',
    steps: [
      'Ask your mail admin whether the account is limited to internal delivery (Exchange/Microsoft 365: mail ' +
        'flow rules or delivery restrictions; Postfix: a restriction class in `smtpd_recipient_restrictions`).',
      'If external mail is allowed for this account, have the restriction lifted; otherwise send from an ' +
        'account that may send outside.',
      'For scanners, printers and applications, use an account or relay connector that is allowed to send externally.',
    ],
    checks: [],
  },
  {
    // Microsoft 365's 5.7.520 (AS(7555)): the outbound spam policy's automatic forwarding control, off by default.
    id: 'external-forwarding-blocked',
    title: 'Rejected: your organisation blocks automatic forwarding to outside addresses',
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      'A mailbox in your organisation forwards mail automatically (a forwarding address, an inbox rule or a ' +
      'mail flow rule) to an address outside it, and your own mail system refuses such forwards. Microsoft ' +
      "365 does so by default (its outbound spam policy's automatic forwarding control). The original " +
      'sender did nothing wrong; nothing reached the outside address.',
    steps: [
      'Find the forward: in Exchange Online PowerShell, `Get-Mailbox <mailbox> | fl ForwardingSmtpAddress,' +
        'DeliverToMailboxAndForward` and `Get-InboxRule -Mailbox <mailbox> | ? {$_.ForwardTo -or $_.RedirectTo}`.',
      'If the forward is wanted, allow it for that mailbox only: Microsoft Defender portal → Email & ' +
        'collaboration → Policies & rules → Threat policies → Anti-spam → a custom outbound policy for the ' +
        'mailbox with "Automatic forwarding rules" set to On (https://learn.microsoft.com/defender-office-365/' +
        'outbound-spam-policies-external-email-forwarding).',
      'If it is not wanted, remove the forwarding address or rule: automatic forwarding out of a company is ' +
        'a common way to lose data, which is why it is off by default.',
      'Google Workspace: the Admin console → Apps → Google Workspace → Gmail → End User Access → Automatic ' +
        'forwarding.',
    ],
    checks: [],
  },
  {
    id: 'sender-account-blocked',
    title: 'Refused: your account has been blocked from sending by its own provider',
    reason: 'rejected',
    side: 'sender',
    permanent: true,
    explanation:
      'Your mail provider has stopped this account (or your whole organisation) from sending, usually because ' +
      'it sent spam, most often after its password was stolen. Microsoft 365 reports this as 5.1.8 "bad ' +
      'outbound sender", 5.7.501 to 5.7.503 or 5.7.7xx.',
    steps: [
      'Treat the account as compromised: reset its password, sign out all sessions, turn on multi-factor ' +
        'sign-in, and remove forwarding or inbox rules you did not create.',
      'Check what it sent recently (Microsoft 365: message trace in the Exchange admin center) for mail the ' +
        'user did not write.',
      'Ask the provider to lift the block (Microsoft 365: Microsoft Defender portal > Restricted entities, or ' +
        'a support request).',
      'Resend after the block is lifted.',
    ],
    checks: [],
  },
  {
    id: 'sender-mailbox-full',
    title: 'Not sent: your own mailbox is full',
    reason: 'mailboxfull',
    side: 'sender',
    permanent: false,
    explanation:
      'Your own mailbox is over the quota at which your mail server stops you sending (Exchange and Microsoft ' +
      '365: the "prohibit send" quota, STOREDRV.Submission QuotaExceededException). The recipient never saw ' +
      'the message; nothing is wrong on their side.',
    steps: [
      'Free space in your own mailbox: empty Deleted Items and Junk, delete or archive large old mail (Outlook: ' +
        'File > Tools > Mailbox Cleanup), or turn on the online archive.',
      'Or ask your mail admin to raise the quota (Exchange: `Set-Mailbox -ProhibitSendQuota`, or a larger ' +
        'licence in Microsoft 365).',
      'Send the message again once the mailbox is below its quota.',
    ],
    checks: [],
  },
  {
    id: 'suppressed',
    title: "Not sent: the address is on your sending service's suppression list",
    reason: 'suppressed',
    side: 'sender',
    permanent: true,
    explanation:
      'Your email service (for example Amazon SES) did not even try to deliver, because this address bounced ' +
      'or complained before and is on its suppression list. The earlier bounce is the real problem; take the ' +
      'address off the list only if you know it works now.',
    steps: [
      "Look up why the address was suppressed (the original bounce or complaint) in your sending service's console.",
      'If the address really is invalid, remove it from your own lists as well.',
      'If the recipient confirms it works now, take it off the suppression list (Amazon SES: ' +
        '`aws sesv2 delete-suppressed-destination --email-address {recipient}`).',
      'Resend after removing it.',
    ],
    checks: ['probe'],
  },
  {
    id: 'list-member-disabled',
    title: 'Not sent: the mailing list stopped sending to this member after repeated bounces',
    // Sisimai's word for mail the sending side chose not to send.
    reason: 'suppressed',
    side: 'sender',
    permanent: true,
    explanation:
      "The list manager (Mailman, Sympa, phpList) disabled or removed the member because the list's posts to " +
      'the address bounced too often; no receiver refused this message. The bounces that counted are the real ' +
      "problem: a gone or full mailbox, or the member's provider refusing the list's posts (often DMARC, when " +
      'posts keep the From of a domain with p=reject).',
    steps: [
      "Read the bounces that disabled the member (the list's bounce log, or the bounce attached to the owner " +
        'notice) and paste them here for their cause.',
      "If the member's provider refused the list's posts for DMARC, have the list rewrite From: Mailman 2 " +
        '`dmarc_moderation_action = Munge From`, Mailman 3 `dmarc_mitigate_action = munge_from`.',
      'Once the member confirms the address works, re-enable delivery (Mailman: turn off "nomail" on the ' +
        "member's options page; Sympa: reset the member's bounce errors; phpList: confirm the subscriber).",
      'If the address is gone for good, unsubscribe it.',
    ],
    checks: ['mx'],
  },
  {
    id: 'syntax-error',
    title: 'Rejected: the receiving server did not understand your SMTP commands',
    reason: 'syntaxerror',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiver answered with a syntax or sequence error (50x, 5.5.x): your client sent a malformed ' +
      'command, an address not in <angle brackets>, or commands in the wrong order. The sending program, or ' +
      'a firewall rewriting the SMTP conversation, is at fault.',
    steps: [
      'Read which command was refused (often MAIL FROM or RCPT TO with a badly formatted address).',
      'Repeat the delivery with a known-good client: `swaks --to {recipient} --server {remoteHost}`; if swaks ' +
        'works, the fault is in your sending program.',
      'Turn off SMTP inspection ("fixup") on firewalls between your server and the internet: it is known to ' +
        'break ESMTP.',
      "Fix the application's SMTP settings or library, then resend.",
    ],
    checks: ['probe'],
  },
];
