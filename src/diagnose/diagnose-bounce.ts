import { printableText } from '../bounce/binary-text.js';
import { classify } from '../bounce/classify.js';
import { isMboxText, mboxMessages } from '../bounce/email/mbox.js';
import { replacementAddress } from '../bounce/extract/replacement-address.js';
import { readBounce } from '../bounce/read-bounce.js';
import type { BounceFacts, InputForm } from '../bounce/types.js';
import { getCause } from '../causes/catalogue.js';
import { fillHeadline, fillSteps, type StepValues } from '../causes/fill-steps.js';
import type { Cause } from '../causes/types.js';
import { type BlocklistName, findBlocklist } from '../knowledge/blocklist-names.js';
import { findProvider } from '../knowledge/providers.js';
import { lookalikesIn, suggestAddress } from '../knowledge/typo-domains.js';
import { addressScope, isSeenByReceivers } from '../net/address-scope.js';
import type { BounceRecord, Report } from '../report/types.js';
import { MAX_BOUNCE_BYTES } from './bounce-limits.js';
import { describeText } from './describe-text.js';
import { authDomainIn } from './follow-up/plan.js';
import { headlineFor, isNotAFailure } from './headline.js';
import { keptQueuedAfterRefusal, keptQueuedStep } from './kept-queued.js';
import { notABounce, notice } from './not-a-bounce.js';
import { queuedMessageStep } from './queued-steps.js';

export { MAX_BOUNCE_BYTES };

/** Reads any pasted bounce form and returns one record per failed recipient (empty when not a bounce). */
export async function readBounceRecords(input: string | Uint8Array): Promise<BounceRecord[]> {
  const facts = await readBounce(input);
  return facts.map(recordFromFacts);
}

/** Diagnoses pasted text: a Report with records, or a not-a-bounce / error answer. */
export async function diagnoseBounce(input: string | Uint8Array): Promise<Report> {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size === 0 || (typeof input === 'string' && input.trim() === '')) {
    return notice('not-a-bounce', 'Nothing to diagnose: the message was empty.', [
      'Paste the bounce (the whole email, its text, an SMTP reply or a log line), or type `help`.',
    ]);
  }
  if (size > MAX_BOUNCE_BYTES) {
    return notice(
      'error',
      `That paste is too large (${(size / 1048576).toFixed(1)} MiB; the limit is ${MAX_BOUNCE_BYTES / 1048576} MiB).`,
      [
        'Paste only the bounce text, or the headers and the first part of the bounce email: the returned message and its attachments are not needed.',
      ],
    );
  }
  const described = describeText(input);
  if (described.binary)
    return notice('not-a-bounce', 'That looks like binary data, not a bounce.', described.noticed);

  const records = await recordsOfEach(input);
  if (records.length === 0) return notABounce(input, described.noticed);
  return {
    kind: 'bounce',
    headline: headlineFor(records),
    records: failuresFirst(records),
    findings: [],
    notes: [],
    attachments: [],
  };
}

/**
 * The records of each message of a pasted or shared mbox (several bounce files shared at once come as one,
 * with-files.ts), in order; of the input as one message otherwise.
 */
async function recordsOfEach(input: string | Uint8Array): Promise<BounceRecord[]> {
  const bytes = typeof input !== 'string' ? input : isMboxText(input) ? Buffer.from(input) : null;
  const messages = bytes ? mboxMessages(bytes, MAX_BOUNCE_BYTES) : null;
  if (!messages || messages.length < 2) return readBounceRecords(input);
  const records: BounceRecord[] = [];
  for (const message of messages) if (message) records.push(...(await readBounceRecords(message)));
  return records;
}

/**
 * The facts with every text fit for a terminal or chat: a pasted bounce's escape codes or control bytes (a
 * decoded "=00", an OSC title command) never reach the answer, nor its evidence quoted from them.
 */
