import type { SmtpCommand } from '../bounce/types.js';
import { CLIENT_ERROR_RULES, CLIENT_WORDING_FIRST } from './client-errors.js';
import { ESP_API_REFUSALS } from './esp-api-errors.js';
import {
  IP_LISTED_PAIRS,
  LANGUAGE_GENERAL_PHRASES,
  LANGUAGE_PHRASES,
  SENDER_LISTED_PAIRS,
} from './reply-phrases-languages.js';

/**
 * What servers say, mapped to our causes, checked against the lower-cased reply with addresses and links
 * removed. Decisive wording (a named blocklist, an authentication failure, a full mailbox, "user unknown")
 * is checked first, in order, and wins over the status code; `general` wording ("policy", "spam",
 * "timed out") is only consulted when the status code is missing or vague. A phrase "a … b" matches when
 * "b" follows "a". `commands` limits a rule to replies to those SMTP commands.
 */
export interface PhraseRule {
  cause: string;
  phrases: string[];
  general?: boolean;
  commands?: SmtpCommand[];
  /** A mail client's or library's own words (client-errors.ts): never read in what a server wrote. */
  client?: boolean;
  /** Word pairs (reply-phrases-languages.ts): a subject and a predicate of one group close in one sentence. */
  pairs?: readonly WordPair[];
  /**
   * The words are one program's own default text and mean what they say whatever the status beside them:
   * the refinement by the whole status (FULL_STATUS_REFINES, "4.7.1 … try again later" as greylisting) is
   * not applied.
   */
  overStatus?: boolean;
}

/** One language's subject words and predicate words for a rule ("postfach" with "gesperrt"). */
export interface WordPair {
  subjects: readonly string[];
  predicates: readonly string[];
  /** The language of the words (a key of LANGUAGE_WORDS). */
  language?: string;
}

