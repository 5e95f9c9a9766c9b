import type { Provider, ProviderCode, ProviderPhrase } from './types.js';

/**
 * Orange and La Poste end replies with a code such as "OFR_416", "OFR006_102" or "LPN007_416"; the number
 * after the underscore carries the meaning (findReferenceCodes drops the server digits: LPN007_416 → LPN_416).
 */
// Source: Orange's https://postmaster.orange.fr (as stored; its error code table is past what the stored copy
// shows). The numbers as Orange's and La Poste's replies word them, collected in Sisimai's table
// (github.com/sisimai/p5-sisimai lib/Sisimai/Rhost/FrancePTT.pm, one reply text a code): every meaning below agrees;
// a deliverability vendor's pages, https://bentonow.com/smtp-errors/orange, agree on 104, 105 and 999.
const FRANCE_MEANINGS: Record<string, ProviderCode> = {
  '102': { cause: 'ip-blocklisted', note: 'source IP blocked for a spam incident' },
  '103': { cause: 'connection-rejected', note: 'service refused' },
  '104': { cause: 'too-many-connections', note: 'too many connections, slow down' },
  '305': { cause: 'auth-required', note: 'invalid authentication code' },
  '401': { cause: 'spf-fail', note: 'SPF: the IP is not allowed to send for the domain' },
  '402': { cause: 'auth-required', note: 'authentication required' },
  '403': { cause: 'sender-rejected', note: 'invalid sender' },
  '405': { cause: 'sender-rejected', note: 'invalid sender' },
  '415': { cause: 'sender-rejected', note: 'invalid sender' },
  '416': { cause: 'user-unknown', note: 'invalid recipient' },
  '417': { cause: 'mailbox-full', note: "recipient's mailbox is full" },
  '418': { cause: 'user-unknown', note: 'invalid recipient' },
  '420': { cause: 'mailbox-disabled', note: "recipient's mailbox is archived" },
  '421': { cause: 'from-not-permitted', note: 'MAIL FROM not owned by the user' },
  '426': { cause: 'mailbox-disabled', note: "recipient's account is blocked" },
  '505': { cause: 'system-error', note: 'service refused, try later' },
  '506': { cause: 'spam-filtered', note: 'mail rejected' },
  '510': { cause: 'connection-rejected', note: 'service refused, try later' },
  '514': { cause: 'message-too-large', note: 'message size limit reached' },
  '999': { cause: 'connection-rejected', note: 'service refused, try later' },
  // "Service refusé, veuillez essayer plus tard" with no reason given.
  ...Object.fromEntries(
    ['105', '108', '109', '201', '423', '424', '513'].map((n) => [
      n,
      // Weak: words in the same reply that give a reason ("Too many messages in the session") decide.
      { cause: 'unknown', note: 'service refused, no reason given', weak: true },
    ]),
  ),
};

function franceCodes(prefixes: readonly string[]): Record<string, ProviderCode> {
  const out: Record<string, ProviderCode> = {};
  for (const prefix of prefixes) {
    for (const [number, meaning] of Object.entries(FRANCE_MEANINGS)) out[`${prefix}_${number}`] = meaning;
  }
  return out;
}

/** Web.de and GMX run the same system (United Internet) and answer in the same words. */
// Source: https://postmaster.web.de/error-messages?ip=87.122.xxx.xxx&c=rdns and
// https://postmaster.gmx.com/en/error-messages?c=rdns&ip=46.231.92.232 (as stored; their explanations, with the
// replies' words as copied in https://smtp.codes/unitedinternet/: SPF policy, "mailbox unavailable" for a
// recipient that does not exist, "IP address is block listed"). The other phrases: kept as remembered.
const UNITED_INTERNET_PHRASES: readonly ProviderPhrase[] = [
  { text: 'reject due to spf policy', cause: 'spf-fail' },
  { text: 'bad dns ptr resource record', cause: 'reverse-dns-missing' },
  { text: 'invalid dns mx or a/aaaa resource record', cause: 'sender-domain-invalid' },
  { text: 'ip address is block listed', cause: 'ip-blocklisted' },
  { text: 'reject due to policy restrictions', cause: 'policy-violation', vague: true },
  { text: 'exceeded storage allocation', cause: 'mailbox-full' },
  // Their "mailbox unavailable" opens most refusals; a line after it may name the real reason.
  { text: 'sender address has null mx', cause: 'sender-domain-invalid' },
  { text: 'requested action not taken: mailbox unavailable', cause: 'user-unknown' },
  { text: 'syntax error in parameters or arguments', cause: 'syntax-error' },
];

