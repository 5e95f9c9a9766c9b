import { isIP } from 'node:net';
import { literalAlternation } from '../match-phrases.js';
import { rememberLast } from '../remember-last.js';
import type { SmtpCommand } from '../types.js';
import { findAddresses, findIpv4 } from './addresses.js';
import { LiteralGate, type Needs } from './literal-gate.js';
import { asTranscriptLine, collapseWhitespace } from './smtp-reply.js';

/** Which SMTP command a reply answered, and which server gave it, from the wording MTAs use. */

// Each wording with the literals one of which it cannot match without (lower case): one scan for all
// of them tells which wordings are worth trying (most texts name no command).
const LEADS = ['in reply to', 'after', 'while sending', 'response to', 'during'];
export const COMMAND_WORDS: { re: RegExp; command: SmtpCommand; needs: readonly string[] }[] = [
  {
    re: /\b(?:in reply to|after|while sending|response to|during)\s+(?:the\s+)?rcpt\b/,
    command: 'RCPT',
    needs: LEADS,
  },
  {
    re: /\b(?:in reply to|after|while sending|response to|during)\s+(?:the\s+)?mail\b/,
    command: 'MAIL',
    needs: LEADS,
  },
  {
    re: /\b(?:in reply to|after|while sending|response to|during)\s+(?:the\s+)?(?:end of data|data|message body)\b/,
    command: 'DATA',
    needs: LEADS,
  },
  {
    re: /\b(?:in reply to|after|while sending|response to|during)\s+(?:the\s+)?(?:ehlo|helo|lhlo)\b/,
    command: 'EHLO',
    needs: LEADS,
  },
  {
    re: /\b(?:in reply to|after|response to)\s+(?:the\s+)?starttls\b/,
    command: 'STARTTLS',
    needs: ['in reply to', 'after', 'response to'],
  },
  {
    re: /\b(?:in reply to|after|response to)\s+(?:the\s+)?auth\b/,
    command: 'AUTH',
    needs: ['in reply to', 'after', 'response to'],
  },
  {
    re: /\b(?:in reply to|after)\s+(?:the\s+)?(?:initial connection|connect|greeting|banner)\b/,
    command: 'CONN',
    needs: ['in reply to', 'after'],
  },
  {
    re: /\bdoes not like recipient\b|\brcpt to:?[ \t]*<[^>\n]{0,300}>[ \t]*(?::[ \t]*)?$/m,
    command: 'RCPT',
    needs: ['does not like recipient', 'rcpt to'],
  },
  {
    re: /\bdoes not like sender\b|\bsender was rejected\b|\bmail from:?[ \t]*<[^>\n]{0,300}>[ \t]*(?::[ \t]*)?$/m,
    command: 'MAIL',
    needs: ['does not like sender', 'sender was rejected', 'mail from'],
  },
  {
    re: /\bfailed after i sent the message\b|\bafter end of data\b|\bdid not like our (?:final )?data\b/,
    command: 'DATA',
    needs: ['failed after i sent the message', 'after end of data', 'did not like our'],
  },
  { re: /\bdid not like our rcpt\b/, command: 'RCPT', needs: ['did not like our rcpt'] },
  { re: /\bdid not like our mail\b/, command: 'MAIL', needs: ['did not like our mail'] },
  {
    re: /\bgreeting failed\b|\bconnected but greeting\b|\brefused to talk to me\b|\binitial server greeting\b/,
    command: 'CONN',
    needs: ['greeting failed', 'connected but greeting', 'refused to talk to me', 'initial server greeting'],
  },
  {
    re: /\bsmtp:rcpt\b|\[rcpt_to\]|\brcpt to:?[ \t]*<[^>\n]{0,300}>[^\n]{0,40}\n[ \t]*[45]\d\d[ -]/,
    command: 'RCPT',
    needs: ['smtp:rcpt', '[rcpt_to]', 'rcpt to'],
  },
  { re: /\bsmtp:mail\b|\[mail_from\]/, command: 'MAIL', needs: ['smtp:mail', '[mail_from]'] },
  // Yahoo tags the stage of a remote's reply: "[RCPT_TO]" above, "[BODY]" after the data.
  { re: /\[body\]/, command: 'DATA', needs: ['[body]'] },
  { re: /\bmy name was rejected\b/, command: 'HELO', needs: ['my name was rejected'] },
];