export const REPLY_PHRASES: PhraseRule[] = [
  // Specific wording first: each phrase below names one cause and nothing else matches it better.
  // A sending service's API refusal names its cause in words no server reply uses.
  ...ESP_API_REFUSALS.map(({ cause, phrases }) => ({ cause, phrases: [...phrases] })),
  {
    // An MTA's own log of its refused connections to the recipient's MX (KumoMTA "failed to connect to any
    // candidate hosts: connect to ip:25 …: Connection refused (os error 111)", chasquid "all MXs failed"),
    // read before a client library's words for its own submission server (Rust's "(os error 111)").
    cause: 'connection-refused',
    // Stalwart's delay notice: "connection to 'mx.example.org' failed: Connection refused (os error 111)".
    phrases: [
      'any candidate hosts: … connection refused',
      'mxs failed: … connection refused',
      "connection to ' … ' failed: connection refused",
    ],
  },
  // A mail client's own sentences that a server's wording would misread (client-errors.ts).
  ...CLIENT_WORDING_FIRST.map(({ cause, phrases }) => ({ cause, phrases: [...phrases], client: true })),
  {
    // Gmail 550 5.4.5 "Daily user sending quota exceeded": the sending account's own daily limit, not a
    // recipient's mailbox quota.
    cause: 'rate-limited',
    // Policyd (Cluebringer) quotas: "Policy rejection; Message count quota exceeded", a sender's own rate.
    // Outlook.com's outbound check with the verdict "RefuseQuota" (inside an OutboundSpamException, which
    // otherwise means a suspended account): the account's own daily sending quota.
    phrases: ['sending quota exceeded', 'message count quota exceeded', 'verdict is refusequota'],
  },
  {
    // Postfix reject_unverified_sender: "Sender address rejected: undeliverable address: <the probe's reply>".
    // The probe's reason (a user unknown, a timeout) is about the sender's address, not the recipient.
    cause: 'sender-verify-failed',
    phrases: [
      'sender address rejected: undeliverable address',
      'sender address rejected: unverified address',
    ],
  },
  {
    // Postfix reject_unverified_recipient while its probe is still out: "unverified address: Address
    // verification in progress" (450): the receiving server only asks to be tried again.
    cause: 'server-unavailable',
    phrases: ['address verification in progress'],
  },
  {
    // Sendmail's access database REJECT ("550 5.7.1 <x>... Access denied"), at MAIL FROM or, with
    // delay_checks, at RCPT TO: the receiving side's own entry for the client, the sender or its domain.
    cause: 'blocked-by-recipient',
    phrases: ['... access denied'],
  },
  {
    // postscreen in answer to RCPT TO: "450 4.3.2 Service currently unavailable" to a client that passed its
    // after-220 (deep protocol) tests, which must reconnect to be let through: greylisting in effect, the
    // sender only retries. "550 5.3.2" to a client that failed them (a pregreet, a bare newline, a DNSBL
    // score) refuses it: connection-rejected by its status (refinements.ts FULL_STATUS_REFINES).
    cause: 'greylisted',
    phrases: ['service currently unavailable'],
    commands: ['RCPT'],
  },
  {
    cause: 'mailbox-disabled',
    phrases: [
      'account that you tried to reach is disabled',
      'invalid/inactive user',
      'recipient suspend the service',
      'mailbox unavailable or access denied',
      'is a deactivated mailbox',
      'user is terminated',
      // Alias and masking services (SimpleLogin, addy.io, Firefox Relay, Hide My Email): the owner switched
      // the alias off; mail to it is refused until they switch it on again.
      'alias is disabled',
      'alias has been disabled',
      'alias is deactivated',
      'alias has been deactivated',
      'alias is inactive',
      'mask is disabled',
      'is blocking all email',
    ],
  },
  {
    // A group or mailbox that takes mail only from listed or signed-in senders (Exchange delivery restrictions).
    cause: 'recipient-restricted',
    phrases: [
      'delivery restriction check failed',
      'allowed-senders list',
      'allowed senders list',
      'notauthorizedtosendtogroup',
      'not authorized to accept mail from',
      'not authorized to receive mail from',
      // Exchange 5.7.133-5.7.136: a group, mailbox, public folder or mail user that takes only signed-in
      // (internal) senders ("SenderNotAuthenticatedForGroup", "…ForMailbox", "…ForPublicFolder", "…ForMailUser").
      'sendernotauthenticatedfor',
      // Exchange 5.7.129: the recipient accepts mail only from the senders it lists.
      'restrictedtorecipientspermission',
      'list of senders to accept mail from',
      // On-premises Exchange's 5.7.1 for such a group or public folder, with only "authentication required"
      // after it, which alone is the sender's own SMTP login.
      'resolver.rst.authrequired',
      'resolver.rst.notauthorized',
      'to send to this recipient',
      'not authorized to send to this group',
      'restricted to authorized senders',
      'delivery not authorized',
      // iRedAPD's access policy of a mailing list or alias ("members only", "domain only").
      'recipient address rejected: sender not authorized',
      // Exchange 5.7.12: the recipient takes mail only from senders its own organisation authenticated.
      'not authenticated by organization',
      // Exchange 5.7.13x for a public folder or mailbox: the recipient object takes only signed-in senders,
      // before the sender's own "not authenticated" (SMTP AUTH).
      'only accepts mail from authenticated senders',
      // A mailbox closed to mail from outside its organisation, relayed by a gateway ("Recipient address
      // rejected: This mailbox does not accept mail from external senders").
      'accept mail from external senders',
      'accept mail from outside the organization',
      'accept mail from outside the organisation',
      // Microsoft 365 groups (5.7.193): members only, or no external senders.
      'permitted to send to this group',
      "isn't a group member",
      // The Exchange NDR's German text for a group that takes mail only from listed senders.
      'nur nachrichten von bestimmten absendern',
      // Microsoft 365's group or mailbox that takes mail only from its organisation (5.7.133/5.7.134), in the
      // German, French, Spanish and Dutch NDR texts, and its "delivery to this address is restricted".
      'akzeptiert nur nachrichten von personen in ihrer organisation',
      "n'accepte que les messages des personnes de son organisation",
      'accepte uniquement les messages des personnes de son organisation',
      'solo acepta mensajes de personas de su organización',
      'accepteert alleen berichten van personen in de organisatie',
      'zustellung an diese adresse ist eingeschränkt',
      'bezorging aan dit adres beperkt',
      'delivery to this address is restricted',
      // Sympa's French refusal of a non-subscriber's post.
      'pas autorisé à envoyer des messages à la liste',
      // Groups and mailing lists that take posts from members only (Google Groups, Mailman, Sympa, Zimbra).
      'permission to post',
      'non-members are not allowed to post',
      'not allowed to send messages to list',
      'only list members may',
      'send to this distribution list',
      // Mailman's notice when a moderator refuses a post (its reason follows on lines of their own).
      'rejected by the list moderator',
      // A moderated group's or list's refusal by its moderator: Exchange ("MODERATION.Reject", "was rejected by
      // a moderator"), Sympa ("rejected by the list editor").
      'moderation.reject',
      'rejected by a moderator',
      'rejected by the moderator',
      'rejected by the list editor',
      "rejected by the group's moderator",
      'not accepted by the moderator',
      // Exchange's and Google Groups' own wording of the same: "The moderator rejected your message".
      'moderator rejected',
      'not approved by a moderator',
      'not approved by the moderator',
      "wasn't approved by the moderator",
      // Groups that take posts from members or the organisation only (Google Groups, Microsoft 365, Zoho,
      // Yahoo Groups, Majordomo, LISTSERV's "Contributions are accepted from subscribers only"), or that banned
      // the sender.
      'only members of the group',
      'only members may post',
      'group members only',
      'you are not a member of',
      'posts from non-members',
      'accepted from subscribers only',
      'not authorized to post to',
      'only accepts messages from people in its organization',
      'only accepts messages from people inside',
      'from outside its organization',
      'from outside the organization',
      'send mail to this group',
      'send to the distribution list',
      'send to distribution list',
      'posting to this group is restricted',
      'banned from this group',
      'banned from posting',
      // Help desks that take requests from their registered customers only (Jira Service Management, Zendesk).
      'registered as a customer',
      'only registered users may',
      // ezmlm-issubn's refusal ("Sorry, only subscribers may post. … to get your new address included"), fml's
      // ("You are not a member of this mailing list", "Only members can post"), Sympa's ("You are not a
      // subscriber of list x"): before the moved recipient's "new address".
      'only subscribers may post',
      'not a member of this mailing list',
      'only members can post',
      'not a subscriber of list',
      // Mailman 3's reason for refusing (or holding) a post: "The message is not from a list member".
      'not from a list member',
    ],
  },
  {
    // A rule of the sender's own organisation, in the words only its own mail system uses to its user (Gmail's
    // "blocked by a rule that your administrator set up", Microsoft Purview's "conflicts with a policy in your
    // organization", Gmail's "contact the administrator of your organization"). "Rejected by your administrator"
    // alone is not here: a receiver's custom rejection text says it too.
    cause: 'own-policy-violation',
    phrases: [
      'rule that your administrator',
      'conflicts with a policy in your organization',
      'conflicts with a policy in your organisation',
      'administrator of your organization',
      'administrator of your organisation',
      'not allowed to be sent outside your organization',
      'not allowed to be sent outside your organisation',
    ],
  },
  {
    // A rule of an organisation's own (an Exchange transport rule's RejectMessage action, a DLP policy, Google
    // Workspace's content compliance, a gateway's policy named as the organisation's): the rule refused the
    // message, not the sender's address; before "rejected by the recipient" below, which such texts can hold.
    cause: 'policy-violation',
    phrases: [
      'transport.rules.rejectmessage',
      'organization policy',
      'organisation policy',
      "organization's email policy",
      "organisation's email policy",
      'company policy',
      'data protection rule',
      'dlp policy',
      'blocked by dlp',
      'rejected by your administrator',
      'blocked by your administrator',
      // A gateway naming the receiving organisation's policy (Proofpoint: "rejected by recipient's security
      // policy"): its rule, not a block on the sender.
      "recipient's security policy",
    ],
  },
  {
    // The sender's own mailbox over its send quota: Exchange's and Microsoft 365's submission step refuses to
    // take the message ("554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException"; the
    // recipient's is STOREDRV.Deliver), Outlook's "couldn't be sent because your mailbox is full". Before
    // "mailbox full", which these texts hold too.
    cause: 'sender-mailbox-full',
    phrases: [
      'storedrv.submission.exception:quotaexceededexception',
      "couldn't be sent because your mailbox is full",
      'not sent because your mailbox is full',
    ],
  },
  {
    // Dovecot's LDA and LMTP refusing with the reject notice of a Sieve reject ("Your message to <r> was
    // automatically rejected: Quota exceeded (mailbox for user is full)"): the reason it gives decides, not the
    // notice's form, before the reject action read as the recipient's own refusal below.
    cause: 'mailbox-full',
    phrases: [
      'automatically rejected: … quota exceeded',
      'automatically rejected: … mailbox is full',
      'automatically rejected: … over quota',
    ],
  },
  {
    // The recipient's own blocked-senders list or policy (Symantec.cloud, Mimecast managed senders).
    cause: 'blocked-by-recipient',
    phrases: [
      'administratively denied',
      'envelope blocked',
      // Microsoft Defender for Office 365: the receiving tenant's own block entry for the sender.
      'tenant allow/block list',
      'rejected by this user',
      'rejected by the user',
      'rejected by recipient',
      'rejected by the recipient',
      // Symantec Email Security.cloud: "your email address has been blocked by the recipient".
      'address has been blocked by the recipient',
      // "The recipient has blocked mail from your address."
      'recipient has blocked mail from',
      'recipient has blocked your',
      // "Message rejected: sender domain x is blocked by recipient policy": the receiving side's own block, read
      // before "sender domain" (a domain that does not resolve) below.
      'blocked by recipient policy',
      'blocked by the recipient policy',
      'blocked by recipient organization',
      'blocked by the recipient organization',
      // The recipient's (or its organisation's) own block list, not a public DNSBL.
      "recipient's block list",
      'recipient block list',
      // A mailbox's own sender blacklist (cPanel BoxTrapper, webmail filters): "your email address is on the
      // recipient's blacklist". Not a DNSBL, and the sender's address, not the IP.
      "recipient's blacklist",
      "recipient's blocklist",
      // Pigeonhole Sieve's "reject" action: "Your message to <x> was automatically rejected: <reason>".
      'was automatically rejected',
      // and Dovecot's log of the same action: "sieve: msgid=<id>: rejected message from <s> (reject)".
      'sieve: rejected message from',
      // Proofpoint Essentials: the recipient organisation's own list of blocked senders.
      'sender block list',
      // A gateway's or mailbox's "Blocked Senders" entry (Microsoft 365, Mimecast, Barracuda): the
      // receiving side's own list; public DNSBLs list IPs and domains, never a sender address.
      'blocked sender',
      // "The recipient's block list" in German, French, Spanish, Italian, Portuguese, Russian: before the
      // bare "Sperrliste" / "lista nera" / "черном списке" of the DNSBL words.
      'sperrliste des empfängers',
      'schwarzen liste des empfängers',
      'liste noire du destinataire',
      'lista negra del destinatario',
      'lista nera del destinatario',
      'lista negra do destinatário',
      'черном списке получателя',
      'чёрном списке получателя',
      // Interia (Poland): the recipient put the sender on their blocked list.
      "doesn't want your mail",
      'does not want your mail',
      // Korean portals: "You are registered as spammer (by user's reject list)".
      "user's reject list",
      "recipient's reject list",
      // Japanese carriers' receive settings (docomo, au, SoftBank: 指定受信, ドメイン指定): the recipient takes mail
      // only from domains or addresses they listed.
      "recipient's domain restriction",
      "recipient's receive settings",
      "recipient's reception settings",
      "recipient's receiving settings",
      // Chinese and Korean: "the recipient put you on their blacklist" (before the bare "黑名单" of the DNSBL
      // words), "refuses your mail"; Korean "수신 거부" (the recipient refuses receipt).
      '将你加入黑名单',
      '将您加入黑名单',
      '将你列入黑名单',
      '将您列入黑名单',
      '被对方加入黑名单',
      '收件人的黑名单',
      '將您加入黑名單',
      '收件者的黑名單',
      '拒收你的邮件',
      '拒收您的邮件',
      '수신 거부',
      '수신거부',
      '수신을 거부',
    ],
  },
  {
    // A sender account its own server lets send inside the organisation only, worded with Postfix's access(5)
    // refusal ("Recipient address rejected: Access denied: this account may only send to local recipients").
    cause: 'outside-domain-not-allowed',
    phrases: ['only send to local', 'only send to internal', 'only send within'],
  },
  {
    // Postfix's access(5) REJECT keyed on the recipient ("554 5.7.1 <r>: Recipient address rejected: Access
    // denied"): the receiving side's own rule refuses mail to this address, not an unknown user; after the
    // recipient's own block list (above), which an admin's text may add. Exchange Online's directory-based edge
    // blocking uses the same words with 5.4.1 (refinements.ts STATUS_REFINES).
    cause: 'recipient-restricted',
    phrases: ['recipient address rejected: access denied'],
  },
  {
    // Apple's private email relay (Sign in with Apple / Hide My Email) forwards only from the email sources the
    // app's developer registered with Apple.
    cause: 'private-relay-unregistered',
    phrases: [
      'registered for sign in with apple',
      'registered with sign in with apple',
      'sign in with apple for email communication',
      'not a registered email source',
      // The relay named by its product name with "not registered" ("… not registered with Apple Private Email
      // Relay"): the registration, not the sender domain's DNS, is what is missing.
      'not registered … private email relay',
    ],
  },
  {
    // Zoho's submission server: the From address is none of the account's own ("not allowed to relay …").
    cause: 'from-not-permitted',
    phrases: [
      'relay emails with this address',
      // Zoho: "553 Sender is not allowed to relay emails": the signed-in account may not send as that From.
      'sender is not allowed to relay',
      // Zoho's submission server: "553 Relaying disallowed as x": the signed-in account may not send as x.
      'relaying disallowed as',
      // iCloud's submission server: "From address is not one of your addresses".
      'not one of your addresses',
      // A sending service whose account has not verified the From domain ("… is not verified in your … account",
      // SMTP2GO's "Sender domain … has not been verified in your … account").
      'is not verified in your',
      'has not been verified in your',
      // Brevo's relay: "Sender x is not valid. Please validate it in your Brevo account".
      'is not valid. please validate',
      'validate it in your',
    ],
  },
  {
    // The sender's own outbound service or gateway does not know the client: MessageLabs/Symantec.cloud "you
    // are trying to use me [server-…] as a relay, but I have not been configured to let you [ip] do this".
    cause: 'relay-not-authorised',
    phrases: [
      'as a relay, but i have not been configured',
      // MailChannels Domain Lockdown: the sender domain's _mailchannels TXT record does not name this hosting
      // account, so the relay refuses to send for the domain.
      'domain lockdown',
      '_mailchannels',
      'have not been configured to let you',
      // Brevo's SMTP relay with authorised IPs on: "525 5.7.1 Unauthorized IP address - x".
      'unauthorized ip address',
      'unauthorised ip address',
      // An outbound gateway (Proofpoint Essentials, Mimecast, Symantec.cloud) that has not been told the IP is
      // one of the organisation's own servers ("not registered as an outbound server").
      'not registered as an outbound',
      // Amazon SES (554 over SMTP, MessageRejected from its API): "Email address is not verified. The following
      // identities failed the check in region …": an identity the account has not verified (in the sandbox,
      // the recipients too); the sender's own account settings.
      'email address is not verified',
      'identities failed the check',
      // A relay service's unverified sending domain (SMTP2GO, Mailjet, Postmark: "Sender domain x has not been
      // verified. Please verify the sender domain in your … account"): the domain resolves; the account lacks it.
      'verify the sender domain',
      'sender domain … has not been verified',
      'sender domain … is not verified',
    ],
  },
  {
    // A relay service that refuses to relay until the client logs in (Mailgun "550 5.7.1 Relaying denied. Please
    // authenticate with your domain SMTP credentials"): the sender's own login, not the recipient's MX.
    cause: 'auth-required',
    phrases: [
      'relaying denied. please authenticate',
      'relay denied. please authenticate',
      'relaying denied, please authenticate',
    ],
  },
  {
    // Sendmail: "Relaying denied. IP name lookup failed [ip]": the relay refusal, the PTR only why no rule matched.
    cause: 'relay-denied',
    phrases: ['relaying denied. ip name'],
  },
  {
    // A list manager refusing posts From a domain whose DMARC policy is reject or quarantine (Mailman 2.1's
    // dmarc_moderation_action), before its "not allowed to post to this mailing list".
    cause: 'dmarc-fail',
    phrases: ['publishes a dmarc policy of reject'],
  },
  {
    // The sender's own outbound filter or gateway (Cyberoam, Sophos, FortiMail, Symantec.cloud, a hosting
    // panel's outgoing SpamAssassin) judged the outgoing message as spam: before any receiver saw it.
    cause: 'outbound-filter',
    phrases: [
      'outbound spam',
      'outgoing spam',
      'outgoing anti-spam',
      'outgoing antispam',
      'outbound message was identified as spam',
      'outgoing mail filter',
      'outbound mail filter',
      'outbound filtering',
      'outgoing message rejected',
      'outgoing message blocked',
    ],
  },
  {
    // The recipient's own server failing to hand the message on: an alias file, a redirect or a Sieve script
    // (Postfix "alias database unavailable", Exim "error in redirect data", Pigeonhole "failed to redirect").
    cause: 'mailer-error',
    phrases: [
      'alias database unavailable',
      'error in redirect data',
      'error in forward file',
      'error in filter file',
      'failed to redirect message',
      // Postfix's pipe and local delivery: the command's own failure, whatever words its path or output holds
      // ("Command time limit exceeded: "/usr/local/bin/spamfilter.sh"").
      'command time limit exceeded',
      'command died with status',
      'command died with signal',
      // Exim's pipe or file transport: "pipe to |/path … generated by x … local delivery failed", and the
      // program's output after "The following text was generated during the delivery attempt".
      'local delivery failed',
      // Exim's pipe: "Child process of address_pipe transport returned 127 (could mean unable to exec or command
      // does not exist)": the command's failure, not a missing address.
      'child process of … transport',
      // Sendmail's local mailer: EX_CANTCREAT ("550 5.0.0 <r>... Can't create output").
      "can't create output",
      // Pigeonhole when the recipient's Sieve script could not run ("Execution of script … was aborted due to
      // temporary failure"): the delivery agent's failure on the recipient's server.
      'was aborted due to temporary failure',
    ],
  },
  {
    // The delivery agent behind the MTA (Dovecot's or Cyrus's LMTP socket, Zimbra's LMTP on 7025, LMTP's port
    // 24) refused or dropped it: the program that files mail on the recipient's own server is down, not a host
    // out on the network ("lost connection with mail[private/dovecot-lmtp] while receiving the initial server
    // greeting").
    cause: 'mailer-error',
    phrases: [
      'lost connection with … [private/',
      'connect to … [private/',
      'lost connection with … /lmtp]',
      'connect to … /lmtp]',
      'connect to … ]:7025: connection refused',
      'connect to … ]:24: connection refused',
    ],
  },
  {
    // Exchange 4.3.2 "mailbox database thread limit exceeded", "recipient thread limit exceeded": the
    // receiving store is busy with this mailbox or database, not our sending rate ("sender thread limit").
    cause: 'server-unavailable',
    phrases: ['mailbox database thread limit', 'recipient thread limit'],
  },
  {
    // Postfix's sender login maps: the address belongs to an account that did not log in.
    cause: 'auth-required',
    phrases: [
      'sender address rejected: not logged in',
      // iRedAPD (iRedMail): a sender address of the server's own domains from a client that did not log in.
      'policy rejection not logged in',
      // cPanel: "Please turn on SMTP Authentication in your mail client": logging in is the fix, not relay rules.
      'turn on smtp authentication',
      // Microsoft 365 535 5.7.139 with basic authentication retired: the sender's login must move to OAuth.
      'basic authentication is disabled',
      // Gmail 534 5.7.14: the sending account's owner must sign in on the web first (WebLoginRequired).
      'please log in via your web browser',
      // Mail.ru 535 5.7.0: the account logs in over SMTP only with an application password.
      'application password is required',
      // An ISP's submission server refusing to relay for a client that did not log in (Telstra BigPond
      // "Relaying denied. Mail from ip not authenticated. Please use authenticated SMTP on port 587").
      'relaying denied … not authenticated',
      'use authenticated smtp',
    ],
  },
  {
    // The sender's own provider stopped the account from sending (Zoho, Amazon SES), whoever the recipient is.
    cause: 'sender-account-blocked',
    phrases: [
      // Microsoft 365 550 5.1.8 "Access denied, bad outbound sender": the account is on its restricted list.
      'bad outbound sender',
      // Microsoft 365 5.7.501: "Access denied, spam abuse detected. The sending account has been banned due to
      // detected spam activity" (its own outbound protection, not a receiver's spam filter).
      'spam abuse detected',
      'sending account has been banned',
      'outgoing blocked',
      'outgoing mail blocked',
      'sending paused for this account',
      // Google Workspace: "Mail Sending denied … the sender account is disabled or not registered".
      'sender account is disabled',
      'mail sending denied',
      // Exchange Online 5.7.705: the sending tenant was blocked for outbound spam.
      'tenant has exceeded threshold',
      // Hosting panels (cPanel/WHM) that stop a domain or account sending after outbound spam.
      'suspended from sending',
      // A relay that stopped a sender it judged compromised (MailChannels: "suspicious sending behaviour").
      'suspicious sending behaviour',
      'suspicious sending behavior',
      'possible compromised account',
      // Outlook.com's submission server: its outbound spam check (WASCL) suspended the sending account.
      'outboundspamexception',
      // Amazon SES, Postmark, SendGrid and hosts speaking to the account owner ("your account"), not of a mailbox.
      'sending suspended for this account',
      'sending paused for this configuration set',
      'sending has been disabled for this account',
      'email sending is disabled',
      'your account has been suspended',
      'blocked for outgoing mail',
      // Zoho: "Email Outgoing is temporarily blocked due to unusual activity".
      'outgoing is temporarily blocked',
      // Hosting providers (Hostinger, Titan, Namecheap) about their customer's mailbox: "your account is
      // temporarily blocked from sending because of suspicious outgoing activity".
      'account is temporarily blocked from sending',
      'account is blocked from sending',
      // Yahoo and other webmail submission servers: "your account is temporarily restricted from sending due to
      // unusual activity".
      'restricted from sending',
      // The provider speaking to its own user ("your account"), not of a recipient's mailbox: Google Workspace's
      // "Your account has been disabled. Please contact your administrator.", Yahoo's "Your account has been
      // temporarily restricted", Outlook.com's "Your account has been temporarily blocked from sending email".
      'your account has been disabled',
      'your account is disabled',
      'your account has been temporarily restricted',
      'your account has been restricted',
      'account has been temporarily blocked from sending',
      'account has been blocked from sending',
      'suspicious outgoing activity',
    ],
  },
  {
    // The sender's own provider or hosting plan capping what one account sends (Gmail's web "You have reached
    // a limit for sending mail", Plesk's outgoing mail limits per mailbox or domain).
    cause: 'rate-limited',
    phrases: [
      'reached a limit for sending',
      'limit on outgoing messages',
      'outgoing mail limit',
      'outgoing message limit',
      // An ISP's or relay's cap on one account's outbound mail ("452 4.3.1 Outbound message limit exceeded for
      // account …"): the sender's quota, not a full system whatever the 4.3.1 says.
      'outbound message limit',
      'outbound mail limit',
      'outbound sending limit',
      // cPanel/WHM's caps per domain or account ("Domain x has exceeded the max emails per hour (100/100
      // (100%)) allowed", "… the max defers and failures per hour …"), and a shared host's relay quota
      // (GoDaddy's relay-hosting: "Relay access denied … exceeded the daily relay quota").
      'exceeded the max emails per hour',
      'exceeded the max defers and failures per hour',
      'relay quota',
      'daily relay limit',
    ],
  },
  {
    // The sending service will not try an address it has on its suppression list (Mailgun, Postmark, SES).
    cause: 'suppressed',
    phrases: [
      'previously bounced address',
      // Consoles' own words for a drop (SendGrid "Bounced Address", HubSpot "Previously bounced",
      // Customer.io "suppressed because of a previous hard bounce").
      'bounced address',
      // Mailgun's reasons for not trying an address on one of its suppression lists.
      'suppress-bounce',
      'suppress-complaint',
      'suppress-unsubscribe',
      'previously bounced',
      'previously hard bounced',
      'previous hard bounce',
      'marked as inactive',
      'inactive recipients are',
      'address suppressed',
    ],
  },
  {
    // Mailman's refusal of a non-member's post (generic_nonmember_action: Reject) and its reason: the list takes
    // posts from members only, as the groups above; after its DMARC refusal, which holds the same sentence.
    cause: 'recipient-restricted',
    phrases: ['non-member to a members-only list', 'not allowed to post to this mailing list'],
  },
  {
    cause: 'sender-rejected',
    phrases: [
      'badsendermx',
      'sendernoa',
      'fully qualified email address required',
      'has an outgoing mail suspension',
      'sender not pre-approved',
      'unroutable sender address',
      'null sender is not allowed',
      'empty envelope senders not allowed',
      'on senderfilterconfig list',
      'does not accept mail from',
      // Reply-by-email of code hosts: the reply came from an address no account has (GitHub, GitLab).
      'not a verified email address',
      'what user corresponds to your email',
    ],
  },
  {
    cause: 'connection-rejected',
    phrases: [
      'sender ip address rejected',
      'bad sender ip address',
      'no access from mail server',
      'not currently accepting mail from your ip',
      'rejecting open proxy',
      'confirm this mail server',
      'your server requires confirmation',
      'unresolvable relay host name',
      // Exchange's Connection Filtering agent refuses the client IP (its IP Block List).
      'does not have permissions to submit',
      // postscreen's "drop" of a client that failed a pregreet or protocol test: "521 5.7.0 Error: I can break
      // rules, too. Goodbye."
      'i can break rules, too',
      // IceWarp's and SmarterMail's own blocks of a client address (intrusion prevention, IDS rules).
      'blocked by intrusion prevention',
    ],
  },
  { cause: 'reverse-dns-missing', phrases: ['cannot resolve your address'] },
  {
    cause: 'policy-violation',
    phrases: [
      'closed mailing list',
      'not subscribed to this group',
      'data loss prevention',
      // An attachment refused for its type or name (a gateway's file-type policy), also after a filter's own
      // words such as Exchange's "rejected due to content restrictions: attachment type not allowed".
      'attachment type not allowed',
      'attachment type is not allowed',
      'file type not allowed',
      'file type is not allowed',
      'attachment not allowed',
      'attachments are not allowed',
      'prohibited attachment',
      'unacceptable attachment',
      // Exchange Online Protection's common attachment filter, part of its anti-malware policy: a file type,
      // not a finding of malware.
      'file type … not allowed',
      "file type that isn't allowed",
      'file extension',
      'password-protected archive',
      'encrypted archive',
      'encrypted attachment',
      'blocked attachment',
      'banned attachment',
      // Postfix reject_multi_recipient_bounce: a bounce (null sender) addressed to several recipients.
      'multi-recipient bounce',
    ],
  },
  {
    cause: 'too-many-connections',
    phrases: [
      'too many errors from your ip',
      // Postfix's smtpd_hard_error_limit: the client kept sending commands the server refused.
      'error: too many errors',
      // Too many refused recipients from one client (directory harvesting): before "invalid recipient".
      'too many invalid recipients',
      'too many unknown recipients',
      'thread limit exceeded',
      'per connection',
      // French, Spanish, German, Italian, Portuguese, Dutch, Russian.
      'trop de connexions',
      'demasiadas conexiones',
      'zu viele verbindungen',
      'troppe connessioni',
      'conexões demais',
      'muitas conexões',
      'te veel verbindingen',
      'слишком много соединений',
      'слишком много подключений',
      // Polish, Czech, Turkish, Hungarian, Swedish, Chinese.
      'zbyt wiele połączeń',
      'zbyt dużo połączeń',
      'za dużo połączeń',
      'příliš mnoho spojení',
      'příliš mnoho připojení',
      'çok fazla bağlantı',
      'túl sok kapcsolat',
      'för många anslutningar',
      '连接数过多',
      '连接过多',
    ],
  },
  { cause: 'ip-blocklisted', phrases: ['listed as abusive'] },
  { cause: 'ip-reputation', phrases: ['will be permanently deferred'] },
  // Microsoft's 5.7.708 ("Access denied, traffic not accepted from this IP"): the sending IP refused for its
  // traffic, no list named; read so with or without Microsoft's host or link.
  { cause: 'ip-reputation', phrases: ['traffic not accepted from this ip'] },
  {
    cause: 'mailbox-full',
    phrases: [
      // Postfix local(8) over mailbox_size_limit: the mailbox file may grow no further (EFBIG).
      'cannot append message to file … file too large',
      'exceeding their quota',
      'does not have enough space',
      'not enough storage space',
      'over the allowed quota',
      'quota violation for',
      'space has been used up',
      'too much mail data',
      'too many messages on the server',
      'exceeding receiving limits',
      'mail file size exceeds the maximum size allowed for mail delivery',
      // Domino: "The recipient's mail file has exceeded its quota".
      'mail file … exceeded … quota',
      // Exchange's store refusing delivery to a mailbox over its quota ("554 5.2.0
      // STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"); the sender's own
      // mailbox (STOREDRV.Submission) is read above as sender-mailbox-full.
      'deliver.exception:quotaexceededexception',
      'mapiexceptionshutoffquotaexceeded',
      'mapiexceptionquotaexceeded',
    ],
  },
  {
    // A link in the message is on a URI blocklist, or the message reads as bulk mail: its content is at fault.
    cause: 'spam-filtered',
    phrases: [
      'blacklisted url in message',
      // Barracuda's message log: the message's links or domains match known spam intent.
      'intent analysis',
      'unacceptable content',
      // "Recipient rejected: spam content detected" (Proofpoint): the content, before "recipient rejected".
      'spam content',
      'bulk.advertising',
      'using a mass mailer',
      // GTUBE, the spam filters' test pattern (rspamd's reply to it: "554 5.7.1 Gtube pattern").
      'gtube',
    ],
  },
  {
    cause: 'mail-loop',
    phrases: [
      'mail forwarding loop',
      // A loop detected names the MX that loops ("the MX record of x points back to this server"): before the
      // "mx record" of a missing domain.
      'loop detected',
      'forwarding loop count exceeded',
      'message looping',
      // qmail: "This message is looping: it already has my Delivered-To line. (#5.4.6)".
      'message is looping',
      'routing loop',
      'hop count exceeded',
      'too many hops',
    ],
  },
  {
    cause: 'domain-not-found',
    phrases: [
      'domain must exist',
      'mail domain mentioned in email address is unknown',
      // DragonFly Mail Agent: "DNS lookup failure: host example.org not found" is an answer (NXDOMAIN).
      'lookup failure: host … not found',
      // "Nonexistent domain" in French, Spanish, Portuguese (the gapped forms are further down).
      'domaine inexistant',
      'dominio inexistente',
      'domínio inexistente',
    ],
  },
  // Exchange's delay notice: the message is still queued and being retried.
  {
    cause: 'delivery-delayed',
    phrases: [
      "hasn't been delivered yet",
      'delivery will continue to be attempted',
      "n'a pas encore été remis",
      'wurde noch nicht zugestellt',
      'todavía no se ha entregado',
      'aún no se ha entregado',
      'まだ配信されていません',
      'nog niet bezorgd',
      'non è stato ancora recapitato',
    ],
  },
  // The sending host's own kernel answered (EHOSTUNREACH, ENETUNREACH): a routing problem, not a down server.
  // ENETUNREACH is the sender's own routing table (most often no IPv6 to an MX's IPv6 address): its side acts.
  { cause: 'sender-network-unreachable', phrases: ['network is unreachable', 'enetunreach'] },
  { cause: 'no-route-to-host', phrases: ['no route to host'] },
  // A gateway that words its refusal of the sending IP as "Connection refused by <product>: … poor reputation"
  // spoke SMTP to say so: the IP's reputation, not a refused TCP connection.
  { cause: 'ip-reputation', phrases: ['connection refused by … reputation'] },
  {
    // Refused at TCP level (ECONNREFUSED), as MTAs log it: no SMTP was spoken, so no policy was stated.
    cause: 'connection-refused',
    // Exim's log gives the errno: "defer (111): Connection refused".
    phrases: [
      'connect to … : connection refused',
      'connection refused by',
      '] connection refused',
      '(111): connection refused',
      // Exchange: "Primary target IP address responded with: \"421 4.4.316 Connection refused.\"" (its queue's LastError).
      '4.4.316 connection refused',
    ],
  },
  {
    // Windows' WSAETIMEDOUT as MDaemon's transcript and Exchange log it ("Connection failed: 10060 (timeout)",
    // "Winsock error code: 10060"): no answer from the receiving server.
    cause: 'recipient-server-unreachable',
    phrases: ['connection failed: 10060', 'winsock error code: 10060'],
  },
  {
    // Spamhaus answers queries sent through a public resolver with "open resolver" (returnc/pub), and its
    // other refusals to answer ('typing error in DNSBL name', 'excessive number of queries') also as the
    // answer itself (127.255.255.252/254/255): the receiver's lookup failed, nobody was found listed.
    cause: 'blocklist-lookup-failed',
    phrases: [
      'error: open resolver',
      // Exim's log when the blocklist query timed out: "DNS list lookup defer (probably timeout) for <zone>".
      'dns list lookup defer',
      'typing error in dnsbl name',
      'excessive number of queries',
      '127.255.255.252',
      '127.255.255.254',
      '127.255.255.255',
    ],
  },
  {
    // The receiving system's own fault (a broken local setup, a full queue disk, an internal timeout).
    cause: 'system-error',
    phrases: [
      'aliasing/forwarding loop broken',
      // Dovecot when its user database gave settings it cannot use ("451 4.3.0 <r> Invalid user settings. Refer
      // to server log for more information."): the recipient's server's setup, before "invalid user" below.
      'invalid user settings',
      // Zimbra's LMTP: "451 4.0.0 Temporary message delivery failure try again".
      'temporary message delivery failure',
      // qmail-lspawn could not start the local delivery ("Unable to run qmail-local. (#4.3.0)"), and
      // qmail-local's own deferrals ("Unable to chdir to maildir. (#4.2.1)" is the server's setup, no disabled
      // mailbox).
      'unable to run qmail-local',
      'unable to chdir to maildir',
      'temporary error on maildir delivery',
      "can't create user output file",
      'could not load drd for domain',
      'interrupted system call',
      'it encountered an error while being processed',
      // amavisd-new when a scanner failed or timed out ("451 4.5.0 Error in processing, id=…, spam_scan
      // FAILED: …"): the receiving filter's fault, before the word "spam" is read as a verdict.
      'error in processing, id=',
      'queue file write error',
      'system config error',
      'local configuration error',
      'mail system configuration error',
      'server configuration error',
      'temporary local problem',
      'timeout waiting for input',
      'mail server temporarily rejected message',
      // Domino: one address matching several people in the Directory, or a person without a mail file.
      'several matches found in domino directory',
      'does not specify a valid notes mail file',
      // amavis when its virus scanners failed: the receiver's filter is broken, no virus was found.
      'virus_scan failed',
      'virus scanners failed',
      // Postfix and Dovecot (454 4.7.0) when the SASL backend could not be asked: the server's own fault,
      // before "authentication failure" (the sender's login) below.
      'temporary authentication failure',
    ],
  },
  {
    cause: 'suppressed',
    phrases: ['suppression list', 'address is suppressed', 'on the suppression', 'recipient is suppressed'],
  },
  {
    // RFC 7505's null MX on the sender's own domain (Postfix: "Sender address rejected: Domain … does not
    // accept mail (nullMX)"): nobody could reply, so the receiver refuses the sender, not the recipient.
    cause: 'sender-domain-invalid',
    phrases: ['sender address rejected: … accept mail', 'sender address has null mx', 'sender has null mx'],
  },
  {
    cause: 'null-mx',
    phrases: [
      'null mx',
      'nullmx',
      'domain does not accept mail',
      'domain does not accept email',
      'accepts no mail',
      'does not accept e-mail',
      'host does not accept mail',
      'indicated no smtp service',
      'does not accept mail',
    ],
  },
  {
    // A host that takes no mail at all, null MX or not: RFC 7504's 521, a placeholder MX's "554 No SMTP service here".
    // So does a mail service switched off for good: carriers' email-to-text gateways ("This service is no longer
    // supported. AT&T has discontinued email-to-text"), retired domains of a provider.
    cause: 'not-accepting-mail',
    phrases: [
      'no smtp service here',
      'does not accept smtp',
      'service is no longer supported',
      'service is no longer available',
      'service has been discontinued',
      'service was discontinued',
      'has discontinued email',
    ],
  },
  {
    // The message itself: no body at all.
    cause: 'content-error',
    phrases: [
      'empty message body',
      'empty body',
      'empty subject and body',
      'body is empty',
      'message has no body',
      'no message body',
    ],
  },
  {
    // UTF-8 addresses or headers (SMTPUTF8, RFC 6531's x.6.7-x.6.9) the next hop cannot take: Postfix's own
    // "SMTPUTF8 is required, but was not offered by host …", and receivers refusing internationalised addresses.
    cause: 'utf8-not-supported',
    phrases: [
      'smtputf8 is required',
      'require smtputf8',
      'requires smtputf8',
      'smtputf8 required',
      'smtputf8 not supported',
      'smtputf8 is not supported',
      'not support smtputf8',
      'without smtputf8',
      'non-ascii address',
      'utf-8 address',
      'utf8 address',
      'utf-8 recipient address',
      'utf-8 sender address',
      'addresses with international characters',
      'internationalized address',
      'internationalised address',
      'internationalized email address',
      'internationalised email address',
    ],
  },
  {
    // A link in the message judged malicious or phishing (a URL reputation verdict), before 'malicious content'
    // reads it as a virus: the message's content, not the sending IP.
    cause: 'spam-filtered',
    phrases: [
      'malicious url',
      'malicious link',
      'url that has been identified as malicious',
      'link that has been identified as malicious',
      'phishing url',
      'phishing link',
      'phishing site',
    ],
  },
  {
    cause: 'virus-found',
    phrases: [
      'virus',
      'malware',
      'infected',
      'trojan',
      'malicious content',
      'harmful content',
      'message contains a threat',
      'worm.',
    ],
  },
  // Gmail 4.7.32 names the "From: header (RFC5322)" but the fault is DMARC alignment, not the header.
  {
    cause: 'dmarc-fail',
    phrases: [
      'aligned with either the authenticated',
      "isn't aligned with",
      'not aligned with',
      'dmarc alignment',
    ],
  },
  {
    // The header section over the receiver's limit, not the message: Gmail's "exceeded Google's message header
    // size limits", Cisco's "message header size exceeds limit", Exchange's "Header size exceeds fixed maximum
    // size", Sendmail's "Headers too large (32768 max)", a header-line count. Before the size rules: attachments
    // are not what to cut.
    cause: 'headers-too-large',
    phrases: [
      'header size limit',
      'header size exceeds',
      'headers too large',
      'header too large',
      'headers are too large',
      'too many header lines',
      'too many headers',
      'header section too large',
      'header section is too large',
    ],
  },
  {
    cause: 'not-rfc-compliant',
    phrases: [
      // Exim: a line longer than the transport allows (RFC 5322's 998 characters).
      'lines too long for transport',
      // Exim's verify = header_syntax: "Message headers fail syntax check".
      'headers fail syntax check',
      // Exim: the client wrote before the server's reply (no pipelining, or before the greeting).
      'smtp synchronization error',
      'smtp protocol synchronization error',
      // Gmail 451/454 4.5.0 "SMTP protocol violation, see RFC 2821": the client broke the protocol's order.
      'smtp protocol violation',
      // Exchange Online 5.0.350 "x-dg-ref header is too long": a header over the receiver's limit.
      'header is too long',
      'multiple addresses in from',
      'rfc 5322',
      'rfc5322',
      'rfc 2822',
      'rfc2822',
      'rfc 822',
      'rfc822 compliant',
      'not rfc compliant',
      'not compliant with rfc',
      'duplicate header',
      'multiple from',
      'more than one from',
      'missing message-id',
      'message-id header',
      'message-id missing',
      'message-id is missing',
      'date header missing',
      'from header missing',
      'missing date',
      'missing from',
      'missing a valid address in from',
      'having no from: header',
      'no from header',
      'bare lf',
      // Postfix 3.9's SMTP smuggling defence: "521 5.5.2 … Error: bare <LF> received".
      'bare <lf> received',
      'bare linefeed',
      'invalid header',
      'header syntax',
      'malformed header',
      'multiple addresses in from',
      'not rfc 5322 compliant',
      'multiple subject',
      'multiple message-id',
      'multiple date',
    ],
  },
  { cause: 'dmarc-fail', phrases: ['dmarc', 'domain-based message authentication'] },
  {
    cause: 'spf-fail',
    phrases: [
      'spf policy',
      'due to spf',
      'spf authentication',
      'spf check',
      'spf check failed',
      // "SPF check" in other languages: Nordic "SPF-kontroll", Dutch "SPF-controle", Italian "controllo/verifica
      // SPF", Portuguese "verificação SPF", Polish "weryfikacja SPF", Czech "kontrola SPF", Turkish "SPF
      // kontrolü", Chinese "SPF 检查/验证/校验", Korean "SPF 검사", Vietnamese "kiểm tra SPF", Indonesian
      // "pemeriksaan SPF", Arabic "(التحقق من) سجل SPF".
      'spf-kontroll',
      'spf-kontrol',
      'spf kontrolü',
      'spf-controle',
      'controllo spf',
      'verifica spf',
      'verificação spf',
      'verificação do spf',
      'weryfikacja spf',
      'kontrola spf',
      'spf检查',
      'spf 检查',
      'spf验证',
      'spf 验证',
      'spf校验',
      'spf 校验',
      'spf 검사',
      'kiểm tra spf',
      'pemeriksaan spf',
      'سجل spf',
      'التحقق من spf',
      'spf fail',
      'spf validation',
      'spf record',
      'failed spf',
      'spf: ',
      'spf=fail',
      'spf softfail',
      'sender policy framework',
      'does not designate',
      'not designated as permitted sender',
      'is not allowed to send mail from',
      'rejected by spf',
      'spf)',
      'spf-fail',
      'spf hardfail',
      'spf hard fail',
      'spf permerror',
      'spf violation',
      // Exchange's Sender ID filter checks the PRA against the domain's SPF record.
      'sender id (pra)',
      // Haraka's SPF plugin prefixes its refusals so: "[SPF] 192.0.2.1 is not allowed to send mail as …".
      '[spf]',
      // Cisco Secure Email ("SPF unauthorized mail is prohibited"), Czech hosts ("blocked by SPF").
      'spf unauthorized',
      'blocked by spf',
      // The SPF project's explanation link many MTAs cite ("Please see http://www.openspf.net/why.html?…").
      'openspf.net',
      'open-spf.org',
    ],
  },
  // Gmail's 4.7.28 names the DKIM domain (or IP) whose unsolicited-mail rate it limits ("… originating from
  // your DKIM domain [x]"): a rate, read before the word "dkim" below can make it a DKIM failure.
  { cause: 'rate-limited', phrases: ['unusual rate of unsolicited mail'] },
  {
    // A failed or missing signature. The word "dkim" alone is only general wording (below): a reply names
    // DKIM when it passed too ("rejected as spam (DKIM pass)", "your DKIM domain has a low reputation").
    cause: 'dkim-fail',
    phrases: [
      'dkim=fail',
      'dkim fail',
      'dkim=permerror',
      'dkim=neutral',
      'dkim=none',
      'dkim=policy',
      'dkim check',
      'dkim verif',
      'dkim validation',
      'dkim authentication',
      'dkim signature verif',
      'dkim signature fail',
      'dkim signature is invalid',
      'dkim signature is not valid',
      'dkim signature did not',
      'dkim signature is missing',
      'dkim-signature',
      'dkim record',
      'dkim key',
      'dkim policy',
      'dkim alignment',
      'dkim error',
      'dkim body hash',
      'dkim required',
      'dkim is required',
      'must be dkim',
      'invalid dkim',
      'bad dkim',
      'no dkim',
      'without dkim',
      'missing dkim',
      'not dkim',
      'domainkeys',
      'body hash did not verify',
    ],
  },
  {
    cause: 'auth-failed',
    phrases: [
      'unauthenticated email',
      'not pass authentication checks',
      'authentication checks failed',
      'fails to pass authentication',
      'email authentication',
      'could not be authenticated',
      'sender is unauthenticated',
      // "… neither SPF nor DKIM passed for the sender domain" (a provider's authentication requirement, plainly).
      'neither spf nor dkim',
      // Gmail's 5.7.26 opening, all a reply cut short keeps: "This mail is unauthenticated, which poses …".
      'mail is unauthenticated',
      'message is unauthenticated',
      'does not meet the required authentication level',
      "doesn't meet the required authentication level",
      "doesn't meet the authentication requirements",
      'unauthenticated mail',
      'authentication-results',
      'not authenticated by the sender',
      // ARC (RFC 8617): the chain a forwarder added did not validate.
      'arc validation',
      'arc=fail',
    ],
  },
  // Microsoft 5.2.121/5.2.122: the recipient's per-hour receive limit, not the sender's sending rate.
  {
    cause: 'recipient-rate-limited',
    phrases: [
      'message receive limit',
      'messages they can receive',
      'receiving limit for',
      'receive limit from',
      'hourly receiving limit',
      'messages it can receive',
      // Yandex: "The recipient has exceeded their message rate limit".
      'exceeded their message rate',
      // A forwarding service's quota of the receiving domain or alias (ImprovMX, free plans).
      'forwarding limit reached',
      'forwarding limit exceeded',
    ],
  },
  {
    cause: 'rate-limited',
    phrases: [
      'this hour',
      'per hour',
      'per day',
      'per minute',
      'hourly limit',
      'daily limit',
      'in the last hour',
      // The sender's own quota at its provider or sending service, not a full mailbox (SES, Exchange).
      'throttling failure',
      // NetEase (MI:SFQ): "temporarily restricted because of too frequent sending".
      'too frequent sending',
      'sending too frequently',
      'daily message quota',
      'submission quota',
      // Exchange's receive connector MessageRateLimit: "421 4.4.2 Message submission rate for this client has
      // exceeded the configured limit" (its 4.4.2 is no lost connection).
      'message submission rate',
      // Microsoft 365 5.7.233: the sending tenant's external recipient rate limit (TERRL).
      'external recipient limit',
      'submissionquotaexceeded',
      'unusual sending activity',
      'maximum credits exceeded',
      // The sender's own hosting panel: DirectAdmin's daily limit, Plesk's outgoing-message limit.
      'daily email limit',
      'allowed outgoing messages',
      // Korean portals: "Since you sent too many e-mails, you are not allowed to send more … within 24 hours".
      'sent too many e-mails',
      'send too many messages',
      // French, Spanish, German, Italian, Russian: "too many messages".
      'trop de messages',
      'demasiados mensajes',
      'zu viele nachrichten',
      'troppi messaggi',
      'слишком много сообщений',
    ],
  },
  {
    cause: 'recipient-rate-limited',
    phrases: [
      'receiving mail at a rate',
      'receiving mail too quickly',
      'receiving too much mail',
      'user has received too many',
      'recipient is receiving',
    ],
  },
  // The sending MTA's own count of failed connections to a destination (Momentum's "[internal] No valid hosts
  // (too many connection failures)"): the receiving hosts could not be reached, no limit of the receiver's.
  {
    cause: 'recipient-server-unreachable',
    // Gmail's "[internal] no MXs for this domain could be reached at this time": the MX hosts exist, none answered.
    phrases: [
      'too many connection failures',
      '[internal] no valid hosts',
      'no mxs for this domain could be reached',
    ],
  },
  {
    cause: 'too-many-connections',
    phrases: [
      'too many connections',
      'too many concurrent',
      'number of concurrent server connections',
      'limit for processing requests from your host',
      'too many simultaneous',
      'connection limit',
      'connection rate limit',
      'too many smtp sessions',
      // Postfix postscreen when every smtpd process is busy: "421 4.3.2 All server ports are busy", logged as
      // "NOQUEUE: reject: CONNECT from [ip]:port: all server ports busy".
      'all server ports busy',
      'all server ports are busy',
      'max connections',
      'maximum number of connections',
      'too many sessions',
      'connections from your ip',
      'too many open connections',
      'too many recipients',
      // Gmail 451 4.3.0: recipients of several domains in one transaction; the same per-transaction limit.
      'destination domains per transaction',
      'connection frequency',
      'too many connection',
    ],
  },
  // Before the blocklist words: "Greylisted by <filter>" holds "listed by" and names no blocklist.
  { cause: 'greylisted', phrases: ['greylisted by', 'graylisted by', 'greylisted on', 'graylisted on'] },
  // Before the blocklist words: these name a listed address or a directory, not a listed IP.
  // Domino's "User x not listed in Domino Directory" in its French and Spanish releases.
  {
    cause: 'user-unknown',
    phrases: [
      'not listed in … directory',
      'not listed in public name',
      "répertorié dans l'annuaire domino",
      'no se encuentra en el directorio de domino',
      // Exchange's ROUTING.NoConnectorForAddressType: an X500/IMCEAEX address (a stale Auto-Complete entry,
      // a migrated user's old legacyExchangeDN) that resolves to no recipient, not a domain without MX.
      'unable to route for address type',
      'noconnectorforaddresstype',
    ],
  },
  // cPanel's Exim, when routing the address failed: "The account or domain may not exist, they may be
  // blacklisted, or missing the proper dns entries." The hedged "blacklisted" names no list.
  { cause: 'domain-not-found', phrases: ['the account or domain may not exist'] },
  {
    cause: 'sender-rejected',
    phrases: [
      'address that has been blacklisted',
      'address has been blacklisted',
      'address is blacklisted',
      'sender address is listed',
      'sender is blacklisted',
      'sender blacklisted',
      // "Sender blocked / blacklisted" in German, French, Spanish, Portuguese, Italian, Russian: said of the
      // sender, the list is the receiver's own, as in English; the bare list words below are the IP's.
      'absender gesperrt',
      'absender ist gesperrt',
      'absender wurde gesperrt',
      'absender blockiert',
      'expéditeur bloqué',
      'expéditeur en liste noire',
      'remitente bloqueado',
      'remitente en lista negra',
      'remetente bloqueado',
      'remetente na lista negra',
      'mittente bloccato',
      'mittente in lista nera',
      'отправитель заблокирован',
      'отправитель в черном списке',
      'отправитель в чёрном списке',
      // Japanese: the sender's (address or domain) is on the black list, not the IP ("送信元IPアドレス").
      '送信者はブラックリスト',
      '送信者のドメインはブラックリスト',
      '送信者のドメインがブラックリスト',
      '送信者のアドレスはブラックリスト',
      '送信者のアドレスがブラックリスト',
      '送信元ドメインはブラックリスト',
      '送信元ドメインがブラックリスト',
      '送信元アドレスはブラックリスト',
      '送信元アドレスがブラックリスト',
      '差出人はブラックリスト',
    ],
  },
  IP_LISTED_PAIRS,
  SENDER_LISTED_PAIRS,
  {
    cause: 'ip-blocklisted',
    phrases: [
      'blocked using',
      'listed in',
      'listed on',
      'listed at',
      'listed by',
      'is listed',
      'blacklist',
      'blocklist',
      'block list',
      'black list',
      'black listed',
      'blacklisted',
      'dnsbl',
      ' rbl',
      'rbl:',
      'spamhaus',
      'spamcop',
      'sorbs',
      'uceprotect',
      'barracudacentral',
      'barracuda reputation',
      'cbl.abuseat',
      'abuseat.org',
      'psbl',
      'mailspike',
      'spamrats',
      'senderbase',
      'junkemailfilter',
      'on our block',
      'banned sending ip',
      'ip is banned',
      'dynamic ip blocked',
      'bl21',
      's3150',
      's3140',
      'ip address has been blocked',
      'ip address is blocked',
      'your ip address has been',
      'sender ip address is blocked',
      // Coremail: "550 black ip."
      'black ip',
      'has been blocked by',
      // "Black list" in French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Japanese, Chinese.
      'liste noire',
      'sperrliste',
      'schwarze liste',
      'schwarzen liste',
      'lista negra',
      'lista nera',
      'zwarte lijst',
      'czarnej liście',
      'черном списке',
      'чёрном списке',
      'черный список',
      'ブラックリスト',
      '黑名单',
      'ip-adresse ist gesperrt',
      'ip-adresse wurde gesperrt',
      'adresse ip bloquée',
      'dirección ip bloqueada',
      'ip-адрес заблокирован',
      'ip адрес заблокирован',
      // "Rejected: IP listed"; Romanian "(pe) o listă neagră" (the indefinite form; "lista neagră" of a
      // sender is the sender's, reply-words-languages.ts), Indonesian "daftar hitam".
      'ip listed',
      'listă neagră',
      'daftar hitam',
    ],
  },
  {
    cause: 'reverse-dns-missing',
    phrases: [
      'unverifyable sending ip',
      'unverifiable sending ip',
      'reverse dns',
      'reverse hostname',
      'cannot find your hostname',
      "can't find your hostname",
      'ptr record',
      'no ptr',
      'ptr lookup',
      'rdns',
      'reverse lookup',
      'reverse-dns',
      'reverse name',
      'ip name lookup failed',
      'no reverse',
      'not have a reverse',
      'without reverse',
      'forward-confirmed',
      'fcrdns',
      // A reverse name that looks like an access line ("generic PTR", "generic DNS PTR-records"): no own name.
      'generic ptr',
      'generic dns ptr',
      'generic reverse',
      'dns ptr',
      'ptr resource record',
      'hostname does not match',
      'unresolvable address',
      'client host rejected: cannot find',
      'reverse mapping',
      'ip address has no ptr',
      'could not resolve your ip',
      'does not resolve to your ip',
      'mismatches client ip',
    ],
  },
  {
    cause: 'port25-blocked',
    phrases: [
      'smtp server of your isp',
      'use your isp',
      "use your provider's smtp",
      'use the isp',
      'dynamic ip',
      'dynamic address',
      'dynamically assigned',
      'dynamically-assigned',
      'dial-up',
      'dialup',
      'residential',
      'direct-to-mx',
      'direct mail from a dynamic',
      'generic-looking hostname',
      'looks like a dynamic',
      'policy block list',
      'end-user ip',
    ],
  },
  {
    cause: 'helo-rejected',
    phrases: [
      'helo command rejected',
      'ehlo command rejected',
      'invalid helo',
      'invalid ehlo',
      'bad helo',
      'helo name',
      'ehlo name',
      'helo host',
      'helo/ehlo',
      'helo is invalid',
      'helo rejected',
      'hostname in helo',
      'helo hostname',
      'need fully-qualified hostname',
      'fully qualified domain name in helo',
    ],
  },
  {
    // The server speaks TLS, but not the old version the client offered (Microsoft 4.7.66).
    cause: 'tls-outdated',
    phrases: [
      'tls 1.0 and 1.1 are not supported',
      'support tls 1.2',
      'tls version is not supported',
      // OpenSSL's alert 70 (protocol_version): the peer refused every TLS version the client offered.
      'alert protocol version',
      // OpenSSL's "unsupported protocol": no TLS version both sides allow.
      'unsupported protocol',
    ],
  },
  {
    // The sending server's own certificate or key cannot be used, as its own log or queue says it: TLS cannot
    // start on its side. Before the receiver-side TLS words, which these texts may also hold.
    cause: 'sender-tls-setup',
    phrases: [
      // Exchange: "454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found".
      'tlscertificatename',
      // Postfix: "cannot get RSA certificate from file …: disabling TLS support", "cannot load … private key".
      'cannot get rsa certificate',
      'cannot get ecdsa certificate',
      'cannot get rsa private key',
      'cannot get ecdsa private key',
      'cannot get certificate chain',
      'cannot load certificate',
      'cannot load private key',
      'disabling tls support',
      // OpenSSL's words for a certificate and key that are not a pair, or a key its security level refuses.
      'key values mismatch',
      'ee key too small',
      // Exim: "TLS error on connection to … (cert/key setup: cert=/etc/exim4/exim.crt key=…)".
      'cert/key setup',
      // Postfix when its own TLS could not start (a certificate or key it cannot load) and the destination's
      // policy requires TLS: "TLS is required, but our TLS engine is unavailable".
      'our tls engine is unavailable',
    ],
  },
  {
    // The sending MTA's own TLS policy (verify, dane, MTA-STS enforce) found the receiving server wanting: its
    // certificate, its TLSA records, its MTA-STS policy, or its TLS altogether. The receiver's admin acts.
    cause: 'recipient-tls-invalid',
    phrases: [
      // Postfix's own words when a TLS policy (dane, verify, secure) could not check the server's certificate.
      'server certificate not verified',
      'server certificate not trusted',
      'certificate verification failed',
      'certificate not trusted',
      // Exim's client side ("TLS session: (SSL_connect): … certificate verify failed"); a mail client's own
      // "certificate verify failed" (its provider's certificate) stays a TLS failure below.
      'ssl_connect … certificate verify failed',
      // DANE (RFC 7672) and MTA-STS (RFC 8461) failures, as Postfix, Exim and Exchange Online name them.
      'tlsa-invalid',
      'tlsa lookup error',
      'tlsa records',
      'tlsa record',
      'dane validation',
      'dnssec-invalid',
      // A failure naming the TLSA owner name (a DNSSEC-bogus answer for "_25._tcp.mx…") is the receiver's DANE.
      '_25._tcp.',
      'certificate-expired',
      'certificate is expired',
      'certificate has expired',
      'certificate-host-mismatch',
      "certificate doesn't match",
      'certificate does not match',
      'untrusted issuer',
      'hostname mismatch',
      // Gmail's "TLS Negotiation failed, the certificate is self signed." (Node's and OpenSSL's "self signed
      // certificate" is a mail client's about its own server: client-errors.ts).
      'certificate is self signed',
      'certificate is self-signed',
      // Exchange Online's 4.4.317/5.4.317 details: "TlsCertValidation failed", "SubjectMismatch", and the
      // certificate chain's status ("cannot connect to remote server(UntrustedRoot)", "PartialChain").
      'tlscertvalidation',
      'subjectmismatch',
      'untrustedroot',
      'partialchain',
      'mta-sts validation',
      'mta-sts policy',
      // Postfix smtpd's answer when its own certificate or key cannot be loaded.
      'tls not available due to local problem',
    ],
  },
  {
    // The handshake itself failed (no common version or cipher, a reset mid-handshake): whose settings are at
    // fault the words do not say.
    cause: 'tls-failed',
    phrases: ['cannot start tls', 'handshake failure', 'tls handshake failed', 'no shared cipher'],
  },
  {
    // The receiver demands STARTTLS of the sender, which spoke in plain text: the sending side turns TLS on.
    cause: 'starttls-not-used',
    phrases: [
      'must issue a starttls',
      'starttls is required',
      'starttls required',
      'issue starttls first',
      // Gmail 4.7.29 is "rate limited" because the mail came without TLS: the TLS is the fault.
      'sent over a tls connection',
      'use tls/ssl',
      'upgrade to tls',
    ],
  },
  {
    cause: 'tls-required',
    phrases: [
      // Exim: "a TLS session is required, but the server did not offer TLS support" (the sender's policy).
      'did not offer tls',
      // Exchange Online's 4.7.321 "starttls-not-supported: Destination mail server must support TLS".
      'starttls-not-supported',
      'must support tls',
      'tls required',
      'tls is required',
      'requires tls',
      'require tls',
      'must use tls',
      'encryption required',
      'requiretls',
      'secure connection required',
      'tls connection required',
      'ssl required',
    ],
  },
  {
    cause: 'mailbox-full',
    phrases: [
      'mailbox full',
      // QQ Mail's Chinese notice: "收件人邮箱空间已满" (the recipient's mailbox space is full).
      '邮箱空间已满',
      'mailbox is full',
      'mail box full',
      'mailbox has exceeded',
      'mailbox size limit',
      'mailbox would exceed',
      'mailbox quota',
      // "the mailbox has reached 99% of its quota" in a delivery that failed (a warning alone is no record).
      'reached … of its quota',
      'has reached its quota',
      'over quota',
      'overquota',
      'over the quota',
      'quota exceeded',
      'exceeded quota',
      'exceeds quota',
      'quota exceed',
      'disk quota',
      // Postfix local(8) when the mailbox file reaches mailbox_size_limit (EFBIG).
      'error writing message: file too large',
      'exceeded storage allocation',
      'exceeded its storage',
      'out of storage',
      'storage quota',
      'user is over',
      'full mailbox',
      'inbox is full',
      'mailfolder is full',
      'mailbox is over',
      'not enough space',
      'insufficient space',
      'too much mail stored',
      'account is full',
      'account is over',
      'boîte pleine',
      'boite pleine',
      'boîte aux lettres pleine',
      'postfach voll',
      'postfach ist voll',
      'postfach … ist voll',
      'postfach … überschritten',
      'quota … überschritten',
      'speicherplatz … überschritten',
      'nicht genügend speicherplatz',
      'buzón lleno',
      'buzon lleno',
      'buzón … está lleno',
      'buzon … esta lleno',
      'cuota … excedida',
      'boîte … est pleine',
      'boite … est pleine',
      'boîte de réception est pleine',
      'casella piena',
      'casella … è piena',
      'caixa postal cheia',
      'caixa de correio cheia',
      'mailbox is vol',
      'brevlådan är full',
      // Polish, Turkish and Hebrew notices: "the recipient's mailbox is overfull / full".
      'skrzynka … przepełniona',
      'posta kutusu … dolu',
      'תיבת הדואר … מלאה',
      'ящик переполнен',
      'ящик … переполнен',
      'превышена квота',
      'квота … превышена',
      'превышен размер … ящика',
      'メールボックスがいっぱい',
      'メールボックスが一杯',
      'メールボックスの容量',
      'メールボックス容量',
      '容量オーバー',
      '容量超過',
      'mailbox exceeded',
      'mailbox exceeds',
      "messages in recipient's mailbox",
      'number of messages',
    ],
  },
  // Before the rate words: "temporarily deferred due to greylisting" (Mimecast) is a greylist, not a rate.
  {
    cause: 'greylisted',
    phrases: [
      'greylist',
      'graylist',
      'grey-list',
      'gray-list',
      'grey list',
      'gray list',
      'try again in a few minutes',
      'deferred for a few minutes',
      // "Grey list" in Spanish, French, Italian, Portuguese, German.
      'lista gris',
      'liste grise',
      'lista grigia',
      'lista cinza',
      'graue liste',
      // policyd (v1) greylisting's default refusal.
      'policy rejection- please try later',
      // greylistd's default defer text under Exim (Debian): "<ip> is not yet authorized to deliver mail from
      // <sender> to <recipient>. Please try later."
      'not yet authorized to deliver mail',
      // iRedAPD's greylisting: "451 4.7.1 <r>: Recipient address rejected: Intentional policy rejection,
      // please try again later".
      'intentional policy rejection',
    ],
  },
  {
    // Postfix when a milter (rspamd, OpenDKIM) does not answer and milter_default_action = tempfail:
    // "451 4.7.1 Service unavailable - try again later". The receiving side's filter is down, nothing of ours;
    // after the blocklist names, which a reject_rbl_client reply may add to the same words, and after
    // the greylisting words, which a policy server may put beside them ("… try again later (greylisted)").
    cause: 'server-unavailable',
    phrases: ['service unavailable - try again later'],
    overStatus: true,
  },
  {
    cause: 'rate-limited',
    phrases: [
      'rate limit',
      // Exim's ratelimit ACL default text: "Sender rate overlimit - 312.4 / 1h / per_rcpt".
      'rate overlimit',
      // Barracuda's message log: the sending IP went over its connections per half hour.
      'rate control',
      'ratelimit',
      'rate-limit',
      'rate exceeded',
      'sending rate',
      'too many messages',
      'too many emails',
      'too many mails',
      'throttl',
      'exceeded the rate',
      'message rate',
      'too fast',
      'sending too much',
      'unusual rate',
      'quota exceeded for sending',
      'daily sending quota',
      'sending limit',
      'too much mail from',
      'temporarily deferred due to',
      'messages per',
    ],
  },
  {
    cause: 'mailbox-inactive',
    phrases: [
      // Zimbra: an account the admin put in maintenance takes no mail until it is set active again.
      'account is in maintenance',
      'mailbox is inactive',
      'account is inactive',
      'mailbox inactive',
      'account inactive',
      'inactive account',
      'account is not active',
      'inactive mailbox',
    ],
  },
  {
    cause: 'mailbox-disabled',
    phrases: [
      'temporarily disabled',
      'currently suspended',
      '[suspend]',
      'account is disabled',
      'account has been disabled',
      'account disabled',
      'mailbox disabled',
      'mailbox is disabled',
      'been disabled',
      'deactivated',
      'account is locked',
      'account locked',
      'account expired',
      'account has expired',
      'account is not active',
      'account inactive',
      'inactive account',
      'mailbox is inactive',
      'mailbox inactive',
      'not an active',
      'user not active',
      'has been closed',
      'account closed',
      'account is closed',
      'mailbox closed',
      'blocked account',
      'account is blocked',
      'account blocked',
      'no longer active',
      'is frozen',
      'compte désactivé',
      'compte inactif',
      'konto gesperrt',
      'deaktiviert',
      'cuenta desactivada',
      'cuenta deshabilitada',
      // Russian "blocked" only of the mailbox or account: a blocked sender or IP is not the mailbox's state.
      'ящик заблокирован',
      'ящик … заблокирован',
      'пользователь заблокирован',
      'аккаунт заблокирован',
      'учетная запись заблокирована',
      'учётная запись заблокирована',
      'получатель заблокирован',
      'отключен',
      'account suspended',
      'account has been suspended',
      'account is suspended',
      'mailbox suspended',
      'mailbox is suspended',
      'user suspended',
      'is suspended',
      'temporary locked',
      'temporarily locked',
      'is disabled.',
      'mailbox has been disabled',
      'address is disabled',
      'user is disabled',
    ],
  },
  {
    cause: 'recipient-moved',
    phrases: [
      'has moved',
      'address has changed',
      'changed address',
      'user has moved',
      'moved to',
      // RFC 5321's 551 "User not local; please try <forward-path>": the address lives elsewhere now.
      'user not local',
      'new address',
      'no longer at this',
    ],
  },
  {
    cause: 'relay-denied',
    phrases: [
      'relay access denied',
      // Coremail (553): "host denies relay".
      'denies relay',
      // French, German, Spanish, Russian.
      'relais refusé',
      'relayage refusé',
      'relaying nicht erlaubt',
      'relaying verweigert',
      'relay nicht erlaubt',
      'retransmisión denegada',
      'reenvío denegado',
      'ретрансляция запрещена',
      'релей запрещен',
      'relais non autorisé',
      'relay não permitido',
      'relay non consentito',
      'relay niet toegestaan',
      'relaying is niet toegestaan',
      'relay negato',
      'relay no permitido',
      'reenvío no permitido',
      // Haraka, when no plugin accepted the recipient's domain: "I cannot deliver mail for <x>".
      'i cannot deliver mail for',
      'リレーは許可',
      'リレーを拒否',
      '拒绝中继',
      '不允许中继',
      // hMailServer refuses to relay for an unauthenticated client so.
      'delivery is not allowed to this address',
      'relaying denied',
      'relay denied',
      'relay not permitted',
      'relaying not permitted',
      'not permitted to relay',
      'unable to relay',
      'not allowed to relay',
      'relaying not allowed',
      'relay prohibited',
      'relaying prohibited',
      'we do not relay',
      'no relaying',
      'relay not allowed',
      'relaying disallowed',
      'cannot relay',
      "can't relay",
      'will not relay',
      'relaying mail to',
      'in my list of allowed rcpthosts',
      'not a gateway',
      'open relay',
      'relay access',
      'relaying to',
      'not configured to relay',
      'relay mail',
    ],
  },
  {
    // Exim's "451 Could not complete recipient verify callout": the receiving relay could not reach the
    // recipient's own server to check the address; for now, and on the recipient's side (before "verify callout").
    cause: 'server-unavailable',
    phrases: ['could not complete recipient verify'],
  },
  {
    cause: 'sender-verify-failed',
    phrases: [
      'sender verify failed',
      // Exim, when the callout got no answer: "temporarily rejected RCPT <r>: Could not complete sender verify".
      'could not complete sender verify',
      'verification failed for',
      'sender verification',
      'could not verify sender',
      'unverifiable sender',
      'sender address verification',
      'sender address could not be verified',
      'verify sender',
      'sender callout',
      'verify callout',
      'return path verification',
    ],
  },
  {
    cause: 'auth-required',
    phrases: [
      'authentication required',
      'authentication unsuccessful',
      'too many login attempts',
      'too many failed login',
      'smtpclientauthentication is disabled',
      'authentication is required',
      'auth required',
      'must authenticate',
      'authentication failed',
      'authentication credentials invalid',
      // Exim's (and so cPanel's, DirectAdmin's, Mimecast's) 535 for a wrong user name or password.
      'incorrect authentication data',
      'smtp auth',
      'login failed',
      'please authenticate',
      'not authenticated',
      'requires authentication',
      'authenticate first',
      'relay requires authentication',
      'unauthenticated senders',
      'unauthenticated sender',
      'authentication failure',
      'authentication turned on in your email client',
      'not subscribed to ses',
      // Exchange's 504 5.7.4 to an AUTH mechanism it does not offer: the sender's login settings.
      'unrecognized authentication type',
    ],
  },
  // After the login words: Coremail's "550 user is locked." is the recipient's locked account, where
  // Microsoft's "Authentication unsuccessful, user is locked by … security defaults" is the sender's login.
  { cause: 'mailbox-disabled', phrases: ['user is locked'] },
  {
    cause: 'from-not-permitted',
    phrases: [
      'not owned by user',
      // Yandex's submission server (Postfix reject_sender_login_mismatch worded by them) and WEB.DE/GMX's.
      'not owned by auth user',
      'does not belong to logged in user',
      // Yahoo's submission server: the From address is not one the account verified.
      'from address not verified',
      'not owned by you',
      'not authorized to send as',
      'not authorised to send as',
      'not allowed to send as',
      'permission to send as',
      'permissions to send as',
      'sendasdenied',
      // Gmail: a "Send mail as" identity whose outgoing server settings are wrong or stale.
      "'send mail as'",
      'send as denied',
      'send-as',
      'sender address does not match',
      'from address does not match',
      'from address not permitted',
      'mail from address not permitted',
      'not permitted to send from',
      'not authorized to send from',
      'not authorised to send from',
      'not permitted to send for',
      'not authorized to send for',
      'not authorised to send for',
      // SimpleLogin: a mailbox that is not one of the alias's own may not reply through its reverse alias.
      'not allowed to send … reverse alias',
      'does not match the authenticated',
      'sender address is not allowed',
      'from header does not match',
    ],
  },
  {
    cause: 'outside-domain-not-allowed',
    phrases: [
      'only allowed to send to',
      'sending outside',
      'not allowed to send to external',
      'external recipients',
      'restricted to internal',
      'cannot send to external',
      'outside your organization',
      'outside of your organization',
      'sending to external',
      'sending messages to external',
    ],
  },
  {
    // Microsoft 365's 5.7.520 and its kin: the sender's organisation refuses automatic forwards outside it.
    cause: 'external-forwarding-blocked',
    phrases: [
      'does not allow external forwarding',
      'external forwarding',
      'automatic forwarding is disabled',
      // Microsoft 365's 5.7.520 NDR text in German, French, Spanish and Dutch offices' Outlook.
      'keine externe weiterleitung',
      'pas le transfert externe',
      'no permite el reenvío externo',
      'staat extern doorsturen niet toe',
    ],
  },
  {
    // The sending domain's reputation, read before "sender domain" below can make it a domain that does not
    // resolve ("low sender domain reputation", "the sending domain example.com has a poor reputation").
    cause: 'domain-reputation',
    phrases: [
      'sender domain reputation',
      'sending domain … reputation',
      'dkim domain … reputation',
      'from domain … reputation',
    ],
  },
  {
    cause: 'sender-domain-invalid',
    phrases: [
      'invalid dns mx or a/aaaa',
      'sender domain',
      'domain of sender address',
      // Mimecast 550 "Sender address does not exist" (Sendmail's "Domain of sender address … does not exist"
      // above): the envelope sender failed its check, before the recipient's "address does not exist".
      'sender address does not exist',
      'sender address rejected: domain not found',
      // Mimecast 451 "Message temporarily deferred due to unresolvable RFC.5321 from address".
      'unresolvable rfc.5321 from',
      'unresolvable from address',
      // "The sender's domain does not exist" in French, German, Italian, Spanish, Portuguese, Dutch, Russian:
      // before the general "domain … does not exist" of those languages, which is the recipient's.
      "domaine de l'expéditeur … existe pas",
      "domaine de l'expediteur … existe pas",
      'absender-domain … existiert nicht',
      'absenderdomain … existiert nicht',
      'domain des absenders … existiert nicht',
      'dominio del mittente … non esiste',
      'dominio del remitente … no existe',
      'domínio do remetente … não existe',
      'domein van de afzender … bestaat niet',
      'домен отправителя … не существует',
      'unresolvable sender',
      // Mimecast: "Sender has no A, AAAA, or MX DNS records": the envelope sender's domain does not resolve.
      'sender has no a, aaaa, or mx',
      'unrouteable sender',
      'sender address has null mx',
      'sender has null mx',
      'sender domain must exist',
      'domain of sender',
      'your domain does not exist',
      'sender address must exist',
    ],
  },
  {
    cause: 'policy-violation',
    phrases: [
      'policy reasons',
      'header error',
      'content presents',
      'security policies',
      'violates our',
      'policy violation',
      'against policy',
    ],
  },
  {
    // Postfix smtpd's "451 4.3.0 <x>: Temporary lookup failure": one of its own tables (a MySQL, LDAP or
    // proxymap lookup) failed, so the cause is the receiving server's, for now; DNS words name DNS (below).
    cause: 'dns-failure',
    phrases: ['dns … temporary lookup failure', 'temporary lookup failure … dns'],
  },
  { cause: 'system-error', phrases: ['temporary lookup failure'] },
  {
    cause: 'sender-rejected',
    phrases: [
      'sender address rejected',
      'groups.google.com',
      'sender rejected',
      'mail from rejected',
      'invalid sender',
      'sender denied',
      'bad sender',
      'sender not allowed',
      'sender is blocked',
      'sender blocked',
      'envelope sender',
      'from address rejected',
      'sender refused',
      // German, French, Spanish: "sender rejected".
      'absender abgelehnt',
      'expéditeur refusé',
      'expéditeur rejeté',
      'remitente rechazado',
      'expéditeur non autorisé',
      'remitente no autorizado',
      'отправитель отклонен',
      'отправитель отклонён',
    ],
  },
  {
    // A content filter's verdict ("rejected as spam (score 12.3): URIBL_BLACK, …"): the rule names it lists are
    // only what added to the score, not a listing of the sender's domain.
    cause: 'spam-filtered',
    // Amazon SES, Yandex and others: "554 5.7.1 Message rejected under suspicion of SPAM".
    phrases: ['rejected as spam', 'suspicion of spam'],
  },
  {
    cause: 'domain-reputation',
    phrases: [
      'reputation of the sending domain',
      'domain reputation',
      'sending domain has',
      'domain has a poor',
      'domain is blocked',
      'domain has been blocked',
      'domain blocked',
      'dbl.spamhaus',
      'surbl',
      'uribl',
    ],
  },
  {
    cause: 'ip-reputation',
    phrases: [
      // Cloudmark Sender Intelligence (CSI): a reputation score of the sending IP.
      'cloudmark sender intelligence',
      // The sending IP blocked for the spam it sent ("Votre adresse IP est bloquée pour envoi de spam"): the
      // receiver's own record of the IP, with the reason given; before the bare "IP blocked" below.
      'your ip … blocked … spam',
      // Haraka's karma plugin: the connection's score from the IP's history and this session's behaviour.
      'bad karma',
      'ip address … blocked … spam',
      'adresse ip … bloqu … spam',
      'votre ip … bloqu … spam',
      'ip-adresse … gesperrt … spam',
      'ip-adresse … spam … gesperrt',
      'ip-adresse … blockiert … spam',
      'ip-adresse … spam … blockiert',
      'ip-adres … geblokkeerd … spam',
      'dirección ip … bloquead … spam',
      'direccion ip … bloquead … spam',
      'su ip … bloquead … spam',
      'endereço ip … bloquead … spam',
      'endereco ip … bloquead … spam',
      'seu ip … bloquead … spam',
      'indirizzo ip … bloccat … spam',
      'adres ip … zablokowan … spam',
      'reputation',
      'sender score',
      'senderscore',
      'poor sending history',
      'not trusted',
      'low trust',
    ],
  },
  {
    cause: 'connection-rejected',
    phrases: [
      'client host blocked',
      'client host rejected',
      'ip blocked',
      'blocked ip',
      'ip source bloquee',
      'adresse ip',
      'invalid ip for sending',
      'your ip address',
      'not allowed to connect',
      'connection refused by policy',
      "weren't sent",
      'refused to talk to me',
      'access denied for ip',
    ],
  },
  {
    cause: 'recipient-not-in-tenant',
    phrases: [
      'recipient not found by smtp address lookup',
      'resolver.adr.recipnotfound',
      'recipnotfound',
      'not found in directory',
      'resolver.adr.exrecipnotfound',
    ],
  },
  {
    // The recipient's own settings refused the sender ("Refused due to recipient preferences").
    cause: 'content-filtered',
    phrases: [
      // Domino's router refusing a recipient its restrictions bar ("Cannot route mail to user (x)").
      'cannot route mail to user',
      // Mailman 2.1's content filter and header filter rules refusing a post.
      "message's content type was explicitly disallowed",
      "message's content type was not explicitly allowed",
      'rejected by filter rule match',
      // ezmlm-reject refusing a MIME type a list bars, with 5.2.3 (a size status) for it.
      "don't accept messages of mime content-type",
      'recipient preferences',
      "recipient's preferences",
      // Google Workspace's and Cisco's rules an admin sets for the domain's inbound mail.
      'content compliance rule',
      'dropped by content filter',
      'account is protected by',
      'has restricted sms e-mail',
      'is not accepting any mail',
      'message filtered',
      'message rejected due to user rules',
      'refuse to receive mail',
      'refuses to receive this mail',
      'only accepting mail from specific',
      'user reject',
      'you have been blocked by the recipient',
      // Japanese carriers' and ISPs' English for the subscriber's reception (refusal) settings.
      'reception setting',
      'receiving setting',
      'receive refusal',
      'reception refusal',
    ],
  },
  {
    // An address the server could not parse (Exim: "malformed address: <x> may not follow <y>").
    cause: 'syntax-error',
    phrases: [
      'malformed address',
      'bad address syntax',
      'address syntax error',
      "missing final '@domain'",
      // Postfix reject_unauth_pipelining: the client sent commands ahead without PIPELINING offered, and its
      // log line for it ("improper command pipelining after EHLO from host[ip]: …").
      'improper use of smtp command pipelining',
      'improper command pipelining',
      // Exchange's "500 5.3.3 Unrecognized command 'x'": its x.3.3 status is no content fault.
      'unrecognized command',
      // A second MAIL FROM in one transaction (Exim "503 sender already given", Sendmail "503 5.5.0 Sender
      // already specified", Postfix "503 5.5.1 Error: nested MAIL command").
      'sender already given',
      'sender already specified',
      'nested mail command',
      // Exim's smtp_max_synprot_errors: "421 mx: too many syntax or protocol errors" (the client's commands).
      'too many syntax or protocol errors',
    ],
  },
  {
    // The resolver failed (a broken or unreachable name server), which says nothing about the domain.
    cause: 'dns-failure',
    phrases: [
      'malformed or unexpected name server reply',
      'servfail',
      'dns timeout',
      'lookup timed out',
      'dns resolving error',
      'dns resolution error',
      'dns resolution failed',
      'dns lookup error',
      'lookup failed temporarily',
      'temporary dns failure',
      // Sendmail: "Deferred: Name server: example.org.: host name lookup failure" (dsn=4.4.3).
      'host name lookup failure',
      // Postfix, the resolver's TRY_AGAIN (dsn=4.4.3): "Name service error for name=example.org type=MX: Host
      // not found, try again"; without ", try again" the domain does not exist.
      'host not found, try again',
      'name server timeout',
      // OpenSMTPD: "Temporary failure in MX lookup".
      'temporary failure in mx lookup',
      // Exim (`exim -bt`, a deferral): the resolver timed out or failed, "host lookup did not complete".
      'host lookup did not complete',
      // Sendmail's mailq: "(host map: lookup (example.org): deferred)", the MX/A lookup failed for now.
      'host map: lookup',
    ],
  },
  {
    // The domain's MX is this very host, which does not take the domain as its own (a domain moved to another
    // provider, still or no longer configured on the old server): Exim's "lowest numbered MX record points to
    // local host" and "remote host address is the local host", Exchange's SMTPSEND.DNS.MxLoopback ("DNS
    // records for the target domain are configured in a loop"). A loop, before the MX words read as no MX.
    cause: 'mail-loop',
    phrases: ['points to local host', 'address is the local host', 'mxloopback', 'configured in a loop'],
  },
  {
    // Exim's "**" (permanent): every MX name of the domain fails to resolve (NXDOMAIN for the hosts, not the
    // domain), so the domain has no working mail server.
    cause: 'no-mx',
    // hMailServer's NDR "Error Type: DNS / No mail servers appear to exists for the recipients address."
    // Exchange Online's 5.4.8: "MX hosts of 'example.org' failed to resolve to public IP addresses".
    phrases: [
      'mx records point to non-existent hosts',
      'no mail servers appear to exist',
      'failed to resolve to public ip',
    ],
  },
  {
    // OpenSMTPD: no MX of the domain could be reached, a failure below SMTP ("Network error on destination
    // MXs"; Sisimai: networkerror); its DNS failures say "Temporary failure in MX lookup".
    cause: 'no-route-to-host',
    phrases: ['network error on destination mx'],
  },
  // Gapped wording ("a … b") costs a search per phrase for every reply that reaches it, so what no earlier
  // rule competes for sits here, late. A user named before "does not exist" is the user, even with its
  // domain between ("el usuario x del dominio y no existe"); a domain named so is the domain: both before
  // "existiert nicht" / "n'existe pas" / "no existe" alone (user-unknown, below).
  {
    cause: 'user-unknown',
    phrases: [
      'usuario … no existe',
      "utilisateur … n'existe pas",
      'benutzer … existiert nicht',
      'utente … non esiste',
      'usuário … não existe',
      'пользователь … не существует',
    ],
  },
  {
    cause: 'domain-not-found',
    phrases: [
      'domain … existiert nicht',
      'domäne … existiert nicht',
      "domaine … n'existe pas",
      'dominio … no existe',
      'dominio … non esiste',
      'domínio … não existe',
      'домен … не существует',
    ],
  },
  {
    // The Exchange NDR's "recipient's mailbox is full" in Portuguese, Italian, Dutch, Polish, Czech.
    cause: 'mailbox-full',
    phrases: [
      'caixa de correio … está cheia',
      'cassetta postale … è piena',
      'postvak … is vol',
      'skrzynka … jest pełna',
      'schránka … je plná',
    ],
  },
  // Wording in the languages the rules above hold least (Chinese, Korean, Turkish, Greek, Thai…).
  ...LANGUAGE_PHRASES,
  {
    cause: 'domain-not-found',
    phrases: [
      'host unknown',
      'unknown host',
      'host not found',
      'domain not found',
      'no such domain',
      'domain does not exist',
      'domain name not found',
      'unknown domain',
      'name or service not known',
      'unrouteable mail domain',
      'unroutable domain',
      'nxdomain',
      'no mx',
      'mx record',
      'host or domain name not found',
      'name service error',
      'could not be resolved',
      'does not resolve',
      'domain is not valid',
      'invalid domain',
      'domain invalid',
      'bad domain',
      'unknown mail domain',
      'unrouteable address',
      'illegal host',
      'unroutable address',
      'domain is not reachable',
      'bad destination system',
      'nonexistent domain',
      'nonexistentdomain',
      'infodomainnonexistent',
      'dns domain … does not exist',
      "the domain … couldn't be found",
      'the domain … could not be found',
      "couldn't find any host named",
      // Domino's router ("No route found to domain x from server y"), Apache James ("There are no DNS entries
      // for the hostname x. I cannot determine where to send this message.").
      'no route found to domain',
      'no dns entries for the hostname',
    ],
  },
  {
    // Exchange: "451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry" (the
    // resolver failed, round 80); after the nonexistent domain its "… NonExistentDomain" names.
    cause: 'dns-failure',
    phrases: ['dns query failed'],
  },
  {
    cause: 'user-unknown',
    phrases: [
      // Outlook / Microsoft 365 NDRs in other languages ("The email address you entered couldn't be found").
      'e-mail-adresse … wurde nicht gefunden',
      'adresse e-mail … est introuvable',
      'no se encontró la dirección de correo',
      'dirección de correo … no se encuentra',
      "impossibile trovare l'indirizzo di posta",
      'endereço de email … não foi encontrado',
      'e-mailadres … is niet gevonden',
      '找不到你输入的电子邮件地址',
      '找不到您輸入的電子郵件地址',
      'メール アドレスが見つかりません',
      'メールアドレスが見つかりません',
      'не удалось найти указанный адрес',
      'nie można znaleźć wprowadzonego adresu',
      'det gick inte att hitta e-postadressen',
      'e-posta adresi bulunamadı',
      'adresa, kterou jste zadali, nebyla nalezena',
      '메일 주소를 찾을 수 없습니다',
      // Gmail's own notices ("Address not found … because the address couldn't be found").
      'no se ha encontrado la dirección',
      'endereço não foi encontrado',
      'adres niet is gevonden',
      'nie znaleziono adresu',
      'アドレスが見つから',
      'адрес не найден',
      '找不到该地址',
      'recipient unavailable',
      'recipient is unavailable',
      'account is unavailable',
      'account not available',
      'user unknown',
      'unknown user',
      'no such user',
      'no such recipient',
      'no such mailbox',
      'no such person',
      'no such address',
      'user not found',
      'user does not exist',
      "user doesn't exist",
      'user not exist',
      'user not known',
      'not a known user',
      'recipient not found',
      'recipient unknown',
      'unknown recipient',
      'recipient does not exist',
      'recipient not exist',
      'invalid recipient',
      // A reply-by-email address (GitHub, GitLab, Discourse) no longer valid: before "expired" of its token.
      'invalid reply address',
      // A bounce to a forwarder's SRS address it cannot reverse (libsrs2, postsrsd): before "expired" too.
      'invalid srs',
      'not an srs address',
      'hash invalid in srs',
      'time stamp out of date',
      'not a valid recipient',
      'recipient is not valid',
      'address unknown',
      'unknown address',
      'addressee unknown',
      'address does not exist',
      'address not found',
      'invalid address',
      'address invalid',
      'bad address',
      'mailbox not found',
      'mailbox does not exist',
      'mailbox unavailable',
      'mailbox is unavailable',
      'mailbox not available',
      'mailbox unallocated',
      'invalid mailbox',
      'unknown mailbox',
      'no mailbox',
      'mailbox not present',
      'not a valid mailbox',
      'no account',
      'account does not exist',
      'does not have an account',
      'does not exist',
      "doesn't exist",
      'not exist',
      'unknown local part',
      'unknown or illegal alias',
      'not listed in',
      'no one at this address',
      'no longer valid',
      'no longer accepts mail',
      'not our customer',
      'rejected recipient',
      'invalid user',
      'not a valid user',
      'unknown e-mail address',
      'unknown email address',
      'email account that you tried to reach',
      'does not like recipient',
      'no mail box',
      'badrcptto',
      'validrcptto',
      'undeliverable address',
      'destinataire inconnu',
      'utilisateur inconnu',
      'adresse inconnue',
      "n'existe pas",
      'unbekannt',
      'existiert nicht',
      'gibt es nicht',
      'no existe',
      'desconocido',
      'inexistente',
      // Exchange's "bob wasn't found at example.org", in English, Arabic and European Portuguese; Chinese "mailbox does not exist".
      "wasn't found at",
      // Exchange's classic NDR in English (the other languages are listed above).
      "email address you entered couldn't be found",
      'لم يتم العثور على … في',
      'não foi possível encontrar … em',
      '信箱不存在',
      '邮箱不存在',
      'sconosciuto',
      'non esiste',
      'не существует',
      'несуществующ',
      'нет такого',
      'неизвестный',
      '存在しません',
      '宛先不明',
      '存在しない',
      'ユーザが見つかりません',
      'recipient name is not recognized',
      'please check if address is correct',
      'ディレクトリのリストにありません',
      "address couldn't be found",
      'address could not be found',
      'invalid final delivery',
      'no valid recipients',
      "user doesn't have a … account",
      'bad destination mailbox',
      'not a valid address',
      'invalid recipient address',
      'recipient address rejected: user',
      'unknown recipient address',
      'destinataire invalide',
      'no mailbox here',
    ],
  },
  // After "user unknown": Postfix reject_unverified_recipient quotes its probe's result ("Recipient address
  // rejected: unverified address: connect to backend[…]:25: Connection timed out"); a probe that found no user
  // says so above, any other result is the receiving side's backend not answering for now.
  { cause: 'server-unavailable', phrases: ['recipient address rejected: unverified address'] },
  // After "user unknown": Exim's recipient callout ("Callout verification failed: 550 … User unknown") is
  // about the recipient; a sender callout says "sender verify failed" (above).
  { cause: 'sender-verify-failed', phrases: ['callout verification'] },
  // Korean portals (Naver and others): "Your IP(…) is filtered and this connection will be closed"; gapped,
  // so late: the address sits between the words.
  { cause: 'ip-reputation', phrases: ['your ip … is filtered'] },
  // Hosting providers that stop one mailbox sending ("Outgoing mail from alice@… has been suspended"); gapped,
  // so late: the address sits between the words.
  { cause: 'sender-account-blocked', phrases: ['outgoing mail from … suspended'] },
  {
    cause: 'system-full',
    phrases: [
      'disk full',
      'insufficient disk space',
      // Dovecot's LMTP and its log when the mail store's disk is full ("452 4.3.1 <r> Not enough disk space").
      'not enough disk space',
      'insufficient system storage',
      'system storage',
      'out of disk',
      'no space left',
      'file system full',
      'filesystem full',
      // Exim, when the spool's free space is below check_spool_space: "452 Space shortage, please try later".
      'space shortage',
    ],
  },
  {
    cause: 'mail-loop',
    phrases: [
      'mail loop',
      'too many hops',
      'hop count',
      'routing loop',
      'loops back to myself',
      'mailing loop',
      'too many "received"',
      'too many received',
    ],
  },
  {
    cause: 'delivery-expired',
    phrases: [
      'retry timeout exceeded',
      'retry time not reached',
      'delivery time expired',
      'message expired',
      'expired',
      'gave up',
      'given up',
      'giving up',
      'too long in the queue',
      'could not be delivered within',
      'maximum time',
      'delivery attempts',
      'unable to deliver for',
      'failing for a long time',
      'retry period',
      'expired after',
    ],
  },
  ...LANGUAGE_GENERAL_PHRASES,
  {
    // A program's own default words for its size limit, which say nothing else: Postfix's "message file too
    // big" and "message size exceeds fixed limit", Exchange's "message size exceeds fixed maximum size for
    // route" (ROUTING.SizeLimit) and "message too large for this recipient" (RESOLVER.RST.RecipSizeLimit, the
    // recipient's own limit), Sendmail's MaxMessageSize "552 5.2.3 Message exceeds maximum fixed size (N)".
    cause: 'message-too-large',
    phrases: [
      'message file too big',
      'message size exceeds fixed',
      'routing.sizelimit',
      'message exceeds maximum fixed size',
    ],
  },
  { cause: 'size-limit-exceeded', phrases: ['recipsizelimit', 'message too large for this recipient'] },
  {
    cause: 'message-too-large',
    general: true,
    phrases: [
      'message too large',
      'message is too large',
      'message too big',
      'message is too big',
      // IceWarp (501 5.7.1) and Coremail (552).
      'message is too long',
      'attachment is too long',
      'attachment is too large',
      'message size exceeds',
      'message length exceeds',
      'size exceeds',
      'exceeds size limit',
      'exceeds the size limit',
      'exceeds maximum size',
      'exceeds the maximum size',
      'maximum message size',
      'message size limit',
      'larger than',
      'too large for',
      'mail size',
      'message exceeds',
      'size of the message',
      'size limit exceeded',
      'mail size limit',
    ],
  },
  {
    cause: 'spam-filtered',
    general: true,
    phrases: [
      'spam',
      'unsolicited',
      'junk mail',
      'bulk mail',
      'bulk email',
      'suspicious',
      'content filter',
      'looks like spam',
      'message content rejected',
      'scored',
      'score too high',
      'high probability',
      'phishing',
      'fraud',
      // "spam" in other languages: Russian, Japanese, French, German, Spanish.
      'спам',
      'スパム',
      '迷惑メール',
      'courrier indésirable',
      'unerwünscht',
      'correo no deseado',
      'correo basura',
      // Exchange's Content Filter agent rejects a message over its spam threshold in these words.
      'content restrictions',
      // Sina's anti-spam system (AISP) refusing the message data.
      'refused by aisp',
      '垃圾邮件',
      '垃圾郵件',
    ],
  },
  {
    cause: 'content-error',
    general: true,
    phrases: [
      'mime ',
      'mime-',
      'mime.',
      'malformed',
      'illegal character',
      'invalid character',
      '8-bit',
      '8bit',
      'line too long',
      'encoding',
    ],
  },
  {
    cause: 'policy-violation',
    general: true,
    phrases: [
      // Exim's default text for any ACL "deny" (a sender, recipient, host or content rule): a local policy.
      'administrative prohibition',
      'policy',
      'prohibited',
      'not allowed',
      'violat',
      'attachment',
      'file type',
      'forbidden',
      'banned',
      'disallowed',
    ],
  },
  {
    cause: 'content-filtered',
    general: true,
    phrases: [
      'filtered',
      'filter',
      'rejected by rule',
      'transport rule',
      'mail rule',
      'refuses to accept',
      'refused to accept',
      'recipient refuses',
    ],
  },
  {
    cause: 'tls-failed',
    general: true,
    phrases: [
      'certificate',
      'tls handshake',
      'tls negotiation',
      'ssl handshake',
      'starttls failed',
      'tls not available',
      'tls error',
      'cannot start tls',
      'tls failed',
    ],
  },
  {
    cause: 'mailer-error',
    general: true,
    phrases: [
      'mailer error',
      'pipe to',
      'procmail',
      'command died',
      'program exited',
      'exited with',
      'unable to execute',
      'delivery to a program',
      'x-unix',
      'command output',
      'exit code',
      // Exim: "Child process of address_pipe transport returned 69 (…)": the recipient's pipe command failed.
      'child process of',
      'mail transport unavailable',
    ],
  },
  {
    cause: 'syntax-error',
    general: true,
    phrases: [
      'syntax error',
      'command unrecognized',
      'unrecognized command',
      'bad sequence',
      // Sendmail's and Postfix's words for a command out of order ("503 5.0.0 Need MAIL before RCPT").
      'need mail before',
      'need rcpt command',
      'need mail command',
      'command not implemented',
      'command not recognized',
      'parameter not implemented',
      'out of sequence',
      'incorrectly constructed',
      'invalid command',
      'bad command',
    ],
  },
  {
    cause: 'dns-failure',
    general: true,
    phrases: [
      'dns lookup',
      'dns error',
      'name server',
      'nameserver',
      'servfail',
      'dns failure',
      'dns timeout',
      'unable to resolve',
      'name service error',
      'network error',
      'dns query',
      'lookup failed',
    ],
  },
  { cause: 'connection-rejected', general: true, phrases: ['connection refused', 'connection reset'] },
  {
    cause: 'recipient-server-unreachable',
    general: true,
    phrases: [
      'connection timed out',
      'timed out',
      // MDaemon: "Socket connect timeout to [198.51.100.90 : 25]".
      'connect timeout',
      'host is unreachable',
      'could not connect',
      'unable to connect',
      'lost connection',
      'connection dropped',
      'connection closed',
      'no answer',
      'could not be contacted',
      'not reachable',
      'unreachable',
      'failed to connect',
      'did not accept our requests to connect',
      'refused to talk to me',
    ],
  },
  // A receiver "temporarily deferred" the message and says no more (Yahoo's old "451 Message temporarily deferred
  // - [160]"): receivers use the word for deferrals of the sender (volume, complaints), not for their own trouble.
  { cause: 'rate-limited', general: true, phrases: ['temporarily deferred'] },
  {
    // 421 and the like: the server is up but takes no mail for now (busy, restarting, in maintenance).
    cause: 'server-unavailable',
    general: true,
    phrases: [
      'temporarily unavailable',
      'service unavailable',
      'service not available',
      'currently unavailable',
      'try again later',
      'try later',
      'server busy',
      'too busy',
      'shutting down',
      'system not accepting',
      'closing transmission channel',
    ],
  },
  {
    cause: 'system-error',
    general: true,
    phrases: [
      'system error',
      'internal error',
      'server error',
      'local error',
      'i/o error',
      'configuration error',
      'misconfig',
      'resources temporarily',
      'temporary error',
      'system is not configured',
      'problem with the remote',
      'transaction failed',
      'does not support tls',
      'local configuration',
      // Postfix local(8)/virtual(8) could not write the mailbox for a reason of the host's own ("destination
      // … is not owned by recipient", a lock, permissions); quota and disk words are decisive before this.
      'cannot update mailbox',
      'maildir delivery failed',
      // A local delivery agent naming the mail spool it could not write (Sendmail's mail.local "450 4.2.0
      // /var/mail/bob: Permission denied"): the host's file system, not a security refusal.
      '/var/mail/',
      '/var/spool/mail/',
      // Exim's appendfile: "defer (13): Permission denied: creating lock file hitching name /var/mail/x.lock…":
      // the mail spool's permissions, before "permission denied" as a security refusal below.
      'creating lock file',
      // Exchange's store driver with an exception no other words name ("STOREDRV.Deliver.Exception:
      // ObjectNotFoundException.MapiExceptionNotFound"): the recipient's mailbox store failed.
      'storedrv.deliver',
    ],
  },
  { cause: 'sender-rejected', general: true, phrases: [] },
  // A reply that names DKIM in no failing words and no other wording decides.
  { cause: 'dkim-fail', general: true, phrases: ['dkim'] },
  {
    cause: 'security-error',
    general: true,
    phrases: [
      'security',
      'not authorized',
      'not authorised',
      'unauthorized',
      'unauthorised',
      'access denied',
      'permission denied',
    ],
  },
  // A mail client's own words, last: a server reply it quotes decides first (client-errors.ts).
  ...CLIENT_ERROR_RULES.map(({ cause, phrases }) => ({ cause, phrases: [...phrases], client: true })),
];