/** Providers in Europe and Asia. */
export const WORLD_ISPS: readonly Provider[] = [
  {
    id: 'orange',
    name: 'Orange',
    kind: 'mailbox',
    hosts: ['orange.fr', 'wanadoo.fr'],
    markers: ['smtp-in.orange.fr', 'mwinf'],
    codes: franceCodes(['OFR', 'OUK']),
  },
  {
    id: 'laposte',
    name: 'La Poste',
    kind: 'mailbox',
    hosts: ['laposte.net'],
    markers: ['smtpz4.laposte.net'],
    codes: franceCodes(['LPN']),
  },
  {
    id: 'free',
    name: 'Free (free.fr)',
    kind: 'mailbox',
    hosts: ['free.fr'],
    markers: ['postmaster.free.fr'],
    postmaster: 'https://postmaster.free.fr/',
    phrases: [{ text: 'too many spams from your ip', cause: 'ip-reputation' }],
  },
  {
    id: 'webde',
    name: 'WEB.DE',
    kind: 'mailbox',
    hosts: ['web.de'],
    markers: ['postmaster.web.de', '(mxweb', 'web.de/email/senderguidelines'],
    postmaster: 'https://postmaster.web.de/',
    phrases: UNITED_INTERNET_PHRASES,
  },
  {
    id: 'gmx',
    name: 'GMX',
    kind: 'mailbox',
    hosts: ['gmx.net', 'gmx.de', 'gmx.com', 'gmx.at', 'gmx.ch'],
    markers: ['postmaster.gmx.net', 'postmaster.gmx.com', '(mxgmx', 'gmx.net/mail/senderguidelines'],
    postmaster: 'https://postmaster.gmx.net/',
    phrases: UNITED_INTERNET_PHRASES,
  },
  {
    // Deutsche Telekom ends its refusals with a short reason code in brackets: "(BL)" the IP is blocklisted.
    // Source: https://postmaster.t-online.de/index.en.html (as stored; no code list); Telekom's answer on "(BL)"
    // quoted in https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html: no mail from hosts
    // of bad or unknown reputation (as a host that sent nothing for a year), until the postmaster resets it.
    id: 't-online',
    name: 'T-Online (Deutsche Telekom)',
    kind: 'mailbox',
    hosts: ['t-online.de'],
    markers: ['rx.t-online.de'],
    postmaster: 'https://postmaster.t-online.de/',
    phrases: [
      // Its words say only "A problem occurred": the two-letter tag is the one signal, and Telekom's own
      // reputation record stands behind "(BL)" as much as a list (round 80: one step less sure).
      { text: 'to clarify.) (bl)', cause: 'ip-blocklisted', vague: true },
      // The same refusal with no reason code: Telekom does not take mail from this IP (its own reputation
      // record, or a sender that fails its requirements, such as an imprint on the sending domain's site).
      { text: 'a problem occurred. (ask your postmaster', cause: 'ip-reputation', vague: true },
    ],
  },
  {
    // 1&1 IONOS runs United Internet's receiving system (Nemesis), as WEB.DE and GMX, with the same words.
    id: 'ionos',
    name: '1&1 IONOS',
    kind: 'mailbox',
    hosts: ['ionos.de', 'ionos.com', 'ionos.co.uk', 'ionos.fr', 'ionos.es', 'kundenserver.de', '1and1.com'],
    markers: ['kundenserver.de', 'ionos.com/help', 'ionos.de/hilfe'],
    phrases: UNITED_INTERNET_PHRASES,
  },
  { id: 'freenet', name: 'freenet', kind: 'mailbox', hosts: ['freenet.de'], markers: [] },
  {
    id: 'sfr',
    name: 'SFR',
    kind: 'mailbox',
    hosts: ['sfr.fr', 'neuf.fr', 'cegetel.net', 'club-internet.fr', '9online.fr'],
    markers: [],
  },
  { id: 'tiscali', name: 'Tiscali', kind: 'mailbox', hosts: ['tiscali.it', 'tiscali.net'], markers: [] },
  {
    id: 'aruba',
    name: 'Aruba',
    kind: 'mailbox',
    hosts: ['aruba.it', 'arubapec.it'],
    // Its MX, and its certified mail's (PEC) own name in notices ("Errore: 5.1.1 - Aruba Pec S.p.A. - …").
    markers: ['mx.aruba.it', 'aruba pec s.p.a'],
  },
  {
    id: 'movistar',
    name: 'Movistar (Telefónica)',
    kind: 'mailbox',
    hosts: ['movistar.es', 'telefonica.net', 'telefonica.es'],
    markers: [],
  },
  {
    id: 'kpn',
    name: 'KPN',
    kind: 'mailbox',
    hosts: ['kpnmail.nl', 'kpn.com', 'planet.nl', 'hetnet.nl'],
    markers: ['mx.kpnmail.nl'],
  },
  {
    id: 'ziggo',
    name: 'Ziggo',
    kind: 'mailbox',
    hosts: ['ziggo.nl', 'upcmail.nl', 'chello.nl', 'casema.nl', 'home.nl'],
    markers: ['mx.ziggo.nl'],
  },
  {
    id: 'bt',
    name: 'BT',
    kind: 'mailbox',
    hosts: ['btinternet.com', 'btopenworld.com', 'bt.com'],
    markers: [],
  },
  {
    id: 'virginmedia',
    name: 'Virgin Media',
    kind: 'mailbox',
    hosts: ['virginmedia.com', 'virgin.net', 'blueyonder.co.uk', 'ntlworld.com'],
    markers: [],
  },
  { id: 'sky', name: 'Sky', kind: 'mailbox', hosts: ['sky.com'], markers: [] },
  { id: 'telia', name: 'Telia', kind: 'mailbox', hosts: ['telia.com', 'telia.se'], markers: [] },
  { id: 'vodafone-de', name: 'Vodafone', kind: 'mailbox', hosts: ['vodafone.de', 'arcor.de'], markers: [] },
  { id: 'telenet', name: 'Telenet', kind: 'mailbox', hosts: ['telenet.be', 'telenet-ops.be'], markers: [] },
  {
    id: 'swisscom',
    name: 'Swisscom (Bluewin)',
    kind: 'mailbox',
    hosts: ['bluewin.ch', 'swisscom.ch', 'swisscom.com'],
    markers: [],
  },
  { id: 'rambler', name: 'Rambler', kind: 'mailbox', hosts: ['rambler.ru', 'ro.ru'], markers: [] },
  {
    id: 'libero',
    name: 'Libero / Virgilio (Italiaonline)',
    kind: 'mailbox',
    hosts: ['libero.it', 'iol.it', 'virgilio.it', 'inwind.it', 'blu.it', 'giallo.it'],
    markers: [],
  },
  {
    id: 'onet',
    name: 'Onet Poczta',
    kind: 'mailbox',
    hosts: ['onet.pl', 'onet.eu', 'op.pl', 'vp.pl'],
    markers: [],
  },
  { id: 'wp', name: 'WP Poczta', kind: 'mailbox', hosts: ['wp.pl', 'o2.pl'], markers: ['mx.wp.pl'] },
  {
    id: 'interia',
    name: 'Interia Poczta',
    kind: 'mailbox',
    hosts: ['interia.pl', 'interia.eu', 'poczta.fm'],
    markers: [],
  },
  {
    // Seznam's notices carry its own tag before the reason: "5.1.1 szn; User hasn't got the service mapped".
    id: 'seznam',
    name: 'Seznam.cz',
    kind: 'mailbox',
    hosts: ['seznam.cz', 'email.cz', 'post.cz'],
    markers: [],
  },
  { id: 'infomaniak', name: 'Infomaniak', kind: 'mailbox', hosts: ['infomaniak.ch'], markers: [] },
  { id: 'hostpoint', name: 'Hostpoint', kind: 'mailbox', hosts: ['hostpoint.ch'], markers: [] },
  {
    id: 'docomo',
    name: 'NTT docomo',
    kind: 'mailbox',
    hosts: ['docomo.ne.jp'],
    markers: ['mfsmax.docomo.ne.jp'],
  },
  {
    id: 'kddi',
    name: 'KDDI (au)',
    kind: 'mailbox',
    hosts: ['ezweb.ne.jp', 'au.com', 'kddi.com'],
    markers: ['lsean.ezweb.ne.jp', 'msmx.au.com'],
    // Source: none of KDDI's own stored; https://note.com/sendmagic/n/n875d8dcb6cb8 (as stored, a sending service's
    // notes) gives "550 <addr>: User unknown" for an address that does not exist or a reception-refusal setting, and
    // Sisimai's KDDI table reads "550 : User unknown" as filtered, "<addr>: User unknown" as unknown, as below.
    // au answers "550 : User unknown" (no address) when the recipient's reception filter refuses the
    // sender; an unknown address gets "550 <addr>: User unknown", which is taken at its word whatever
    // SMTP stage it answered.
    phrases: [
      { text: '550 : user unknown', cause: 'content-filtered' },
      { text: '550: : user unknown', cause: 'content-filtered' },
      { text: '>: user unknown', cause: 'user-unknown' },
      // EZweb's own notice when the recipient's reception (domain) filter refused the sender.
      {
        text: 'each of the following recipients was rejected by a remote mail server',
        cause: 'content-filtered',
      },
    ],
  },
  {
    id: 'softbank',
    name: 'SoftBank',
    kind: 'mailbox',
    hosts: ['softbank.ne.jp', 'softbank.jp'],
    markers: [],
  },
  { id: 'biglobe', name: 'BIGLOBE', kind: 'mailbox', hosts: ['biglobe.ne.jp'], markers: [] },
  // Yahoo! JAPAN is its own company and mail system, not Yahoo's (its words and policies differ).
  { id: 'yahoo-japan', name: 'Yahoo! JAPAN', kind: 'mailbox', hosts: ['yahoo.co.jp'], markers: [] },
  { id: 'nifty', name: '@nifty', kind: 'mailbox', hosts: ['nifty.com', 'nifty.ne.jp'], markers: [] },
  { id: 'sohu', name: 'Sohu Mail', kind: 'mailbox', hosts: ['sohu.com', 'sohu.net'], markers: [] },
  {
    // Alibaba's enterprise mail answers from mx*.mxhichina.com or mx*.qiye.aliyun.com.
    id: 'aliyun',
    name: 'Alibaba Mail (Aliyun)',
    kind: 'mailbox',
    hosts: ['aliyun.com', 'mxhichina.com', 'alibaba.com'],
    markers: [],
  },
  {
    id: 'rediff',
    name: 'Rediffmail',
    kind: 'mailbox',
    hosts: ['rediffmail.com', 'rediff.com', 'rediffmailpro.com', 'rediff.akadns.net'],
    markers: [],
  },
];