function printableFacts(facts: BounceFacts): BounceFacts {
  // Read key by key (no entries array per record: this runs for every record of a bulk run).
  const fields = facts as unknown as Record<string, unknown>;
  let clean: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value !== 'string') continue;
    const text = printableText(value);
    if (text !== value) {
      clean ??= { ...fields };
      clean[key] = text;
    }
  }
  return (clean as BounceFacts | undefined) ?? facts;
}

/**
 * The failed recipients before those delivered (a pasted log's "status=sent" lines among its bounces), each
 * group in the order read: what needs acting on comes first in every answer.
 */
function failuresFirst(records: BounceRecord[]): BounceRecord[] {
  const delivered = records.filter(isNotAFailure);
  if (delivered.length === 0 || delivered.length === records.length) return records;
  return [...records.filter((r) => !isNotAFailure(r)), ...delivered];
}

// A server failure at a loopback hop ("connect to 127.0.0.1[127.0.0.1]:10024: Connection refused", amavis's
// "451 4.5.0 Error in processing" from 127.0.0.1): the sender's own content filter or local relay, not the
// recipient's server (own-filter-failed).
const LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/i;
const SERVER_CAUSES = new Set([
  'connection-refused',
  'system-error',
  'mailer-error',
  'server-unavailable',
  'system-full',
  'recipient-server-unreachable',
]);
// Only in what the sending server reports (its log, queue, notice): a reply read first-hand (a /probe, a swaks
// session) comes from the server that was tested, on loopback or not.
const FIRST_HAND = new Set<InputForm>(['smtp-reply', 'transcript']);
function ownHop(facts: BounceFacts, cause: string): boolean {
  const hop = facts.remoteIp ?? facts.remoteHost;
  return !!hop && !FIRST_HAND.has(facts.form) && LOOPBACK.test(hop) && SERVER_CAUSES.has(cause);
}

/** The verdict on one recipient's facts: cause, reason, side, steps. Also reads live SMTP replies (/probe). */
export function recordFromFacts(read: BounceFacts): BounceRecord {
  const facts = printableFacts(read);
  const provider = facts.provider ? findProvider(facts.provider) : undefined;
  const verdict = classify(facts, provider);
  const suggestion = suggestAddress(facts.recipient);
  const causeId = ownHop(facts, verdict.cause)
    ? 'own-filter-failed'
    : suggestion && (verdict.reason === 'hostunknown' || verdict.reason === 'userunknown')
      ? 'recipient-domain-typo'
      : verdict.cause;
  const cause = getCause(causeId);
  const blocklist = firstKnownBlocklist(facts.blocklists);
  const values = {
    recipient: facts.recipient,
    domain: facts.recipient?.split('@')[1],
    senderDomain: senderDomainOf(facts, cause),
    ip: publicIp(facts.sendingIp),
    remoteHost: facts.remoteHost ?? facts.remoteIp,
    suggestion,
    blocklist: blocklist?.name,
    delist: blocklist?.delist,
    provider: provider?.name,
    postmaster: provider?.postmaster,
    newAddress: namesNewAddress(cause) ? replacementAddress(facts) : undefined,
    messageId: facts.forgedCopy?.messageId?.replace(/^<|>$/g, ''),
    lookalike: suggestion ? lookalikesIn(facts.recipient) : undefined,
  };
  const permanent = isPermanent(facts, cause.permanent);
  const keptQueued = !permanent && keptQueuedAfterRefusal(facts);
  const queuedStep = queuedMessageStep(facts, permanent);
  // A session pasted alone (swaks, telnet, a typed SMTP dialogue) is no queued or returned message.
  const session = facts.form === 'transcript' && !facts.action && queuedStep === undefined;
  const steps = fillSteps(cause, values, permanent, queuedStep !== undefined, session);
  if (keptQueued) steps.unshift(keptQueuedStep(facts));
  // A delay of unknown cause is first looked into with the message's own commands; a known cause is fixed first.
  else if (queuedStep && cause.id === 'delivery-delayed') steps.unshift(queuedStep);
  else if (queuedStep) steps.push(queuedStep);
  return {
    recipient: facts.recipient ?? null,
    reason: verdict.reason,
    cause: cause.id,
    title: verdict.after
      ? `${titleOf(cause, values)} (every attempt was deferred: ${verdict.after})`
      : keptQueued
        ? `${titleForOutcome(titleOf(cause, values), true)} (a permanent reply your server keeps queued)`
        : titleForOutcome(titleOf(cause, values), permanent),
    replyCode: facts.replyCode ?? null,
    status: facts.status ?? null,
    permanent,
    side: causeId === verdict.cause ? (verdict.side ?? cause.side) : cause.side,
    provider: provider?.name ?? null,
    diagnostic: facts.diagnostic ?? null,
    steps,
    explanation: explanationOf(cause, permanent, session),
    confidence: verdict.confidence,
    evidence: verdict.evidence.map((item) => quotedAsWritten(item, facts.diagnostic)),
    form: facts.form,
    sender: facts.sender ?? null,
    command: facts.command ?? null,
    remoteHost: facts.remoteHost ?? null,
    remoteIp: facts.remoteIp ?? null,
    reportingMta: facts.reportingMta ?? null,
    sendingIp: facts.sendingIp ?? null,
    referenceCodes: facts.referenceCodes,
    blocklists: facts.blocklists,
    suggestion: suggestion ?? null,
    checks: cause.checks,
    feedbackType: facts.feedbackType ?? null,
  };
}

