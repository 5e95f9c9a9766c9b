import { FORWARD_SEPARATORS } from '../knowledge/forward-separators.js';
import { READ_RECEIPT_SUBJECT, READ_RECEIPT_WORDS } from '../knowledge/not-failure-notices.js';
import { MDN_REFUSAL_WORDS, REPORTING_SERVER_LABELS } from '../knowledge/notice-headings.js';
import { looksBinary, withoutAnsiEscapes } from './binary-text.js';
import { isChatAboutReply } from './chat-framing.js';
import {
  detectProvider,
  findBlocklists,
  findReferenceCodes,
  providerOwningCode,
  withCodeLists,
} from './detect-provider.js';
import { forwardedBounce } from './email/forwarded-bounce.js';
import { findBlankLine, looksLikeEmail, parseHeaderBlock } from './email/header-block.js';
import { asciiText, decodeBytes, type EmailView, readEmail } from './email/read-email.js';
import { findMarker, findReturnedMessage } from './email/returned-message.js';
import { cleanAddress, domainOf, findAddresses, firstAddress, isRobotAddress } from './extract/addresses.js';
import { clientAccounts, unwrapClientError } from './extract/client-error.js';
import { withoutCodeFences } from './extract/code-fences.js';
import { type ConsoleEntry, readConsoleTrace } from './extract/console-trace.js';
import { diagnosticFor } from './extract/diagnostic.js';
import {
  type DsnReport,
  diagnosticCode,
  type FieldMap,
  fieldValue,
  readDisposition,
  readDsnFields,
} from './extract/dsn-fields.js';
import { escapeRegex } from './extract/escape-regex.js';
import { looksLikeEspEvent, readEspEvents } from './extract/esp-events.js';
import { forgedCopyIn } from './extract/forged-copy.js';
import { aliasesAfter, expandedFrom, forwardInHeaders, otherAddress } from './extract/forwarding.js';
import { readLogLines } from './extract/log-lines.js';
import { compactJsonRecords } from './extract/mta-log-hosted.js';
import { mtaOwnText } from './extract/mta-text.js';
import { asPlainPaste, withoutCopyMarks, withoutOddCharacters } from './extract/pasted-text.js';
import { postcatMessage } from './extract/postcat.js';
import { asEximMainLog, type QueueEntry, readQueueListing } from './extract/queue-listing.js';
import { withoutQuoteMarks } from './extract/quote-marks.js';
import { withReplyTuplesUnwrapped } from './extract/reply-tuple.js';
import { mentionRole, refusedAsRecipient, scanText, withoutSpfParam } from './extract/scan-text.js';
import { findSendingIp } from './extract/sending-ip.js';
import { looksLikeSesNotification, readSesNotification, type SesRecord } from './extract/ses-notification.js';
import { silentSession } from './extract/silent-session.js';
import { commandFromWords, findRemote, parseRemoteMta, transcriptStage } from './extract/smtp-context.js';
import {
  collapseSpace,
  findReplyCode,
  findStatus,
  hasStandingStatus,
  parseReply,
} from './extract/smtp-reply.js';
import { literalAlternation } from './match-phrases.js';
import {
  isApiRefusal,
  isAutoReply,
  isAutoReplySubject,
  isBareReply,
  isClientError,
  isFailureNotice,
  isFromBounceSender,
  isFromMailRobot,
  isFromProgram,
  notFailureKind,
  noticeOutcomes,
} from './notice-kind.js';
import { lureOfEmail, lureOfText } from './read-lure.js';
import { rememberLast } from './remember-last.js';
import { retiredAddressPhrase } from './retired-address.js';
import type { BounceFacts, InputForm, SmtpCommand } from './types.js';

/**
 * Facts as read, before the provider, reference codes and blocklists are looked for; `author` is the domain of
 * the robot that wrote the notice (mailer-daemon@googlemail.com), which names a provider only when nothing
 * else does; `authorName` its display name ("MailMarshal", "Libraesva ESG"), which names a gateway that wrote it.
 */
type Draft = Omit<BounceFacts, 'referenceCodes' | 'blocklists' | 'provider'> & {
  author?: string;
  authorName?: string;
};

/**
 * A draft with every key, in one order, whatever form it was read from: all drafts share one object shape,
 * so the code that completes and judges them stays monomorphic (mixed shapes made it deoptimise).
 */
function draft(f: Partial<Draft> & Pick<Draft, 'form'>): Draft {
  return {
    form: f.form,
    recipient: f.recipient,
    sender: f.sender,
    replyCode: f.replyCode,
    status: f.status,
    action: f.action,
    clientError: f.clientError,
    diagnostic: f.diagnostic,
    command: f.command,
    afterData: f.afterData,
    remoteHost: f.remoteHost,
    remoteIp: f.remoteIp,
    reportingMta: f.reportingMta,
    sendingIp: f.sendingIp,
    forwardedFrom: f.forwardedFrom,
    forgedCopy: f.forgedCopy,
    mtaCategory: f.mtaCategory,
    platformWords: f.platformWords,
    decidedLocally: f.decidedLocally,
    diagnosticType: f.diagnosticType,
    feedbackType: f.feedbackType,
    queued: f.queued,
    subject: f.subject,
    context: f.context,
    preamble: f.preamble,
    notes: f.notes,
    author: f.author,
    authorName: f.authorName,
  } satisfies { [K in keyof Required<Draft>]: Draft[K] };
}

/** What a pasted text or file says about failed deliveries: one entry per recipient, none when no bounce. */
export async function readBounce(raw: string | Uint8Array, forwards = 0): Promise<BounceFacts[]> {
  // ASCII bytes (most bounces) read the same as their text: decoded once here, not at every step below.
  // A pasted text is read without what its copy added (zero-width characters, odd spaces, a summary).
  const pasted = typeof raw === 'string' ? withoutCopyMarks(raw) : (asciiText(raw) ?? raw);
  // A queue file shown by postcat is read as the message it holds.
  const input = (typeof pasted === 'string' && postcatMessage(pasted)) || pasted;
  if (forwards < MAX_FORWARDS) {
    const forwarded = await readForwarded(input, forwards);
    if (forwarded.length > 0) return forwarded;
  }
  const head = typeof input === 'string' ? input.slice(0, 8192) : decodeBytes(input.subarray(0, 8192));
  const email = looksLikeEmail(head);
  // Binary data is no paste: random bytes can hold a "226 " after a "-" somewhere (bulk reads such files).
  if (!email && looksBinary(head)) return [];
  let drafts = email ? await fromEmail(input) : fromPaste(input);
  // Pasted DSN fields with an extension field ("X-Postfix-Sender:") look like a header block with no body:
  // read as the text they are (a bounce cut inside its headers stays no bounce).
  // So do DSN fields that open the paste, whatever follows them (the returned message's headers, say).
  if (
    email &&
    drafts.length === 0 &&
    (isHeadersOnly(head, input) || OPENING_DSN_FIELD.test(head)) &&
    DSN_RECIPIENT_FIELD.test(head)
  )
    drafts = fromPaste(input);
  // A console's detail pane of "Label: value" lines ("To:", "Status: Deferred", "Reason: 421 …") looks like
  // a header block too: read as the record it is when no email reading found one.
  else if (email && drafts.length === 0 && typeof input === 'string' && readConsoleTrace(input)?.length)
    drafts = fromPaste(input);
  return drafts.map(completeFacts);
}

