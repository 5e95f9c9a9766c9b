import { describe, expect, it } from 'vitest';
import { printableText, withoutAnsiEscapes } from '../../../src/bounce/binary-text.js';
import { detectProvider, findBlocklists, findReferenceCodes } from '../../../src/bounce/detect-provider.js';
import { decodePart } from '../../../src/bounce/email/decode-part.js';
import { looksLikeEmail, parseHeaderBlock, splitHeaders } from '../../../src/bounce/email/header-block.js';
import { htmlToText, plainParts } from '../../../src/bounce/email/plain-parts.js';
import { decodeBytes, readEmail } from '../../../src/bounce/email/read-email.js';
import { findMarker, findReturnedMessage } from '../../../src/bounce/email/returned-message.js';
import {
  cleanAddress,
  findAddresses,
  findAllIpv4,
  findIpv4,
  findIpv6,
  firstAddress,
  isRobotAddress,
} from '../../../src/bounce/extract/addresses.js';
import { readConsoleTrace } from '../../../src/bounce/extract/console-trace.js';
import { diagnosticFor, pickDiagnostic } from '../../../src/bounce/extract/diagnostic.js';
import { readDmarcReport } from '../../../src/bounce/extract/dmarc-report.js';
import {
  diagnosticCode,
  fieldValue,
  readDisposition,
  readDsnFields,
} from '../../../src/bounce/extract/dsn-fields.js';
import { looksLikeEspEvent, readEspEvents } from '../../../src/bounce/extract/esp-events.js';
import { readFilterHeaders } from '../../../src/bounce/extract/filter-headers.js';
import { forgedCopyIn } from '../../../src/bounce/extract/forged-copy.js';
import { readLogLines } from '../../../src/bounce/extract/log-lines.js';
import { isLogLine, readLogLine } from '../../../src/bounce/extract/mta-log.js';
import { mtaOwnText } from '../../../src/bounce/extract/mta-text.js';
import { readRoute } from '../../../src/bounce/extract/received-hops.js';
import { withReplyTuplesUnwrapped } from '../../../src/bounce/extract/reply-tuple.js';
import { mentionRole, SENDER_LEAD, scanText } from '../../../src/bounce/extract/scan-text.js';
import { findSendingIp } from '../../../src/bounce/extract/sending-ip.js';
import {
  looksLikeSesNotification,
  readSesNotification,
} from '../../../src/bounce/extract/ses-notification.js';
import {
  commandFromWords,
  findRemote,
  parseRemoteMta,
  transcriptStage,
} from '../../../src/bounce/extract/smtp-context.js';
import {
  collapseSpace,
  findReplyCode,
  findStatus,
  hasStandingStatus,
  parseReply,
  stripReplyPrefixes,
} from '../../../src/bounce/extract/smtp-reply.js';
import { lureIn } from '../../../src/bounce/lure.js';
import {
  isApiRefusal,
  isAutoReply,
  isBareReply,
  isFailureNotice,
  notFailureKind,
} from '../../../src/bounce/notice-kind.js';
import { retiredAddressPhrase } from '../../../src/bounce/retired-address.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * Issue 2: "No regular expression may backtrack catastrophically: a test feeds 1 MiB adversarial strings
 * to every pattern family and bounds the time." Each fragment below stresses one family; it is repeated
 * to 1 MiB and ends in a character that makes every pattern fail, once as one long line and once as
 * 4,000-character lines for the families that line-based readers see. Every call must finish within
 * BOUND_MS of CPU time.
 *
 * Measured on the 2-core development machine: the slowest single call took about 630 ms (commandFromWords
 * on "rcpt to:<" repeated, each occurrence scanning up to 300 characters for ">"), readBounceRecords at most
 * about 600 ms, most helpers a few milliseconds. 10x that is above the 3 s ceiling, so the bound is 3 s.
 */
const BOUND_MS = 3000;
const MIB = 1 << 20;

/**
 * The CPU time a call takes (this process, all its threads), not the wall time: other test runs on a
 * busy machine stretch the wall clock, not the work done, and the work is what backtracking blows up.
 */