/** The cause's steps name the address a moved or retired recipient's text gives instead. */
function namesNewAddress(cause: Cause): boolean {
  return cause.steps.some((step) => step.includes('{newAddress}'));
}

/**
 * The explanation, with the sentence that holds for the record's outcome (still queued, or returned); a session
 * (swaks, telnet) has neither.
 */
function explanationOf(cause: Cause, permanent: boolean, session: boolean): string {
  if (!cause.outcome || session) return cause.explanation;
  return `${cause.explanation} ${permanent ? cause.outcome.final : cause.outcome.deferred}`;
}

/**
 * The sending IP a step may name: not a private, loopback or link-local one (an inside hop the receiver read
 * from a Received header, or a host behind NAT), which no list holds; the steps then speak of "your sending
 * IP" (the public address the mail leaves from). Documentation ranges stay, as in labs.
 */
function publicIp(ip: string | undefined): string | undefined {
  return ip && !isSeenByReceivers(addressScope(ip)) ? undefined : ip;
}

const LOGIN_USER = /\bowned by user[ \t]{1,3}<?([^<>\s@]{1,64}@[^<>\s@]{1,253}?)>?(?=[\s;,)]|$)/i;
const REFUSED_SENDER = /<[^<>\s@]{1,64}@([^<>\s@]{1,253})>:?[ \t]{0,3}sender address rejected/i;

/**
 * The domain an authentication step is about: the one the reply names as failing (Gmail's DMARC 5.7.26 names
 * the From domain, which mail sent through an ESP does not share with its envelope), else the envelope's.
 */
function senderDomainOf(facts: BounceFacts, cause: Cause): string | undefined {
  const envelope = facts.sender?.split('@')[1];
  if (cause.id === 'backscatter') return facts.forgedCopy?.domain ?? envelope;
  // The From a submission server refused names itself: "<ceo@brand.example>: Sender address rejected: not owned".
  // Its "not owned by user alice@example.com" names the login, whose domain is no From the message had.
  if (cause.id === 'from-not-permitted') {
    const refused = REFUSED_SENDER.exec(facts.diagnostic ?? '')?.[1];
    const login = LOGIN_USER.exec(facts.diagnostic ?? '')?.[1];
    return refused ?? (login && login.toLowerCase() === facts.sender?.toLowerCase() ? undefined : envelope);
  }
  if (cause.reason !== 'authfailure') return envelope;
  return authDomainIn(facts.diagnostic ?? null) ?? envelope;
}