const NEEDED = [...new Set(COMMAND_WORDS.flatMap((w) => w.needs))];
const NEEDED_SCAN = literalAlternation(NEEDED, 'g');

// A command line in a sendmail (">>>"), swaks ("->", "~>") or telnet transcript. Both line patterns are
// tried on lines with their leading blanks removed: a leading \s* before optional parts backtracks.
const TRANSCRIPT_COMMAND =
  /^(?:(?:>>>|->|~>|C:)\s*(rcpt|mail|data|ehlo|helo|lhlo|starttls|auth|quit|\.)\b|(rcpt) to\s*:|(mail) from\s*:|(data|quit|starttls)\s*$|(ehlo|helo)\s+\S+\s*$)/i;
// What every TRANSCRIPT_COMMAND line starts with: a text without one has no stage to read (most texts).
const COMMAND_LINE_START = /^[^\S\n\r\u2028\u2029]*(?:>>>|->|~>|c:|rcpt|mail|data|quit|starttls|ehlo|helo)/im;
// A reply line in the same transcripts ("<<< 550 ", "<** 550-", "<- 250 ", plain "550 ").
const TRANSCRIPT_REPLY = /^(?:(<<<|<\*\*|<-|<~\*?|S:)[ \t]*)?([2-5]\d\d)([ -]|$)/;
// A reply line with one of the prefixes anywhere in the text.
const PREFIXED_REPLY = /^[ \t]*(?:<<<|<\*\*|<-|S:)/m;

/** The command a reply answered, as the words around it say ("after RCPT TO", "does not like sender"). */
export function commandFromWords(lowerText: string): SmtpCommand | undefined {
  const seen = literalsIn(lowerText);
  const command = commandIn(lowerText, seen);
  if (command) return command;
  // Postfix folds its words across lines ("(in\n    reply to RCPT TO command)"): read once more unfolded,
  // unless no wording is there at all, folded or not (most texts: no copy, no second scan).
  if (seen.size === 0 && !FOLDED_SCAN.test(lowerText)) return undefined;
  const unfolded = collapseWhitespace(lowerText);
  return unfolded === lowerText ? undefined : commandIn(unfolded, literalsIn(unfolded));
}

// Each multi-word literal of NEEDED with one gap that is not a single space (a line break, a tab, two
// spaces: what unfolding changes), as one alternation.
const FOLDED_SCAN = new RegExp(
  NEEDED.flatMap((literal) => {
    const words = literal.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return words
      .slice(1)
      .map((_, gap) =>
        words.map((w, i) => (i === 0 ? w : `${i === gap + 1 ? '(?:\\s{2,}|[^\\S ])' : '\\s+'}${w}`)).join(''),
      );
  }).join('|'),
);

/** The first wording (in order) whose literals were seen and whose pattern matches. */
function commandIn(lowerText: string, seen: ReadonlySet<string>): SmtpCommand | undefined {
  if (seen.size === 0) return undefined;
  for (const { re, command, needs } of COMMAND_WORDS) {
    if (needs.some((literal) => seen.has(literal)) && re.test(lowerText)) return command;
  }
  return undefined;
}

/** The NEEDED literals the text holds, in one scan (overlapping ones too: "after end of data" holds "after"). */
function literalsIn(text: string): Set<string> {
  const seen = new Set<string>();
  NEEDED_SCAN.lastIndex = 0;
  for (let m = NEEDED_SCAN.exec(text); m; m = NEEDED_SCAN.exec(text)) {
    for (const literal of NEEDED) if (text.startsWith(literal, m.index)) seen.add(literal);
    NEEDED_SCAN.lastIndex = m.index + 1;
  }
  return seen;
}