async function cpuMs(call: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await call();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const FRAGMENTS: Record<string, string[]> = {
  addresses: [
    'a@',
    'a.',
    'é',
    'x@y.',
    'é@',
    '@a-a.',
    'a-',
    'a@b.c ',
    'a@b.jp您',
    'a@b.c.您好',
    '@例.j',
    '字a@',
    '字a',
  ],
  ips: ['1.1.', '[1:', '[IPv6:1:', 'client 1.1.1.'],
  'filter headers': [
    'tests=a ',
    'score=1',
    'spf=pass (',
    '(a',
    'SPF: PASS with IP 1',
    'X-Spam-Status: ',
    'tests=[a=1, ',
    'dmarc=fail dis=',
    'from a (b [1.1.1.',
    ' by ',
    '> > ',
    'Spam Confidence Level\t',
    'Probability=9',
    'Yes-1.',
    '1.3 RDNS_NONE ',
    'BAYES_50 0.8, ',
    "IP='1.",
  ],
  'received hops': ['Received: from a by b id c; ', ' by ', 'id <', '; Fri, 4 Dec 2026 1', '\n\t'],
  'dmarc reports': ['<a>', '<record>', '<x:', '</', '<feedback ', '<source_ip>1', '<!--', '<![CDATA['],
  lures: [
    '1 new ',
    '(1) incoming ',
    'release the ',
    'http://a',
    'click ',
    'within 1',
    'verify your ',
    '@a.',
    'log in ',
  ],
  'terminal escapes': ['\x1b]', '\x1b]0;a', '\x1b[', '\x1b[1;', '\x1b[1;31 ', '\x00', '\x1b\\'],
  'status codes': ['5.5.', '550-', '550 5.1.1 ', '#5.1.1', '(#5.5.', '\n550-'],
  brackets: ['<', '[', '(', 'AS(', '[S', '<br'],
  dots: ['.', "'."],
  headers: [
    'From: ',
    'X-A: ',
    'Final-Recipient: rfc822; a@b',
    'Diagnostic-Code: smtp; ',
    'Remote-MTA: dns; ',
    'content-type: message/rfc822\n',
    'boundary=a',
    '--b\n',
  ],
  // Only blanks: a /^\s*…/m pattern rescans every following blank line from each line start.
  whitespace: [
    'a \t ',
    '\tx',
    ' x',
    'a\n',
    '\n>>> ',
    '\n-> ',
    '\n<** ',
    '\n',
    ' \n',
    ' ',
    '\t',
    '\r\n',
    '\r',
    ' \u2028',
    '\n>',
    '\n 550',
  ],
  'encoded words': ['=?x?b?'],
  separators: ['-----'],
  'console traces': [
    'Status: Failed\t',
    'To: a@b.c ',
    'a     :  ',
    'a@b.c\tFailed\t550 5.1.1 ',
    '-- ',
    '{LED=550 ',
    '[{LRT=};{LED=',
    'Message 1 to a@b.c ',
    "('550', ['a', ",
    "', '",
  ],
  'log lines': [
    ' status=bounced (',
    ' to=<',
    ' relay=',
    'NOQUEUE: reject: ',
    ' ** ',
    ' == ',
    ' stat=',
    'rejected RCPT <',
    // Round 14: delivery lines and the lines that join one message's (a grep of its queue id).
    ' => ',
    ' rejected EHLO from [',
    '[1]: ABCDE1: from=<',
    ' 1vT2kL-000Di9-CP <= ',
    ' starting delivery 1: msg 1 to remote ',
    ' info msg 1: bytes 1 from <',
    ' lmtp(a@b)<1><2>: msgid=<',
    ': save failed to ',
  ],
  // MTAs' own texts, Exchange headings and multi-line replies closed by a "550 " line.
  'mta texts': [
    '<a@b>: ',
    '<a@b> (expanded from <',
    '  a@b\n    ',
    '  a@',
    'Deferred: Connection ',
    'recipients or groups',
    'recipients or groups :',
    '550-a\n550 ',
    '550-\n',
  ],
  transcripts: [
    'rcpt to:<',
    '>>> RCPT ',
    '<<< 550-',
    '<** 550-',
    '<~* 550 error: ',
    '\n<-  ',
    'said: ',
    'remote host said: ',
    'host a.',
    'while talking to a.',
    'connect to a.',
    'connect to a.a[1.',
    'lost connection with a[',
    '550-Sent: ',
    '\n550-Called:',
  ],
  other: [
    'http://a',
    '{"notificationType":',
    'callout ',
    'verify failed for ',
    'x',
    'mail from:<a@',
    '@a.a',
    'returned message ',
    'OFR_9',
    '{"sg_event_id":',
    '[{"event":"failed","delivery-status":{',
    '{"RecordType":"Bounce","Details":"',
    'sender address ',
    'forward this to ',
    'failed the check in ',
    'generated from <',
    ': sender address rejected',
    'rejected by sender block list ',
    'Отправитель a ',
    'mail from ',
    '{a@b.c',
    'reason:\n-----\n',
    '[name=a',
    'S3150 ',
  ],
  // The field round: remote servers and sending IPs in their many wordings.
  fields: [
    '  a.a [1.1.1.1]:',
    'Receiving server: a (',
    '(TCP|1.1.1.1|1|',
    'a #550 5.1.1 ',
    '#550 ',
    '=== Trying a',
    'Trying [1:',
    'Trying 1.1.1.1',
    ' H=a [1.1.1.1] X=a:1',
    '** a@b R=a ',
    ', reject=',
    ' ruleset=check_rcpt, arg1=<',
    ' relay=a.',
    ' relay=a. [1.1.1.1]',
    'client host [1.1.1.1',
    '[IPv6:1::',
    '1::',
    'a:1:',
    '[1.1.1.1  ',
    'your ip 1.1.1.1 ',
    'mx.a [1.1.1.1] ',
    'http://1.1.1.1',
    ': reject: RCPT from a[1.1.1.1]: ',
    ': reject: header a from a[1.1.1.1]; from=<a> helo=<a>: ',
    ' H=(a) [',
    ' H=a (a) [1.1.1.1',
    ' I=[1.1.1.1]:1',
    '** a@b <a@b> ',
    ' relay=a. [IPv6:1::',
    '(in\n    reply to ',
    'spf [a.b:1.1.1.1] ',
    '[a.a.a.a:',
    ' h=a.a.a (',
    'h=(a) h=',
    ' H=a (a) [1.1.1.1] ',
    '1:1:1:1:1:1:1:',
    'designate 1.1.1.',
    'Disposition: a; b/',
  ],
};

/** Every exported helper of src/bounce/extract/* and email/* that reads text, plus the whole reader. */
const HELPERS: Record<string, (s: string) => unknown> = {
  findAddresses,
  firstAddress,
  cleanAddress,
  isRobotAddress,
  findIpv4,
  findAllIpv4,
  findIpv6,
  diagnosticFor: (s) => diagnosticFor([s, s], s, 'a@b.c'),
  pickDiagnostic: (s) => pickDiagnostic(s, 'a@b.c'),
  readDsnFields,
  readDisposition,
  fieldValue,
  diagnosticCode,
  isLogLine,
  readLogLine,
  readLogLine8k: (s) => readLogLine(`${s.slice(0, 8191)}!`),
  readLogLines: (s) => readLogLines(s.split('\n', 20_000)),
  readLogLines8k: (s) => readLogLines([`${s.slice(0, 8191)}!`]),
  readConsoleTrace,
  withReplyTuplesUnwrapped,
  withoutAnsiEscapes,
  printableText,
  readFilterHeaders,
  lureIn: (s) => lureIn(`${s}\nhttps://${s}`, () => ['example.com']),
  readDmarcReport: (s) => readDmarcReport(`<feedback><record>${s}</record></feedback>`),
  readRoute: (s) => readRoute(`Received: ${s}\nReceived: from ${s}; ${s}\nDate: ${s}`),
  forgedCopyIn: (s) => forgedCopyIn(`Authentication-Results: ${s}\nReceived-SPF: ${s}`),
  'readFilterHeaders (header)': (s) => readFilterHeaders(`X-Spam-Status: ${s}\nAuthentication-Results: ${s}`),
  'readFilterHeaders (received)': (s) =>
    readFilterHeaders(`X-Spam-Flag: YES\nReceived: from ${s}\nReceived: ${s}`),
  'readFilterHeaders (tables)': (s) =>
    readFilterHeaders(`Spam Confidence Level\t${s}\n12\tAuthentication-Results\t${s}\nX-TM-AS-Result: ${s}`),
  'readFilterHeaders (reports)': (s) =>
    readFilterHeaders(`X-Spam-Status: No\nX-Ham-Report: ${s}\nX-Spam-hits: ${s}\nX-Spam-source: ${s}`),
  'readFilterHeaders (arc)': (s) =>
    readFilterHeaders(
      `ARC-Authentication-Results: i=1; ${s}\nX-PerlMx-Spam: ${s}\nX-Barracuda-Spam-Status: ${s}`,
    ),
  'readConsoleTrace (table)': (s) => readConsoleTrace(`Recipient\tStatus\tDetail\n${s}`),
  'readConsoleTrace (csv)': (s) => readConsoleTrace(`Recipient,Status,Reason\n${s}`),
  'readConsoleTrace (aligned)': (s) => readConsoleTrace(`To   Status Reason\n---- ------ ------\n${s}`),
  scanText: (s) => scanText(s, new Set(['x@y.z']), new Set(['a@b.c'])),
  SENDER_LEAD: (s) => SENDER_LEAD.test(s),
  mentionRole: (s) => mentionRole(s, s.length >> 1, 5),
  looksLikeSesNotification,
  readSesNotification,
  looksLikeEspEvent,
  readEspEvents,
  commandFromWords: (s) => commandFromWords(s.toLowerCase()),
  transcriptStage: (s) => transcriptStage(s, 'a@b.c'),
  findRemote,
  findSendingIp: (s) => findSendingIp(s, '192.0.2.1'),
  parseRemoteMta,
  hasStandingStatus,
  isBareReply,
  findStatus,
  findReplyCode,
  parseReply,
  stripReplyPrefixes,
  collapseSpace,
  looksLikeEmail,
  splitHeaders,
  parseHeaderBlock,
  plainParts: (s) => plainParts(s, 'multipart/report; boundary="b"'),
  htmlToText,
  decodePart: (s) =>
    decodePart(
      s,
      new Map([
        ['content-type', `text/plain; ${s}`],
        ['content-transfer-encoding', 'quoted-printable'],
      ]),
    ),
  'decodePart (base64)': (s) =>
    decodePart(
      s,
      new Map([
        ['content-type', `text/plain; charset=utf-8`],
        ['content-transfer-encoding', `base64 ${s}`],
      ]),
    ),
  readEmail,
  decodeBytes: (s) => decodeBytes(Buffer.from(s)),
  findReturnedMessage,
  findMarker,
  findBlocklists,
  findReferenceCodes,
  detectProvider: (s) => detectProvider({ hosts: [s.slice(0, 300)], text: s }),
  isFailureNotice: (s) => isFailureNotice(s.slice(0, 200), s),
  notFailureKind: (s) => notFailureKind(s.slice(0, 200), `have been held for you\n${s}`),
  'notFailureKind (success)': (s) => notFailureKind('', `had successful delivery notifications\n${s}`),
  'notFailureKind (warning)': (s) => notFailureKind('', `${s} has reached 90% of your ${s}`),
  isAutoReply: (s) => isAutoReply(new Map([['subject', s]])),
  retiredAddressPhrase,
  mtaOwnText,
  isApiRefusal,
  readBounceRecords,
  'readBounceRecords (html email)': (s) =>
    readBounceRecords(
      `From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\nContent-Type: text/html\n\n${s}`,
    ),
  'readBounceRecords (read receipt)': (s) =>
    readBounceRecords(
      `From: a@example.org\nContent-Type: multipart/report; report-type=disposition-notification; boundary="b"\n\n--b\nContent-Type: message/disposition-notification\n\n${s}`,
    ),
  'readBounceRecords (email)': (s) =>
    readBounceRecords(
      `From: MAILER-DAEMON@example.org\nTo: a@example.com\nSubject: Undelivered Mail\nContent-Type: multipart/report; boundary="b"\n\n--b\n${s}`,
    ),
};

/** `fragment` repeated to 1 MiB, as one line or as 4,000-character lines, ending in a failing character. */
function adversarial(fragment: string, shape: 'line' | 'lines'): string {
  const fill = (length: number) => fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length);
  const body =
    shape === 'line' ? fill(MIB - 1) : `${fill(4000)}\n`.repeat(Math.ceil(MIB / 4001)).slice(0, MIB - 1);
  return `${body}!`;
}