/**
 * RFC 5321's standard reply texts (4.2.3) and an MTA's default refusal words (Exim's ACL "Administrative
 * prohibition"), which servers put before whatever they have to say: "550 Requested action not taken: mailbox
 * unavailable (Mail rejected due to policy)" is a policy refusal. The words after one decide when they mean
 * something, else a specific status code does; a standard text alone is read as it stands.
 */
export const STANDARD_REPLY_TEXTS: readonly string[] = [
  'requested action not taken: mailbox unavailable',
  'requested mail action not taken: mailbox unavailable',
  'requested action not taken: mailbox name not allowed',
  'requested action aborted: local error in processing',
  'requested action not taken: insufficient system storage',
  'requested mail action aborted: exceeded storage allocation',
  'administrative prohibition',
  'delivery not authorized, message refused',
];

/**
 * Wording that says a server refused or failed and no more: a program's default refusal ("Administrative
 * prohibition", Exim's "Temporary local problem"), the standard texts of RFC 5321 and RFC 3463 ("mailbox
 * unavailable", "Delivery not authorized", "Service not available", "Transaction failed"), a bare "not allowed"
 * or "try again later", and Outlook.com's opening "messages from [ip] weren't sent" without the code that says
 * why. The rules above give them the generic cause; a verdict resting on them alone is one step less sure
 * (classify.ts): high becomes medium, medium low.
 */