function fromPaste(input: string | Uint8Array): Draft[] {
  const text = typeof input === 'string' ? input : withoutOddCharacters(decodeBytes(input));
  const drafts = readPastedText(text);
  const lure = drafts.length > 0 && drafts.every(mayBeLure) && !findReturnedMessage(text) && lureOfText(text);
  return lure ? [] : drafts;
}

function readPastedText(text: string): Draft[] {
  return fromText(
    withReplyTuplesUnwrapped(withoutQuoteMarks(asPlainPaste(withoutCodeFences(withoutAnsiEscapes(text))))),
  );
}

const DSN_RECIPIENT_FIELD = /^(?:final-recipient|original-recipient|diagnostic-code):/im;
// Fields only a delivery-status part holds: a paste that opens with one is that part, never an email.
const OPENING_DSN_FIELD =
  /^\s*(?:final-recipient|original-recipient|reporting-mta|received-from-mta|arrival-date):/i;

/** True when the input is all header lines: no blank line with a body after it. */
function isHeadersOnly(head: string, input: string | Uint8Array): boolean {
  if (input.length > head.length) return false;
  const blank = findBlankLine(head, 0);
  return blank < 0 || head.slice(blank).trim() === '';
}

// A bounce forwarded to the admin who forwards it again: three levels are read, no more.
const MAX_FORWARDS = 3;

/** The records of a bounce forwarded inside the input (attached or inline), or none. */
async function readForwarded(input: string | Uint8Array, forwards: number): Promise<BounceFacts[]> {
  // Bytes are looked at as latin1 first (the markers are ASCII), and decoded only when one is there.
  const seen =
    typeof input === 'string'
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  let forwarded = forwardedBounce(seen);
  if (forwarded !== undefined && typeof input !== 'string') forwarded = forwardedBounce(decodeBytes(input));
  return forwarded === undefined ? [] : readBounce(forwarded, forwards + 1);
}

async function fromEmail(raw: string | Uint8Array): Promise<Draft[]> {
  const email = await readEmail(raw);
  const drafts = fromEmailView(email);
  // Phishing dressed as a bounce or a quota notice is no bounce (lure.ts); its records would quote no reply.
  // A real bounce returns the original message, which a lure does not carry: its own returned copy settles it.
  const lure =
    drafts.length > 0 && drafts.every(mayBeLure) && email.returned.size === 0 && lureOfEmail(email, raw);
  return lure ? [] : drafts;
}

/**
 * A record a lure could have given: the text of a notice, quoting no reply. A delivery-status or feedback
 * report, an auto-reply, a log line or a transcript is what it looks like.
 */
function mayBeLure(d: Draft): boolean {
  return (
    d.replyCode === undefined &&
    d.status === undefined &&
    (d.form === 'mta-bounce' || d.form === 'human-text')
  );
}

/** The facts a message's own headers and DSN fields give every recipient of it. */
type Common = Pick<Draft, 'subject' | 'sender' | 'reportingMta' | 'author' | 'authorName'>;

// The steps below are small functions, not one: the optimising compiler compiles each once and cheaply,
// where one large async function cost it a fifth of its time in a bulk run.
function fromEmailView(email: EmailView): Draft[] {
  const { headers, returned } = email;
  // A reply that quotes a bounce ("> <bob@x>: host … said: 550 5.1.1") is read without its quote marks.
  const body = withoutQuoteMarks(email.body);
  if (looksLikeSesNotification(body)) {
    const ses = fromSes(body);
    if (ses.length > 0) return ses;
  }
  const subject = headers.get('subject');
  const dsn = readDsnFields(body);
  const returnedTo = firstAddress(returned.get('to') ?? '');
  const fromDsnFields = dsnCommon(dsn);
  const common: Common = {
    subject,
    sender:
      fromDsnFields.sender ??
      firstAddress(returned.get('from') ?? '') ??
      firstAddress(headers.get('to') ?? ''),
    reportingMta: fromDsnFields.reportingMta ?? reportingFromText(body),
    author: robotDomain(headers.get('from')),
    authorName: authorNameOf(headers.get('from')),
  };
  if (isFeedbackReport(email.contentType, subject, dsn, body)) {
    return fromFeedback(
      email.body,
      dsn,
      common,
      email.returned.get('x-hmxmroriginalrecipient') ?? returnedTo,
    );
  }
  if (isReadReceipt(email.contentType, dsn)) {
    return [fromReadReceipt(dsn, common, firstAddress(email.headers.get('from') ?? ''), body)];
  }
  const readInWords = dsn.recipients.length === 0 ? receiptInWords(subject ?? '', body) : undefined;
  if (readInWords)
    return [
      draft({
        ...common,
        form: 'read-receipt',
        recipient: firstAddress(headers.get('from') ?? ''),
        action: readInWords,
        diagnostic: collapseSpace(`${subject ?? ''} ${body.slice(0, 300)}`),
      }),
    ];
  if (dsn.recipients.length === 0 && isAutoReply(headers)) {
    return [
      draft({
        ...common,
        form: 'auto-reply',
        recipient: firstAddress(headers.get('from') ?? ''),
        diagnostic: collapseSpace(`${subject ?? ''} ${body.slice(0, 300)}`),
        context: replyOwnText(email.body),
      }),
    ];
  }
  if (dsn.recipients.length === 0) {
    const kind = notFailureKind(subject ?? '', body);
    if (kind === 'held' || kind === 'warning') return [];
    if (kind)
      return successRecords(body, addressesToIgnore(email, dsn, common.sender, returnedTo), kind, common);
    if (!looksLikeBounceEmail(headers, body)) return [];
  }
  const ignore = addressesToIgnore(email, dsn, common.sender, returnedTo);
  const drafts =
    dsn.recipients.length > 0 ? fromDsn(dsn, body, ignore) : fromSegments(body, ignore, 'mta-bounce');
  if (dsn.recipients.length > 0 && isCutShort(dsn)) drafts.push(...textOnlyRecords(body, ignore, drafts));
  const alias = forwardInHeaders(returned);
  const aliasAfter = aliasesAfter(body);
  // A notice without DSN fields says in its own words, list by list, whether the message is still retried.
  const outcome =
    dsn.recipients.length === 0
      ? noticeOutcomes(subject ?? '', body, returned.size > 0 || undefined)
      : undefined;
  // Where the text names no recipient: the notice's own X-Failed-Recipients (Exim, cPanel), the returned
  // message's To, then an address the Subject names ("Message delivery failure to bob@…", Domino's
  // "DELIVERY FAILURE: User … (bob@…) not listed").
  const failed = headers.get('x-failed-recipients');
  const fallback = onlyAddress(failed, ignore) ?? returnedTo ?? onlyAddress(subject, ignore);
  // One reply naming nobody, and X-Failed-Recipients naming several: each of them failed with it.
  if (drafts.length === 1 && !drafts[0]?.recipient)
    drafts.push(...perFailedRecipient(drafts, failed, ignore));
  for (const d of drafts) {
    d.action ??= outcome?.(d.recipient);
    d.recipient ??= drafts.length === 1 ? fallback : returnedTo;
    // Exchange's encapsulated X500 form (IMCEAEX-…) for the one recipient of a message sent to one address:
    // that address is the one the sender knows.
    if (drafts.length === 1 && /^imcea(?!smtp-)/i.test(d.recipient ?? ''))
      d.recipient = onlyAddress(returned.get('to'), ignore) ?? d.recipient;
    d.forwardedFrom ??= otherAddress(aliasAfter?.(d.recipient) ?? firstAddress(alias ?? ''), d.recipient);
  }
  withCommon(drafts, common);
  markForged(drafts, email.returnedText, returned.get('message-id'));
  return drafts.filter(
    (d) => d.diagnostic || d.status || d.replyCode || isFailureNotice(subject ?? '', body),
  );
}