/**
 * In a sendmail-style transcript (">>> RCPT To:<x>" then "<<< 550 ..."), the command answered by the
 * error reply that names the recipient, or by the first error reply. With PIPELINING several replies
 * follow one command: all but the last answer the RCPTs sent before it. `afterData`: that reply only came
 * back after DATA was sent (a pipelined RCPT answer), so the sender committed the message before seeing it.
 */
export function transcriptStage(text: string, recipient?: string): TranscriptStage {
  const { first, byAddress } = readTranscript(text);
  return (recipient ? byAddress.get(recipient) : undefined) ?? first ?? { afterData: false };
}

interface TranscriptStage {
  command?: SmtpCommand;
  afterData: boolean;
}

interface TranscriptReading {
  /** The first error reply's stage. */
  first?: TranscriptStage;
  /** The stage of the first error reply that names each address (lower case). */
  byAddress: Map<string, TranscriptStage>;
}

// A bounce's recipients all look in the same text: it is read once, not once per recipient.
const readTranscript = rememberLast((text: string): TranscriptReading => {
  const reading: TranscriptReading = { byAddress: new Map() };
  // A mail server's session log (Postfix -v, Exchange's protocol log) is read as the transcript it holds.
  const sessionLog = text.includes(']: > ') || text.includes(',>,') || text.includes(',<,');
  if (!sessionLog && !COMMAND_LINE_START.test(text)) return reading;
  let command: SmtpCommand | undefined;
  let replies: { error: boolean; prefixed: boolean; lines: string[]; open: boolean }[] = [];
  // Sendmail repeats its own summary unprefixed; only a telnet-style paste has bare replies. Looked for
  // once, at the first bare reply (most texts have none).
  let prefixed: boolean | undefined;
  // A prefixed error reply before the first command line answered the connection (a refused greeting);
  // it is the first stage only when no later error reply is found (sendmail shows an earlier host's too).
  let greeting: TranscriptStage | undefined;
  const settle = (beforeCommand = false) => {
    replies.forEach((reply, i) => {
      if (!reply.error) return;
      if (beforeCommand) {
        if (reply.prefixed) greeting ??= { command: 'CONN', afterData: false };
        return;
      }
      const answered = i < replies.length - 1 && command === 'DATA' ? 'RCPT' : command;
      const stage = { command: answered, afterData: command === 'DATA' };
      reading.first ??= stage;
      for (const line of reply.lines) {
        for (const { address } of findAddresses(line)) {
          if (!reading.byAddress.has(address)) reading.byAddress.set(address, stage);
        }
      }
    });
    replies = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = (sessionLog ? asTranscriptLine(rawLine) : rawLine).trimStart();
    const sent = TRANSCRIPT_COMMAND.exec(line);
    if (sent) {
      settle(command === undefined);
      command = toCommand(sent[1] ?? sent[2] ?? sent[3] ?? sent[4] ?? sent[5] ?? '');
      continue;
    }
    const reply = TRANSCRIPT_REPLY.exec(line);
    if (!reply) continue;
    if (!reply[1]) {
      prefixed ??= PREFIXED_REPLY.test(text);
      if (prefixed) continue;
    }
    const last = replies.at(-1);
    const lines = line.includes('@') ? [line] : [];
    if (last?.open) {
      last.lines.push(...lines);
      last.open = reply[3] === '-';
    } else {
      replies.push({
        error: /^[45]/.test(reply[2] ?? ''),
        prefixed: !!reply[1],
        lines,
        open: reply[3] === '-',
      });
    }
  }
  settle(command === undefined);
  reading.first ??= greeting;
  return reading;
});

function toCommand(word: string): SmtpCommand {
  const w = word.toUpperCase();
  if (w === 'HELO' || w === 'EHLO' || w === 'LHLO') return 'EHLO';
  if (w === '.') return 'DATA';
  return w as SmtpCommand;
}