export const VAGUE_WORDING: ReadonlySet<string> = new Set([
  'administrative prohibition',
  'temporary local problem',
  'delivery not authorized',
  'mailbox unavailable',
  "weren't sent",
  'transaction failed',
  'service unavailable',
  'service not available',
  'closing transmission channel',
  'try again later',
  'try later',
  // Postfix's milter tempfail text, which Barracuda also puts before a listing it names, and postscreen's
  // "450 4.3.2 Service currently unavailable" (read as greylisting in effect, but the words say no more than
  // unavailable; round 80).
  'service unavailable - try again later',
  'service currently unavailable',
  // cPanel's catch-all, which lists every possibility: "The account or domain may not exist, they may be
  // blacklisted, or missing the proper dns entries."
  'the account or domain may not exist',
  'not allowed',
  // A policy named, not which: "Local Policy Violation", "not accepted for policy reasons", Mimecast's
  // "rejected due to security policies".
  'policy violation',
  'policy reasons',
  'security policies',
  // What happened, not why: a connection dropped (an overloaded or throttling receiver, a firewall, a crash);
  // Postfix's smtpd_hard_error_limit, which does not say which errors (bad commands, refused recipients).
  'lost connection',
  'error: too many errors',
]);

/** Generic wording, used only when neither the phrases above nor the status code decide. */
export const WEAK_PHRASES: PhraseRule[] = [
  {
    cause: 'user-unknown',
    phrases: ['not found', 'unknown', 'no such', 'address rejected'],
    commands: ['RCPT'],
  },
  {
    cause: 'user-unknown',
    phrases: ['recipient address rejected', 'address rejected', 'recipient rejected'],
  },
  {
    cause: 'sender-rejected',
    phrases: ['rejected', 'denied', 'refused', 'not accepted'],
    commands: ['MAIL'],
  },
  {
    // Refused in answer to DATA: the recipients were accepted, so the message was refused (a filter or rule
    // of the receiving side), not the connection; causeFromCommand reads a bare DATA refusal the same way.
    cause: 'content-filtered',
    phrases: ['blocked', 'denied', 'rejected', 'refused', 'not accepted', 'not allowed'],
    commands: ['DATA'],
  },
  {
    // The message named as what was refused ("550 5.7.1 Requested action not taken: message refused"): its
    // content or a rule of the receiving side, as a refusal in answer to DATA, not the connection.
    cause: 'content-filtered',
    phrases: ['message refused', 'message rejected', 'message not accepted', 'message blocked'],
  },
  {
    cause: 'connection-rejected',
    phrases: ['blocked', 'denied', 'rejected', 'refused', 'not accepted', 'go away', 'not allowed'],
  },
];

/**
 * General words that mean more when the sending MTA writes them itself, with no reply quoted (OpenSMTPD's
 * stat="Connection refused", Stalwart's details = "Connection refused (os error 111)"): no SMTP was spoken, so
 * the TCP connection to the recipient's server was refused, not the sender by a server's policy.
 */
export const OWN_MTA_MEANINGS: Readonly<Record<string, string>> = {
  'connection refused': 'connection-refused',
};