/**
 * Copies of the one draft for the second and later addresses X-Failed-Recipients names (the first draft takes
 * the first); nothing when it names fewer than two.
 */
function perFailedRecipient(
  drafts: Draft[],
  header: string | undefined,
  ignore: ReadonlySet<string>,
): Draft[] {
  const [only] = drafts;
  const named = [...new Set(recipientsNamed(header, ignore))];
  if (!only || named.length < 2) return [];
  only.recipient = named[0];
  return named.slice(1).map((recipient) => ({ ...only, recipient }));
}

/** The one address a header names, when it names exactly one that is no sender's or robot's. */
function onlyAddress(value: string | undefined, ignore: ReadonlySet<string>): string | undefined {
  const found = recipientsNamed(value, ignore);
  return found.length === 1 ? found[0] : undefined;
}

/** The addresses a header names that are no sender's or robot's. */
function recipientsNamed(value: string | undefined, ignore: ReadonlySet<string>): string[] {
  if (!value?.includes('@')) return [];
  return findAddresses(value)
    .map((a) => a.address)
    .filter((a) => !ignore.has(a) && !isRobotAddress(a));
}

/**
 * A feedback (ARF) report, in an email or its fields pasted alone: one draft per reported recipient (else
 * the returned message's), with what the report says of all of them.
 */
function fromFeedback(body: string, dsn: DsnReport, common: Partial<Common>, returnedTo?: string): Draft[] {
  const rcpts = allFieldValues(body, 'original-rcpt-to');
  const recipients = rcpts.length > 0 ? rcpts : [returnedTo];
  // What the report says is the same for every recipient: read once.
  const feedbackType = dsn.message.get('feedback-type')?.toLowerCase() ?? 'abuse';
  const sendingIp = dsn.message.get('source-ip');
  const diagnostic = collapseSpace(`${common.subject ?? ''} ${body.slice(0, 300)}`);
  return recipients.map((recipient) =>
    draft({
      ...common,
      form: 'feedback-report',
      recipient: recipient ? cleanAddress(firstAddress(recipient) ?? recipient) : undefined,
      feedbackType,
      sendingIp,
      diagnostic,
    }),
  );
}

/**
 * An RFC 8098 read receipt: a disposition-notification report, or its fields (a Final-Recipient and a
 * Disposition) without a DSN's Action or Status.
 */
function isReadReceipt(contentType: string, dsn: DsnReport): boolean {
  if (dsn.recipients.some((r) => r.has('action') || r.has('status'))) return false;
  if (contentType.includes('disposition-notification')) return true;
  return dsn.recipients.length > 0 && dsn.message.has('disposition');
}

/**
 * What a read receipt without RFC 8098 fields says the recipient's client did (READ_RECEIPT_WORDS), if the
 * text is one: its words, under a receipt's subject where they could stand elsewhere. Never a failure notice.
 */
function receiptInWords(subject: string, body: string): 'displayed' | 'deleted' | undefined {
  const text = body.slice(0, 3000).toLowerCase();
  const underSubject = READ_RECEIPT_SUBJECT.test(subject.trim().toLowerCase());
  const found = READ_RECEIPT_WORDS.find((w) => (underSubject || !w.needsSubject) && text.includes(w.text));
  return found && !isFailureNotice(subject, text) ? found.disposition : undefined;
}

/**
 * A read receipt's one record: its Final-Recipient (else who sent the receipt), what the client did with
 * the message (the disposition type, or "failed"), and the fields as the diagnostic.
 */
function fromReadReceipt(dsn: DsnReport, common: Common, from?: string, body?: string): Draft {
  const named = dsn.recipients[0] ? recipientOf(dsn.recipients[0]) : undefined;
  const field = dsn.message.get('disposition');
  const disposition = readDisposition(field);
  // A Sieve reject's notice (a "deleted" MDN that says it rejected the message) is a refusal; its reason is
  // its human-readable part.
  const human = disposition?.type === 'deleted' ? humanPart(body) : undefined;
  const lower = human?.toLowerCase();
  const refused = !!lower && MDN_REFUSAL_WORDS.some((w) => lower.includes(w));
  const failed = disposition?.failed || refused;
  const failure = dsn.message.get('failure') ?? dsn.message.get('error') ?? (refused ? human : undefined);
  const words = [
    field ? `Disposition: ${field}` : undefined,
    failed && failure ? failure : undefined,
    dsn.message.has('original-message-id')
      ? `Original-Message-ID: ${dsn.message.get('original-message-id')}`
      : undefined,
  ];
  return draft({
    ...common,
    form: 'read-receipt',
    recipient: named ?? from,
    action: failed ? 'failed' : disposition?.type,
    diagnostic: collapseSpace(words.filter((w) => w).join('; ')) || undefined,
  });
}

/** The text before a notification's machine-readable fields (its first 600 characters at most). */
function humanPart(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const fields = /^(?:reporting-ua|final-recipient|original-recipient|disposition):/im.exec(body);
  const text = collapseSpace(body.slice(0, fields ? fields.index : 600).slice(0, 600));
  return text || undefined;
}

/**
 * The addresses of the message's own parties (its headers, the returned message's sender, the envelope
 * sender), which the text mentions but never as a failed recipient; the DSN's recipients stay in.
 */
function addressesToIgnore(
  email: EmailView,
  dsn: DsnReport,
  sender: string | undefined,
  returnedTo: string | undefined,
): Set<string> {
  const { headers, returned } = email;
  const ignore = new Set<string>();
  for (const h of [
    headers.get('to'),
    headers.get('from'),
    returned.get('from'),
    returned.get('return-path'),
    headers.get('return-path'),
  ]) {
    const a = h ? firstAddress(h) : undefined;
    if (a) ignore.add(a);
  }
  if (sender) ignore.add(sender.toLowerCase());
  for (const r of dsn.recipients) ignore.delete(recipientOf(r) ?? '');
  if (returnedTo) ignore.delete(returnedTo);
  return ignore;
}