/**
 * An evidence item quotes the phrase that matched, and phrases match the reply with its addresses, [tags] and
 * link paths taken out: "recipient not found by smtp address lookup" matched "Recipient bob@example.org not
 * found by SMTP address lookup". The quote shows what the reply holds, its gaps as "…", so it never quotes
 * words the paste does not have; left as it is when the words cannot be found in order (folded letters).
 */
function quotedAsWritten(item: string, diagnostic: string | undefined): string {
  const quote = /"([^"]{1,300})"/.exec(item);
  const phrase = quote?.[1];
  if (!quote || !phrase || !diagnostic || phrase.includes('…')) return item;
  const said = diagnostic.slice(0, 8192).toLowerCase().replace(/\s+/g, ' ');
  if (said.includes(phrase)) return item;
  let out = '';
  let end = -1;
  for (const word of phrase.split(' ')) {
    if (!word) continue;
    const at = wordAt(said, word, Math.max(end, 0));
    if (at < 0) return item;
    out += end < 0 ? word : said.slice(end, at).trim() === '' ? ` ${word}` : ` … ${word}`;
    end = at + word.length;
  }
  return item.replace(quote[0], `"${out}"`);
}

/** Where `word` stands as a word of its own in `text` from `from` on ("recipient", not in "recipientnotfound"). */
function wordAt(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? ' ' : (text[at - 1] as string);
    const after = text[at + word.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return at;
  }
  return -1;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first of the named blocklists that the table knows. */
function firstKnownBlocklist(ids: readonly string[]): BlocklistName | undefined {
  for (const id of ids) {
    const found = findBlocklist(id);
    if (found) return found;
  }
  return undefined;
}

/** The cause's sharper headline when the facts fill all of it, else its plain title. */
function titleOf(cause: Cause, values: StepValues): string {
  return (cause.headline && fillHeadline(cause.headline, values)) || cause.title;
}

// A title's opening verb names the outcome the cause usually has; the record's own outcome wins, so a 552
// "too many connections" is not "Deferred" and a 450 "mailbox full" not "Delivery failed".
const FINAL_VERBS: readonly [string, string][] = [
  ['Deferred', 'Failed'],
  ['Delayed:', 'Failed:'],
];
const TEMPORARY_VERBS: readonly [string, string][] = [
  ['Rejected', 'Temporarily rejected'],
  ['Refused', 'Temporarily refused'],
  ['Delivery failed', 'Deferred'],
  ['Failed', 'Deferred'],
  ['Undeliverable', 'Deferred'],
];

function titleForOutcome(title: string, permanent: boolean): string {
  for (const [verb, instead] of permanent ? FINAL_VERBS : TEMPORARY_VERBS) {
    if (title.startsWith(verb)) return instead + title.slice(verb.length);
  }
  return title;
}

/**
 * The server's own class wins over the catalogue's default: a 4xx is temporary, a 5xx permanent. A DSN whose
 * Action is failed is final whatever its status: the reporting MTA gave up and returned the message (Postfix
 * and Sendmail keep the last 4.4.1 or 4.4.7 of a message that expired in their queue).
 */
function isPermanent(facts: BounceFacts, byCause: boolean): boolean {
  if (facts.action === 'failed') return true;
  // Still queued and retried (a queue listing, Postfix's soft_bounce keeping a 5xx, a DSN's "Action:
  // delayed" over a 5xx): not final yet. A notice's own words of delay are weaker than a 5xx it quotes.
  const delayed = facts.action === 'delayed';
  if (delayed && (facts.form === 'mta-log' || facts.form === 'dsn')) return false;
  // The basic reply code is what the sending server acts on (RFC 5321 §4.2.1): a 421 with a 5.x.x status is
  // retried, a 550 with a 4.x.x one returned. The enhanced status decides when there is no reply code.
  const code = String(facts.replyCode ?? '')[0];
  const first = code === '4' || code === '5' ? code : facts.status?.[0];
  if (first === '4') return false;
  if (first === '5') return true;
  if (delayed) return false;
  return byCause;
}