/**
 * A Remote-MTA field value: "mx.example.org", "[192.0.2.5]", or Gmail's
 * "mx.example.org. (192.0.2.5, the server for the domain example.org.)".
 */
export function parseRemoteMta(field: string | undefined): { host?: string; ip?: string } {
  if (!field) return {};
  const value = plainAddressLiterals(field);
  const token =
    value
      .trim()
      .split(/[\s(]/, 1)[0]
      ?.replace(/^\[|\]$/g, '')
      .replace(/\.$/, '') ?? '';
  const isIp = /^[\d.]+$/.test(token) || (token.includes(':') && /^[0-9a-f:.]+$/i.test(token));
  // "(192.0.2.5, the server …)", Courier's "mx.example.org [192.0.2.5]", Sun's "(TCP|local|port|192.0.2.5|25)".
  const inParens =
    /[([]\s{0,3}([0-9a-f:.]{3,45})[,)\]\s]/i.exec(value)?.[1] ??
    /\(TCP\|[0-9a-f:.]{3,45}\|\d{1,5}\|([0-9a-f:.]{3,45})\|/i.exec(value)?.[1];
  const ip = isIp
    ? token
    : inParens && (findIpv4(inParens) === inParens || inParens.includes(':'))
      ? inParens
      : undefined;
  return { host: !isIp && token ? token : undefined, ip };
}

// "[IPv6:2001:db8::1]" (RFC 5321's address literal, also "[ipv6:…]"), "[fe80::1%eth0]" (a zone id).
const IPV6_TAG = /\[ipv6:(?=[0-9a-f:]{2,45}[\]%])/gi;
const ZONE_ID = /(\[[0-9a-f:.]{2,45})%[\w.-]{1,32}\]/gi;

/** Address literals as plain addresses in brackets: the IPv6 tag and a zone id dropped. */
export function plainAddressLiterals(text: string): string {
  const tagged = text.includes('Pv6:') || text.includes('pv6:') ? text.replace(IPV6_TAG, '[') : text;
  return tagged.includes('%') ? tagged.replace(ZONE_ID, '$1]') : tagged;
}

// The server the text names as the one that answered (or never did), most specific wording first.
// `needs`: lower-case literals every match holds (a list: one of them); a pattern is tried only on a text
// that has them all (see LiteralGate). Most texts name the server in one wording or none, so most
// patterns never scan, and a literal several patterns need ("[") is looked for once.
// `line`: a piece every match holds on its own line. A pattern that starts with a character class would
// be tried at every word of the text, so it is tried (g flag) from the line where that piece first is.
export const REMOTE_PATTERNS: { re: RegExp; needs: Needs; line?: RegExp }[] = [
  // "host mx.example.org[192.0.2.1]", Exim's "host mx.example.org [192.0.2.1]" and "host 2001:db8::25 [2001:db8::25]".
  { re: /\bhost\s+([a-z0-9][\w.:-]{0,253})\s*\[([0-9a-f:.]{3,45})\]/i, needs: ['[', 'host'] },
  // Postfix's own words when the server never replied: "connect to mx.example.org[192.0.2.1]:25: …".
  {
    re: /\b(?:connect to|lost connection with|conversation with)\s+([a-z0-9][\w.-]{0,253})\[([0-9a-f:.]{3,45})\]/i,
    needs: ['[', ['connect to', 'lost connection with', 'conversation with']],
  },
  // "mx.example.org[192.0.2.1] responded with failure: 552 …": the host that answered.
  {
    re: /\b([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.?[ \t]?\[([0-9a-f:.]{3,45})\](?::\d{1,5})?[ \t]+(?:said|responded|replied)\b/gi,
    needs: ['[', ['said', 'responded', 'replied']],
    line: /\[[0-9a-f:.]{3,45}\](?::\d{1,5})?[ \t]+(?:said|responded|replied)\b/i,
  },
  // Courier, above its transcript: "    mx.example.org [192.0.2.1]:" on a line of its own.
  {
    re: /^[ \t]+([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.?[ \t]?\[([0-9a-f:.]{3,45})\]:[ \t]*$/gim,
    needs: ['[', ']:'],
    line: /\]:[ \t]*$/m,
  },
  // "SMTP:RCPT host 192.0.2.8: 553 5.3.0 …": the address that gave the reply.
  { re: /\bhost\s+((?:\d{1,3}\.){3}\d{1,3})\s{0,3}:\s{0,3}[245]\d\d\b/i, needs: ['host'] },
  // Gmail, when the server never answered: "[mx.example.org. 192.0.2.5: timed out]".
  {
    re: /\[([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.? ([0-9a-f:.]{3,45}): [^\]\n]{1,80}\]/i,
    needs: ['['],
  },
  // Gmail: "rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.5]."
  {
    re: /\bby\s+([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.?[ \t]{0,3}\[([0-9a-f:.]{3,45})\]/i,
    needs: ['[', 'by'],
  },
  { re: /\bwhile talking to\s+([a-z0-9][\w.-]{0,253}?)\.?:/i, needs: ['while talking to'] },
  // Exchange: "Receiving server: mx.example.org (192.0.2.1)" (its generating server is the reporting MTA); a
  // gateway's notice (Mimecast, Barracuda) naming the downstream server: "Remote host: mx.example.org (192.0.2.1)".
  {
    // A host name or address only: telnet's "Unable to connect to remote host: Connection refused" names none.
    re: /\b(?:remote server|receiving server|remote host):\s*([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10}|[0-9a-f]{0,4}:[0-9a-f:.]{2,43})\.?(?:[ \t]{0,3}\(([0-9a-f:.]{3,45})\))?/i,
    needs: [[' server:', 'remote host:']],
  },
  // Exchange 2013 on: "Remote Server at mx.example.org (192.0.2.1) returned '550 …'"; Kerio-style "Remote
  // server mx.example.org (192.0.2.1) replied"; hMailServer's "Remote server (192.0.2.1) issued an error".
  {
    re: /\bserver(?: at)?[ \t]([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})[ \t]?\(([0-9a-f:.]{3,45})\)[ \t]+(?:returned|replied|said|responded|issued)\b/i,
    needs: ['server', ['returned', 'replied', 'said', 'responded', 'issued']],
  },
  {
    re: /\bremote (?:smtp )?server[ \t]?\(([0-9a-f:.]{3,45})\)[ \t]+(?:returned|replied|said|responded|issued)\b/i,
    needs: ['remote ', ['returned', 'replied', 'said', 'responded', 'issued']],
  },
  // Without its address: "Remote server mx.example.org returned: 550 …", "The server mx.example.org
  // rejected the message". The name ends in a label that starts with a letter: "server 5.7.1" is none.
  {
    re: /\bserver[ \t]([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,9}\.[a-z][a-z0-9-]{1,62})\.?:?[ \t]+(?:returned|replied|said|responded|rejected|refused|answered)\b/i,
    needs: ['server', ['returned', 'replied', 'said', 'responded', 'rejected', 'refused', 'answered']],
  },
  // Exchange Online's NDR: "mx.example.org gave this error:" on a line of its own.
  {
    re: /^[ \t]*([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,9}\.[a-z][a-z0-9-]{1,62})\.?[ \t]+gave this error\b/gim,
    needs: ['gave this error'],
    line: /gave this error/i,
  },
  // CommuniGate Pro: "SMTP module(domain example.org) reports:\n host 192.0.2.1 says:".
  { re: /\bhost[ \t]+([a-z0-9][\w.:-]{0,253})[ \t]{1,3}says:/i, needs: ['host', 'says:'] },
  // Domino: "Error transferring to mx.example.org; SMTP Protocol Returned a Permanent Error 550 …".
  {
    re: /\berror transferring to[ \t]+\[?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\]?\.?;/i,
    needs: ['error transferring to'],
  },
  // MDaemon's session transcript: "Attempting SMTP connection to [192.0.2.1:25]".
  {
    re: /\battempting smtp connection to \[([\w.-]{1,253})(?::\d{1,5})?\]/i,
    needs: ['attempting smtp connection to ['],
  },
  // A client's transcript trying MX after MX: "Connecting to mx2.example.org [192.0.2.11]... connected". A line
  // that ends in its failure ("... Connection timed out") names a host that never answered.
  {
    re: /^[ \t]*connecting to[ \t]+([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.?[ \t]?\[([0-9a-f:.]{3,45})\](?::\d{1,5})?(?:\.{3}|…)?[ \t]*(?:connected\.?)?[ \t]*$/im,
    needs: ['connecting to'],
  },
  // Sendmail: "Deferred: Connection refused by mx.example.org.", "Connection timed out with mx.example.org.".
  {
    re: /\bconnection (?:refused|reset|timed out) (?:by|with)[ \t]+\[?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\]?/i,
    needs: ['connection ', [' by ', ' with ']],
  },
  // Exchange, a recipient's block: the remote's name on its own line right above "Remote Server returned".
  {
    re: /^[ \t]*([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.?[ \t]*\n[ \t]*remote server returned\b/im,
    needs: ['remote server returned'],
  },
  { re: /\bremote-mta:\s*dns;\s*\[?([a-z0-9][\w.:-]{0,253})\]?/i, needs: ['remote-mta:'] },
  // Exchange 2010: "mx.example.org #550 5.1.1 … ##".
  {
    re: /^[ \t]*([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10}) #[245]\d\d[ -]/gm,
    needs: ['#'], // ' #', looked for by its rarer half
    line: / #[245]\d\d[ -]/,
  },
  // Postfix's smtp client with -v: "postfix/smtp[1234]: < mx.example.org[192.0.2.1]:25: 550 …".
  {
    re: /\/smtp\[\d{1,10}\]: [<>] ([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\[([0-9a-f:.]{3,45})\]:\d{1,5}: /i,
    needs: ['/smtp['],
  },
  // Exchange's SmtpSend protocol log: the remote endpoint, at an SMTP port, before the direction
  // ("…,192.0.2.5:52011,192.0.2.1:25,<,"). In its SmtpReceive log the remote is the client: not named.
  {
    re: /^\d{4}-\d\d-\d\dT[\d:.]{8,16}Z?,[^,\n]{0,100},[0-9a-f]{8,16},\d{1,6},[0-9a-f:.[\]]{0,60}?:\d{1,5},\[?([0-9a-f:.]{3,45}?)\]?:(?:25|465|587|2525),[<>],/im,
    needs: [[',<,', ',>,']],
  },
  // PowerShell's Test-NetConnection: "ComputerName     : mx.example.org" then "RemoteAddress    : 192.0.2.10".
  {
    re: /^ComputerName[ \t]{0,40}:[ \t]{0,5}([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})[ \t]*\r?\n[ \t]*RemoteAddress[ \t]{0,40}:[ \t]{0,5}([0-9a-f:.]{3,45})/im,
    needs: ['computername', 'remoteaddress'],
  },
  // Exchange's diagnostic tags: "[LastAttemptedServerName=mx.example.org] [LastAttemptedIP=192.0.2.1:25]", the
  // server it last tried (its IPv4 address with the port; an IPv6 one is left out, its port not told apart).
  {
    re: /\[LastAttemptedServerName=([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.?\](?:[ \t]{0,3}\[LastAttemptedIP=((?:\d{1,3}\.){3}\d{1,3})(?::\d{1,5})?\])?/i,
    needs: ['lastattemptedservername='],
  },
  { re: /\bconnect(?:ed|ion)? to\s+([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\b/i, needs: ['connect'] },
  // Sun/Oracle Messaging Server: "(TCP|local ip|port|remote ip|port)".
  { re: /\(TCP\|[0-9a-f:.]{3,45}\|\d{1,5}\|([0-9a-f:.]{3,45})\|\d{1,5}\)/i, needs: ['(tcp|'] },
  // swaks and telnet: "=== Trying mx.example.org:25...", "Trying 192.0.2.1...".
  { re: /^(?:=== )?Trying \[?([0-9a-z][\w.:-]{0,253}?)\]?(?::\d{1,5})?\.\.\.[ \t]*$/im, needs: ['trying '] },
];
// qmail names the server by its address alone.
const QMAIL_REMOTE = /^[ \t]*(?:Connected to )?([\d.]{7,15}) (?:does not like|failed after|but )/m;
const QMAIL_NEEDS = ['does not like', 'failed after', 'but '];
const QMAIL_GIVING_UP = /^[ \t]*Giving up on ([\d.]{7,15})/m;
// telnet's "Trying 192.0.2.1..." gives the address of the host its "Connected to" line names.
const TRYING_IP = /^(?:=== )?Trying \[?([0-9a-f:.]{3,45})\]?(?::\d{1,5})?\.\.\./im;

/** The remote server named in the text ("host mx.example.org[192.0.2.1] said:", "while talking to ..."). */
export function findRemote(written: string): { host?: string; ip?: string } {
  const text = plainAddressLiterals(written);
  REMOTE_GATE.reset(text.toLowerCase());
  for (let i = 0; i < REMOTE_PATTERNS.length; i++) {
    if (!REMOTE_GATE.passes(REMOTE_GATES[i] as number)) continue;
    const m = remoteMatch(text, REMOTE_PATTERNS[i] as (typeof REMOTE_PATTERNS)[number]);
    if (m?.[1]) return remoteOf(text, m);
  }
  const qmail =
    (QMAIL_NEEDS.some((literal) => text.includes(literal)) ? QMAIL_REMOTE.exec(text) : null) ??
    (text.includes('Giving up on ') ? QMAIL_GIVING_UP.exec(text) : null);
  if (qmail?.[1]) return { ip: qmail[1] };
  return {};
}

const REMOTE_GATE = new LiteralGate();
const REMOTE_GATES = REMOTE_PATTERNS.map((p) => REMOTE_GATE.add(p.needs));

/**
 * The pattern's first match. One with a `line` piece is matched from the start of the line where that
 * piece is first found: every match holds the piece on its own line, so none starts on an earlier line.
 */
/** The host and address a REMOTE_PATTERNS match names (telnet's "Trying 192.0.2.1..." may give the address). */
export function remoteOf(text: string, m: RegExpExecArray): { host?: string; ip?: string } {
  const host = wholeHost(text, m).replace(/\.$/, '');
  const ip = m[2] ?? (isIP(host) ? host : undefined);
  if (ip === host) return { ip };
  const tried = !ip && text.includes('Trying ') ? TRYING_IP.exec(text)?.[1] : undefined;
  return { host, ip: ip ?? (tried && isIP(tried) ? tried : undefined) };
}

/**
 * The name a pattern caught, with the start an internationalised name's non-ASCII letters cut off: the
 * patterns' ASCII classes start "mx.bücher.example" at "cher.example".
 */
function wholeHost(text: string, m: RegExpExecArray): string {
  const name = m[1] as string;
  let start = m.index + m[0].indexOf(name);
  const before = text.charAt(start - 1);
  if (before.charCodeAt(0) <= 0x7f || !NAME_CHAR.test(before)) return name;
  const end = start + name.length;
  // A host name is at most 253 characters: never more, whatever letters stand before it.
  while (start > 0 && end - start < 253 && NAME_CHAR.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}
const NAME_CHAR = /[\p{L}\p{N}.-]/u;

function remoteMatch(text: string, { re, line }: { re: RegExp; line?: RegExp }): RegExpExecArray | null {
  if (!line) return re.exec(text);
  const piece = line.exec(text);
  if (!piece) return null;
  re.lastIndex = text.lastIndexOf('\n', piece.index) + 1;
  return re.exec(text);
}