function fromDsn(dsn: DsnReport, body: string, ignore: ReadonlySet<string>): Draft[] {
  const known = new Set(dsn.recipients.map(recipientOf).filter((r): r is string => r !== undefined));
  const records = scanText(body, ignore, known);
  const segments = new Map(records.map((s) => [s.recipient, s.segments]));
  // Recipients the DSN names oddly (a file path, another spelling) pair with the text's by position.
  const byPosition = records.length === dsn.recipients.length;
  return dsn.recipients.map((group, index) => {
    const named = recipientOf(group);
    const positional = byPosition ? records[index] : undefined;
    const recipient =
      named && segments.has(named) ? named : named?.includes('@') ? named : (positional?.recipient ?? named);
    const code = diagnosticCode(group.get('diagnostic-code'));
    const mentions = (recipient ? segments.get(recipient) : undefined) ?? positional?.segments;
    const joined = mentions?.join('\n');
    const segment = dsn.recipients.length > 1 ? beforeDsnFields(joined) : joined;
    const own = code.text ? parseReply(code.text).text : undefined;
    // With several recipients, a text mention runs on into the next group's fields: another's Diagnostic-Code.
    const ownText =
      mentions && dsn.recipients.length > 1 ? mentions.map((m) => beforeDsnFields(m) ?? m) : mentions;
    const action = group.get('action')?.toLowerCase().split(/[\s(]/)[0];
    // The text's words are read only when the Diagnostic-Code field has none of its own; a recipient that was
    // delivered keeps its "250 2.0.0 Ok" (the notice's words are about the others).
    const diagnostic =
      own && (isDeliveredAction(action) || /[a-z]{3}/i.test(own.replace(/\b(?:smtp|x-postfix)\b/gi, '')))
        ? own
        : ((ownText ? diagnosticFor(ownText, records[0]?.preamble ?? '', recipient) : undefined) ?? own);
    const context = `${segment ?? ''}\n${diagnostic ?? ''}`;
    const remote = remoteOf(group, context, dsn.recipients.length === 1 ? records[0]?.preamble : undefined);
    const stage = stageOf(commandFromWords(context.toLowerCase()), body, recipient);
    const read = draft({
      form: 'dsn',
      context: (segment ?? body).slice(0, MAX_CONTEXT),
      recipient,
      action,
      status: dsnStatus(group.get('status'), diagnostic),
      replyCode: diagnostic ? findReplyCode(diagnostic) : undefined,
      diagnostic,
      command: stage.command,
      afterData: stage.afterData,
      remoteHost: remote.host,
      remoteIp: remote.ip,
      mtaCategory: group.get('x-powermta-bouncecategory')?.trim().toLowerCase(),
      decidedLocally: !!code.type && code.type !== 'SMTP' && !group.has('remote-mta'),
      diagnosticType: code.type && code.type !== 'SMTP' ? code.type : undefined,
      forwardedFrom: otherAddress(fieldValue(group.get('original-recipient'), true), recipient),
    });
    if (code.type === 'X-UNIX' && !read.diagnostic?.match(/\d{3}/)) read.command ??= undefined;
    return read;
  });
}

/** RFC 3464 actions of a recipient that was not failed: delivered, relayed on, expanded to a list. */
function isDeliveredAction(action: string | undefined): boolean {
  return action === 'delivered' || action === 'relayed' || action === 'expanded';
}

// The first line of a delivery-status part's fields: where the readable text of a bounce ends.
const DSN_FIELDS_START = /^(?:reporting-mta|final-recipient|original-recipient|received-from-mta)[ \t]*:/im;

/**
 * A recipient's part of the readable text, without the delivery-status fields the last one runs into: with
 * several recipients they speak of all, and another one's words ("initial server greeting") are not this one's.
 */
function beforeDsnFields(segment: string | undefined): string | undefined {
  const start = segment ? segment.search(DSN_FIELDS_START) : -1;
  return start > 0 ? segment?.slice(0, start) : segment;
}

/**
 * The receiving server: the Remote-MTA field, completed from the text's own words about it ("host mx[ip]
 * said", "connect to mx[ip]", "Receiving server: mx (ip)"), which stand alone when the field is missing
 * (Postfix writes none when the server never replied). A lone bounce's heading may name it too.
 */
function remoteOf(group: FieldMap, context: string, preamble?: string): { host?: string; ip?: string } {
  const field = parseRemoteMta(fieldValue(group.get('remote-mta')));
  if (field.host && field.ip) return field; // nothing left for the text to complete
  // The text's server completes the field only when it is the same server (another one's address is not
  // the remote's: Exchange names its generating server too).
  const fits = (r: { host?: string; ip?: string }) =>
    (!!r.host || !!r.ip) &&
    (!field.host || !r.host || r.host.toLowerCase() === field.host.toLowerCase()) &&
    (!field.ip || !r.ip || r.ip === field.ip);
  let text = findRemote(context);
  if (!fits(text) && preamble) text = remoteInPreamble(preamble);
  if (!fits(text)) text = {};
  return { host: field.host ?? text.host, ip: field.ip ?? text.ip };
}

// A bounce's recipients share its preamble: read once for all of them.
const remoteInPreamble = rememberLast(findRemote);

/**
 * The Status field, unless it is the catch-all x.0.0 and the server's own reply carries a specific code of
 * the same class ("Status: 5.0.0" over "550 5.7.1 …"): the reply is the first-hand account.
 */
function dsnStatus(field: string | undefined, diagnostic: string | undefined): string | undefined {
  const stated = findStatus(field ?? '');
  const replied = diagnostic ? findStatus(diagnostic) : undefined;
  if (!stated) return replied;
  const vague = !!replied && stated.endsWith('.0.0') && replied[0] === stated[0] && !replied.endsWith('.0.0');
  return vague ? replied : stated;
}

/**
 * The command a reply answered: as the bounce words it, else as its transcript shows it, else as
 * `wordsAfter` words it (a segment read on its own).
 */
function stageOf(
  worded: SmtpCommand | undefined,
  transcript: string,
  recipient: string | undefined,
  wordsAfter?: string,
): Pick<Draft, 'command' | 'afterData'> {
  if (worded) return { command: worded, afterData: undefined };
  const stage = transcriptStage(transcript, recipient);
  const command = stage.command ?? (wordsAfter ? commandFromWords(wordsAfter.toLowerCase()) : undefined);
  return { command, afterData: stage.afterData ? true : undefined };
}

/** A delivery-status part cut off in its last recipient group (no Action, no Status yet). */
function isCutShort(dsn: DsnReport): boolean {
  const last = dsn.recipients.at(-1);
  return !!last && !last.has('action') && !last.has('status');
}

/** Recipients the readable text reports with a reply, that a cut-short delivery-status part never reached. */
function textOnlyRecords(body: string, ignore: ReadonlySet<string>, found: Draft[]): Draft[] {
  const seen = new Set(found.map((d) => d.recipient));
  return fromSegments(body, ignore, 'mta-bounce').filter(
    (d) => d.recipient && !seen.has(d.recipient) && (d.replyCode || d.status),
  );
}

function fromSegments(body: string, ignore: ReadonlySet<string>, form: InputForm): Draft[] {
  const drafts: Draft[] = [];
  for (const record of scanText(body, ignore)) {
    const diagnostic = diagnosticFor(record.segments, record.preamble, record.recipient);
    if (!diagnostic && !record.recipient) continue;
    const reply = diagnostic ? parseReply(diagnostic) : { text: '' };
    const segment = record.segments.join('\n');
    // A transcript names the server once, on its connection lines before any recipient.
    const named = findRemote(segment);
    const remote = named.host || named.ip || !record.preamble ? named : remoteInPreamble(record.preamble);
    const sender = senderIn(`${record.preamble}\n${segment}`);
    // The address a callout failed to verify is the sender, wherever else the reply repeats it.
    const verified = sender && senderMention(segment) === sender ? new Set([...ignore, sender]) : ignore;
    const recipient = record.recipient ?? firstAddressIn(diagnostic, verified);
    const stage = stageOf(undefined, segment, recipient, segment);
    drafts.push(
      draft({
        form,
        sender,
        context: segment.slice(0, MAX_CONTEXT),
        preamble: record.preamble ? record.preamble.slice(-MAX_CONTEXT) : undefined,
        recipient,
        diagnostic: reply.text || undefined,
        replyCode: reply.code,
        status: reply.status ?? findQmailStatus(segment),
        command: stage.command,
        afterData: stage.afterData,
        remoteHost: remote.host,
        remoteIp: remote.ip,
      }),
    );
  }
  return drafts;
}

/** The recipients a success report without DSN fields names, each with what happened to it. */
function successRecords(
  body: string,
  ignore: ReadonlySet<string>,
  action: 'delivered' | 'relayed',
  common: Partial<Common>,
): Draft[] {
  const drafts = fromSegments(body, ignore, 'mta-bounce').filter((d) => d.recipient);
  for (const d of drafts) d.action = action;
  return withCommon(drafts, common);
}

/** The message's own facts fill what each recipient's part left open (in place: no object rebuilt). */
/** The sender and reporting MTA a DSN's per-message fields name (Postfix's X-Postfix-Sender, RFC 6591's). */
function dsnCommon(dsn: DsnReport): Partial<Common> {
  return {
    sender: fieldValue(dsn.message.get('x-postfix-sender') ?? dsn.message.get('original-mail-from')),
    reportingMta: fieldValue(dsn.message.get('reporting-mta')),
  };
}

function withCommon(drafts: Draft[], common: Partial<Common>): Draft[] {
  for (const d of drafts) {
    d.subject ??= common.subject;
    d.sender ??= common.sender;
    d.reportingMta ??= common.reportingMta;
    d.author ??= common.author;
    d.authorName ??= common.authorName;
  }
  return drafts;
}

const QUOTED_LINE = /^>/m;
// A mail client's line above the message it quotes or forwards ("-----Original Message-----", Outlook's rule).
const CLIENT_SEPARATOR = literalAlternation(FORWARD_SEPARATORS, 'i');

/**
 * A reply's own words (bounded): not the original it quotes under a mail client's or an MTA's marker line
 * ("-----Original Message-----") or with "> " marks, whose words are the sender's.
 */
function replyOwnText(body: string): string {
  const text = body.slice(0, MAX_CONTEXT);
  const marker = findMarker(text);
  const quoted = QUOTED_LINE.exec(text)?.index ?? -1;
  const separator = CLIENT_SEPARATOR.exec(text)?.index ?? -1;
  const ends = [marker, quoted, separator].filter((at) => at >= 0);
  return ends.length > 0 ? text.slice(0, Math.min(...ends)) : text;
}

/** The domain of a mail robot's address (MAILER-DAEMON@yahoo.com → yahoo.com): who wrote the notice. */
function robotDomain(from: string | undefined): string | undefined {
  return from && isFromMailRobot(from) ? domainOf(firstAddress(from)) : undefined;
}

/**
 * The display name of the notice's From ("Libraesva ESG <noreply@…>" → "Libraesva ESG"): gateways write their
 * notices from addresses of the customer's domain (noreply@, quarantine@), so only the name says whose it is.
 */
function authorNameOf(from: string | undefined): string | undefined {
  if (!from) return undefined;
  const open = from.indexOf('<');
  const name = open > 0 ? from.slice(0, open).trim().replace(/^"|"$/g, '') : '';
  return name || undefined;
}

/** SES notifications, or another sending service's events read into the same shape. */
function fromSes(text: string, read: (text: string) => SesRecord[] = readSesNotification): Draft[] {
  return read(text).map((r) => {
    const reply = r.diagnostic ? parseReply(r.diagnostic) : undefined;
    const form: InputForm =
      r.kind === 'complaint' ? 'feedback-report' : r.kind === 'auto-reply' ? 'auto-reply' : 'dsn';
    return draft({
      ...definedOnly(r),
      form,
      diagnostic: reply?.text,
      replyCode: reply?.code,
      status: r.status ?? reply?.status,
    });
  });
}

/** A pasted text's records; a returned copy that was delivered or redirected first names the alias. */
function fromText(text: string): Draft[] {
  const drafts = readText(text);
  if (drafts.length === 0) return drafts;
  // The returned copy below the notice, when there is one: its headers name an alias and show a forgery.
  const cut = findReturnedMessage(text);
  const returnedHeaders = cut ? text.slice(cut.start, cut.headersEnd) : '';
  const returned = parseHeaderBlock(returnedHeaders);
  const alias = firstAddress(forwardInHeaders(returned) ?? '');
  const aliasAfter = aliasesAfter(text);
  for (const d of drafts) d.forwardedFrom ??= otherAddress(aliasAfter?.(d.recipient) ?? alias, d.recipient);
  // A notice that names no recipient ("Delivery has failed to this recipient."): the returned copy's To.
  const only = drafts.length === 1 ? drafts[0] : undefined;
  if (only && !only.recipient) only.recipient = firstAddress(returned.get('to') ?? '');
  markForged(drafts, returnedHeaders, returned.get('message-id'));
  return drafts;
}

/**
 * Marks the drafts of a bounce whose returned copy failed its sender domain's authentication where it was
 * received (forged-copy.ts); never a copy forwarded on, whose SPF the forward itself breaks.
 */
function markForged(drafts: Draft[], returnedHeaders: string, messageId: string | undefined): void {
  const sender = drafts[0]?.sender;
  const forged = forgedCopyIn(returnedHeaders, sender?.slice(sender.lastIndexOf('@') + 1));
  if (!forged) return;
  if (messageId) forged.messageId = messageId.trim();
  for (const d of drafts) if (!d.forwardedFrom) d.forgedCopy = forged;
}

function readText(text: string): Draft[] {
  if (looksLikeSesNotification(text)) {
    const ses = fromSes(text);
    if (ses.length > 0) return ses;
  }
  if (looksLikeEspEvent(text)) {
    const events = fromSes(text, readEspEvents);
    if (events.length > 0) return events;
  }
  const body = cutReturned(text.replace(/\r\n?/g, '\n'));
  const queued = readQueueListing(body);
  if (queued) return queued.map(fromQueueEntry);
  const logs = readLogLines(compactJsonRecords(body) ?? asEximMainLog(body.split('\n', 20_000)));
  if (logs.length > 0) {
    return logs.map((log) => {
      const reply = parseReply(log.diagnostic);
      // The log line's own relay fields first; its diagnostic's words only fill what they leave open.
      const named = log.remoteHost && log.remoteIp ? {} : findRemote(log.diagnostic);
      return draft({
        form: 'mta-log',
        recipient: log.recipient,
        sender: log.sender,
        diagnostic: reply.text,
        replyCode: reply.code,
        status: reply.status ?? log.status,
        action: log.delivered ? 'delivered' : log.deferred ? 'delayed' : 'failed',
        command: log.command ?? commandFromWords(log.diagnostic.toLowerCase()),
        remoteHost: log.remoteHost ?? named.host,
        remoteIp: log.remoteIp ?? named.ip,
        // A reply the line quotes may name the client too ("550-5.7.1 [2001:db8::25] Our system has …").
        sendingIp: log.sendingIp ?? findSendingIp(reply.text, log.remoteIp ?? named.ip),
        forwardedFrom: otherAddress(log.forwardedFrom, log.recipient),
        queued: log.queued,
        mtaCategory: log.mtaCategory,
      });
    });
  }
  const consoled = readConsoleTrace(body);
  if (consoled && consoled.length > 0) return consoled.map(fromConsoleEntry);
  const dsn = readDsnFields(body);
  if (dsn.message.has('feedback-type')) return fromFeedback(body, dsn, {});
  if (dsn.recipients.length > 0 && isReadReceipt('', dsn)) return [fromReadReceipt(dsn, {})];
  if (dsn.recipients.length > 0) return withCommon(fromDsn(dsn, body, new Set()), dsnCommon(dsn));
  const kind = notFailureKind('', body);
  if (kind === 'held' || kind === 'warning') return [];
  if (kind) return successRecords(body, new Set(), kind, { reportingMta: reportingFromText(body) });
  // A mail client's own error: the reply it quotes read as the server's, its own account never a recipient.
  const client = isClientError(body);
  const read = client || isApiRefusal(body) ? unwrapClientError(body) : body;
  const form = textForm(read);
  // (A notice's heading may be wrapped over two lines: "could not\nbe delivered to one or more recipients".)
  const notice = isFailureNotice('', read) || isFailureNotice('', collapseSpace(read.slice(0, 6000)));
  // Chat text that merely mentions a number is not a bounce: a reply code must stand as one; chat that talks
  // about a code or a reply ("is a 550 5.1.1 always a typo?") is no paste of one (chat-framing.ts).
  if (!client && isChatAboutReply(read)) return [];
  const mtaText = mtaOwnText(body);
  const drafts = fromSegments(read, client ? clientAccounts(read) : new Set(), form).filter(
    (d) =>
      (d.status && hasStandingStatus(d.context ?? '')) ||
      (d.replyCode && !isNoOutcomeReply(d.replyCode) && LEADING_CODE.test(d.diagnostic ?? '')) ||
      notice ||
      POSTFIX_DELIVERY.test(body) ||
      mtaText !== undefined ||
      isApiRefusal(body) ||
      client ||
      isBareReply(body.trim()),
  );
  // A notice copied without its headers still names the server that wrote it ("mail system at host x"),
  // and says whether the message was given up or is still being retried.
  const reportingMta = drafts.length > 0 ? reportingFromText(body) : undefined;
  // A reply pasted alone is no notice: its code says whether it is final, not words such as "undeliverable
  // address" in a 450 sender-verification refusal.
  const outcome = drafts.length > 0 && form !== 'smtp-reply' && notice ? noticeOutcomes('', read) : undefined;
  const ownOutcome = mtaText?.final ? 'failed' : undefined;
  for (const d of drafts) {
    d.reportingMta ??= reportingMta;
    d.action ??= outcome?.(d.recipient) ?? ownOutcome;
    if (client) d.clientError = true;
  }
  if (drafts.length === 0 && !client && !notice) {
    const reply = pastedAutoReply(read);
    if (reply) return [reply];
    const silent = silentSession(read);
    if (silent) {
      const { host, ip, words } = silent;
      return [
        draft({ form: 'transcript', diagnostic: words, command: 'CONN', remoteHost: host, remoteIp: ip }),
      ];
    }
  }
  return drafts;
}

/**
 * An automatic reply copied without its headers: its subject line first ("Automatic reply: RE: Order 42"), then
 * its words. Read only when nothing else in the text is a failure, and only when its words say the address is
 * dead, moving or unread: that asks someone to act, where a pasted out-of-office asks nothing, and chat that
 * opens "Auto: deploy finished" is no reply at all.
 */
function pastedAutoReply(text: string): Draft | undefined {
  const trimmed = text.trimStart();
  const eol = trimmed.indexOf('\n');
  const subject = (eol < 0 ? trimmed : trimmed.slice(0, eol)).trim();
  if (eol < 0 || subject.length > MAX_PASTED_SUBJECT || !isAutoReplySubject(subject)) return undefined;
  const body = trimmed.slice(eol + 1);
  const context = replyOwnText(body);
  if (!retiredAddressPhrase(`${subject}\n${context}`)) return undefined;
  return draft({
    form: 'auto-reply',
    subject,
    diagnostic: collapseSpace(`${subject} ${body.slice(0, 300)}`),
    context,
  });
}

const MAX_PASTED_SUBJECT = 200;

/** A recipient waiting in a queue listing: a deferral, its last reply or the MTA's own words as the reason. */
function fromQueueEntry(entry: QueueEntry): Draft {
  return fromListedReason(entry.reason ?? '', { ...entry, action: entry.expired ? 'failed' : 'delayed' });
}

/** A recipient of a record copied out of an admin console: failed or held, the console's reason. */
function fromConsoleEntry(entry: ConsoleEntry): Draft {
  // A recipient's spam complaint in an activity feed or exported events: a feedback report.
  if (entry.outcome === 'complaint')
    return draft({ form: 'feedback-report', recipient: entry.recipient, feedbackType: 'abuse' });
  const d = fromListedReason(entry.reason, { recipient: entry.recipient, action: entry.outcome });
  if (entry.note) d.notes = [entry.note];
  if (entry.platformWords) d.platformWords = true;
  return d;
}

/** A recipient a queue listing or console lists with its reason: the reply in the reason, read as a log's. */
function fromListedReason(
  reason: string,
  listed: Pick<Draft, 'recipient' | 'sender' | 'action' | 'queued'>,
): Draft {
  const reply = parseReply(reason);
  const named = findRemote(reason);
  return draft({
    form: 'mta-log',
    recipient: listed.recipient,
    sender: listed.sender,
    diagnostic: reply.text || undefined,
    replyCode: reply.code,
    status: reply.status,
    action: listed.action,
    command: commandFromWords(reason.toLowerCase()),
    remoteHost: named.host,
    remoteIp: named.ip,
    queued: listed.queued,
  });
}

// Postfix's own words when no reply came: "<bob@x>: connect to mx.x[192.0.2.1]:25: Connection refused".
const POSTFIX_DELIVERY =
  /\b(?:connect to|lost connection with|conversation with) [\w.-]{1,253}\[[\da-f.:]{2,45}\](?::\d{1,5})?[:\s]/i;

/**
 * A 2xx reply that says nothing of a message's fate: a greeting (220), a goodbye (221), a login accepted
 * (235), help (214). Alone it is no outcome ("ftp: 226 Transfer complete" neither); 250-252 accept a
 * recipient or message and read as delivered.
 */
function isNoOutcomeReply(code: number): boolean {
  return code >= 200 && code < 300 && (code < 250 || code > 252);
}

// A reply code that opens the reply (maybe inside Exchange's quote: "Remote Server returned '451 …'") or follows
// a colon or dash ("Response: 550 …", "recipient - 550 …"), or a webmail's or client's "Error 550: Sending limit
// exceeded" (the word, the code and a colon).
const LEADING_CODE =
  /(?:^['\u2018]?|[:\-\u2013]\s{0,3})(?:smtp;\s*)?[245]\d\d(?:[ \-\u2013]|:[ \t]|$)|\berror[ \t][245]\d\d:[ \t]/i;

/**
 * An email is a bounce when a robot sent it, its subject or text says delivery failed, or it has replies
 * (for mail a program sent on its own, a reply that opens a line).
 */
function looksLikeBounceEmail(headers: Map<string, string>, body: string): boolean {
  const from = headers.get('from') ?? '';
  if (isFromBounceSender(from)) return true;
  if (isFailureNotice(headers.get('subject') ?? '', body)) return true;
  // A list manager's notice that it stopped sending to a member, or a service's refusal sentence, as in a paste.
  if (isApiRefusal(body)) return true;
  const head = body.slice(0, 20_000);
  // A program's own mail (a ticket's acknowledgement) may quote a code in its words ("Summary: … 550 5.7.1
  // rejected"): only a reply that opens a line makes it a bounce.
  return REPLY_LINE.test(head) || (!isFromProgram(headers) && hasStandingStatus(head));
}

// A line that opens with an error reply: a status code or reply wording after the code ("550 users" is not).
const REPLY_LINE =
  /^[ \t]*(?:[<>]{3}[ \t]*)?[45]\d\d[ -](?:[ \t]*[245]\.\d|[^\n]{0,200}?\b(?:user|mailbox|recipient|address(?:ee)?|rejected|denied|refused|unknown|blocked|not found|unavailable|relay(?:ing)?|spam|policy|try again|service)\b)/im;

// A connection test's own lines: swaks ("=== Trying mx.example.org:25...", "*** Error connecting to …"), telnet
// ("Trying 192.0.2.1...", "telnet: Unable to connect …").
const TEST_SESSION =
  /^[ \t]*(?:=== Trying |\*\*\* Error connecting to |telnet: |Trying [0-9a-f:.]{3,45}\.\.\.)/im;

function textForm(text: string): InputForm {
  if (
    /^[ \t]*(?:>>>|<<<|->|<-|<\*\*|~>|<~)[ \t]/m.test(text) ||
    /remote host said:/i.test(text) ||
    TEST_SESSION.test(text)
  )
    return 'transcript';
  const lines = text.trim().split('\n');
  if (lines.length <= 6 && /^\s*(?:smtp;\s*)?[245]\d\d[ -]/i.test(text.trim())) return 'smtp-reply';
  return 'human-text';
}

const MAX_CONTEXT = 3000;

/** Server replies are short; a longer "diagnostic" is text we misread, and is cut to keep matching fast. */
const MAX_DIAGNOSTIC = 2000;

/** Bounds the texts and adds what is read from them: provider, reference codes, blocklists, sending IP. */
// RFC 3463 defines subjects 0 to 7: Yahoo's "deferred - 4.16.50" is its own code, not a status.
const DEFINED_STATUS = /^[245]\.[0-7]\.\d{1,3}$/;

function definedStatus(status: string | undefined): string | undefined {
  return status === undefined || DEFINED_STATUS.test(status) ? status : undefined;
}

/**
 * Exchange's IMCEASMTP form carries an SMTP address in its local part, xtext-encoded
 * ("imceasmtp-bob+40example+2eorg@corp.example.com" is bob@example.org): the address it carries.
 */
function unwrapImceaSmtp(address: string | undefined): string | undefined {
  if (!address?.startsWith('imceasmtp-')) return address;
  const at = address.lastIndexOf('@');
  const inner = address
    .slice('imceasmtp-'.length, at)
    .replace(/\+([0-9a-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return /^[^@\s]{1,64}@[^@\s]{1,253}$/.test(inner) ? inner : address;
}

/**
 * The server a reply names as its own where its words end: Yahoo's "554 delivery error: dd … -
 * mta4012.mail.gq1.yahoo.com", United Internet's "… exceeded storage allocation {mx-ha-002.gmx.net}". Like the
 * reporting MTA, it names a provider only after the words' own markers (detect-provider.ts `later`).
 */
const REPLY_SERVER = /(?:\{|\s-\s)([a-z0-9][a-z0-9.-]{2,200}\.[a-z]{2,24})\}?\s*$/;

function replyServer(lower: string): string | undefined {
  return REPLY_SERVER.exec(lower.slice(-240))?.[1];
}

export function completeFacts(found: Draft): BounceFacts {
  const diagnostic = found.diagnostic?.slice(0, MAX_DIAGNOSTIC);
  const text = `${diagnostic ?? ''}`.toLowerCase();
  // The remote host first, then the server's words, then the hosts that only report or stand for a receiver
  // (detect-provider.ts): one string, so the recipients of one bounce read it once.
  const later = [replyServer(text), found.reportingMta, domainOf(found.recipient), found.author].filter(
    (h): h is string => !!h,
  );
  const named =
    providerOf(`${found.remoteHost ?? ''}\t${later.join('\n')}\t${found.reportingMta ?? ''}`, text) ??
    gatewayNamedIn(`${found.authorName ?? ''}\n${found.preamble ?? ''}`.trim());
  // Copied: a bounce's recipients share the reading, never its arrays.
  const codes = [...referenceCodesOf(diagnostic ?? '', named)];
  // "Service refused, please try later. OFR_999 [999]": a code only one provider uses names it.
  const provider = named ?? providerOwningCode(codes);
  // Every key listed, in one order: all facts share one shape, so the code that reads them stays fast.
  return {
    form: found.form,
    recipient: unwrapImceaSmtp(found.recipient?.toLowerCase()),
    sender: found.sender,
    replyCode: found.replyCode,
    status: definedStatus(found.status),
    action: found.action,
    clientError: found.clientError,
    diagnostic,
    command: found.command,
    afterData: found.afterData,
    remoteHost: found.remoteHost,
    remoteIp: found.remoteIp,
    reportingMta: found.reportingMta,
    sendingIp: found.sendingIp ?? (diagnostic ? findSendingIp(diagnostic, found.remoteIp) : undefined),
    forwardedFrom: found.forwardedFrom ?? expandedFrom(found.context),
    forgedCopy: found.forgedCopy,
    provider: provider?.id,
    referenceCodes: codes,
    blocklists: [...withCodeLists(blocklistsOf(text), codes, provider)],
    mtaCategory: found.mtaCategory,
    platformWords: found.platformWords,
    decidedLocally: found.decidedLocally,
    diagnosticType: found.diagnosticType,
    feedbackType: found.feedbackType,
    queued: found.queued,
    subject: found.subject,
    context: found.context?.slice(0, MAX_CONTEXT),
    preamble: found.preamble,
    notes: found.notes,
  } satisfies { [K in keyof Required<BounceFacts>]: BounceFacts[K] };
}

// The recipients of one bounce mostly share their diagnostic and hosts: read once for all of them.
const providerOf = rememberLast((hosts: string, text: string) => {
  const [remote = '', later = '', reporting = ''] = hosts.split('\t');
  return detectProvider({
    hosts: remote ? [remote] : [],
    text,
    later: later ? later.split('\n') : [],
    reporting,
  });
});
// A gateway's own notice names the product in its opening words ("MailMarshal (an automated content scanning
// gateway) has stopped the following message"), above the recipient, where the diagnostic does not reach, or in
// its From's display name ("Libraesva ESG <noreply@…>"). Only a
// gateway or an appliance: a sending service's or a mailbox provider's name there may be anyone's words.
const gatewayNamedIn = rememberLast((preamble: string) => {
  if (!preamble) return undefined;
  const named = detectProvider({ hosts: [], text: preamble.slice(0, 2000) });
  return named && (named.kind === 'gateway' || named.kind === 'appliance') ? named : undefined;
});
const referenceCodesOf = rememberLast(findReferenceCodes);
const blocklistsOf = rememberLast(findBlocklists);

// Microsoft's JMRP and similar complaint loops send the reported message without an ARF part. A filter's
// "Spam report" that lists what it quarantined for the reader (a digest) is no complaint.
function isFeedbackReport(
  contentType: string,
  subject: string | undefined,
  dsn: DsnReport,
  body: string,
): boolean {
  if (contentType.includes('feedback-report') || dsn.message.has('feedback-type')) return true;
  return (
    dsn.recipients.length === 0 &&
    /^\s*(?:complaint about message|abuse report|spam report|feedback loop)/i.test(subject ?? '') &&
    !QUARANTINE_DIGEST.test(`${subject ?? ''}\n${body.slice(0, 4000)}`)
  );
}

const QUARANTINE_DIGEST = /\b(?:quarantined|moved to (?:the )?quarantine|in (?:your )?quarantine)\b/i;

/** Every value of a field that may repeat (Original-Rcpt-To in a feedback report). */
function allFieldValues(text: string, name: string): string[] {
  const out: string[] = [];
  const prefix = `${name}:`;
  for (const line of text.split('\n', 5000)) {
    if (line.toLowerCase().startsWith(prefix)) out.push(line.slice(prefix.length).trim());
  }
  return out;
}

function recipientOf(group: FieldMap): string | undefined {
  const final = fieldValue(group.get('final-recipient'));
  const original = fieldValue(group.get('original-recipient'), true);
  // A Final-Recipient that is no address the sender wrote (a bare local name, "LOCAL;jsmith", or Exchange's
  // encapsulated IMCEAEX form) gives way to an Original-Recipient that is a plain address.
  const r =
    final && (isPlainAddress(final) || !original || !isPlainAddress(original)) ? final : (original ?? final);
  if (!r) return undefined;
  // A quoted local part ("John Doe"@example.org) is kept whole, quotes and all.
  if (QUOTED_LOCAL.test(r)) return r.toLowerCase();
  return cleanAddress(firstAddress(r) ?? r);
}

const QUOTED_LOCAL = /^"[^"\n]{1,64}"@[^\s@"]{1,253}$/;

/** An address with a domain that is not one of Exchange's encapsulated forms (IMCEAEX-…, IMCEAX500-…). */
function isPlainAddress(value: string): boolean {
  return value.includes('@') && !/^imcea/i.test(value);
}

// "Generating server: x", "Generierender Server: x", "Serveur de génération : x", "reporting-mta: dns; x".
const REPORTING_LABEL = new RegExp(
  `(?:${REPORTING_SERVER_LABELS.map((l) => escapeRegex(l).replace(/ /g, '[ \\t]').replace(/:$/, '[ \\t\u00a0]?[:：]')).join('|')}|reporting-mta:\\s*dns;)\\s{0,8}([a-z0-9][\\w.-]{0,253})`,
  'i',
);

function reportingFromText(body: string): string | undefined {
  const m = REPORTING_LABEL.exec(body);
  return m?.[1]?.replace(/\.$/, '');
}

function findQmailStatus(segment: string): string | undefined {
  const m = /\(#([45]\.\d{1,3}\.\d{1,3})\)/.exec(segment);
  return m?.[1];
}

function firstAddressIn(text: string | undefined, ignore: ReadonlySet<string>): string | undefined {
  if (!text) return undefined;
  return findAddresses(text).find(
    (a) =>
      !ignore.has(a.address) &&
      (!isRobotAddress(a.address) || refusedAsRecipient(text, a.index, a.address.length)) &&
      !mentionRole(text, a.index, a.address.length),
  )?.address;
}

/** The first address the words cast as the sender ("Verification failed for x", "<x>: Sender address rejected"). */
function senderMention(text: string): string | undefined {
  const sender = findAddresses(text).find((a) => mentionRole(text, a.index, a.address.length) === 'sender');
  return sender && withoutSpfParam(sender.address);
}

/** The envelope sender of a transcript ("MAIL FROM:<x>"), or the address a callout failed to verify. */
function senderIn(text: string): string | undefined {
  const envelope = /\bmail from:[ \t]{0,3}<([^<>\s@]{1,320}@[^<>\s@]{1,255})>/i.exec(text)?.[1];
  if (envelope) return cleanAddress(envelope);
  return senderMention(text);
}

function cutReturned(text: string): string {
  const cut = findReturnedMessage(text);
  return cut ? text.slice(0, cut.start) : text;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