// Families whose patterns are anchored at line starts or read line by line also get the many-lines shape.
const LINE_FAMILIES = new Set([
  'status codes',
  'headers',
  'whitespace',
  'separators',
  'log lines',
  'mta texts',
  'transcripts',
  'console traces',
]);

const CASES = Object.entries(FRAGMENTS).flatMap(([family, fragments]) =>
  fragments.flatMap((fragment) =>
    (LINE_FAMILIES.has(family) ? (['line', 'lines'] as const) : (['line'] as const)).map(
      (shape) => [family, JSON.stringify(fragment), shape, fragment] as const,
    ),
  ),
);

// One occurrence of a pattern's lead followed by 1 MiB of what its trailing quantifiers accept.
const LEAD_THEN_FILL: [string, string][] = [
  ['rcpt to:<a@b.c>', ' '],
  ['mail from:<a@b.c>', '\t'],
  ['rcpt to:<a@b.c>\n', '\n'],
  ['>>>', ' '],
  ['<<<', ' '],
  ['550', ' '],
  ['host a', ' '],
  ['remote-mta: dns;', ' '],
  ['final-recipient: rfc822; a@b.c', ' '],
  ['<', ' '],
  ['a@b.c', '.'],
];

describe('1 MiB adversarial input finishes in bounded time', () => {
  it.each(LEAD_THEN_FILL)('%j then 1 MiB of %j', async (lead, fill) => {
    const input = `${lead}${fill.repeat(MIB - lead.length - 1)}!`;
    for (const [name, helper] of Object.entries(HELPERS)) {
      const elapsed = await cpuMs(() => helper(input));
      expect(elapsed, `${name} took ${elapsed.toFixed(0)} ms of CPU`).toBeLessThan(BOUND_MS);
    }
  });

  it.each(CASES)('%s: %s as one %s', async (_family, _shown, shape, fragment) => {
    const input = adversarial(fragment, shape);
    expect(input.length).toBe(MIB);
    for (const [name, helper] of Object.entries(HELPERS)) {
      const elapsed = await cpuMs(() => helper(input));
      expect(elapsed, `${name} took ${elapsed.toFixed(0)} ms of CPU`).toBeLessThan(BOUND_MS);
    }
  });
});

describe('a bounce naming tens of thousands of recipients', () => {
  // Each recipient once looked through the whole text (its transcript, its context): quadratic in the
  // paste. Eight times the text may take at most about eight times as long, with room for noise.
  const groups = (bytes: number) => {
    const out: string[] = [];
    for (let i = 0, length = 0; length < bytes; i++) {
      const group = `Final-Recipient: rfc822; user${i}@example.org\nAction: failed\nStatus: 5.0.0\n\n`;
      out.push(group);
      length += group.length;
    }
    return out.join('');
  };
  const timed = async (text: string) => {
    let records = 0;
    const ms = await cpuMs(async () => {
      records = (await readBounceRecords(text)).length;
    });
    return { ms, records };
  };

  it('is read in time linear in its size', async () => {
    await timed(groups(1 << 12)); // warm-up
    const small = await timed(groups(1 << 17));
    const large = await timed(groups(1 << 20));
    expect(large.records).toBeGreaterThan(7 * small.records);
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(24);
  });
});
