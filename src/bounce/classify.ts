import { getCause } from '../causes/catalogue.js';
import { findBlocklist } from '../knowledge/blocklist-names.js';
import { MTA_CATEGORY_CAUSES } from '../knowledge/mta-categories.js';
import { DISCARDED_ON_ACCEPT } from '../knowledge/not-failure-notices.js';
import { PROVIDERS, type Provider } from '../knowledge/providers.js';
import {
  AFTER_DATA_REFINES,
  COMMAND_REFINES,
  DELAYED_REFINES,
  FAILED_REFINES,
  FEEDBACK_TYPE_CAUSES,
  FORGED_COPY_KEEPS,
  FORWARD_TARGET_REFINES,
  FORWARDED_REFINES,
  FORWARDING_SIGNS,
  FULL_STATUS_REFINES,
  LISTED_STATUS_REFINES,
  LOCAL_DIAGNOSTIC_CAUSES,
  PERMANENT_REFINES,
  RECIPIENTS_REFUSED_EARLIER,
  SISIMAI_WORDING_REASONS,
  STATUS_REFINES,
  TEMPORARY_FAILED_REFINES,
} from '../knowledge/refinements.js';
import {
  OWN_MTA_MEANINGS,
  type PhraseRule,
  REPLY_PHRASES,
  STANDARD_REPLY_TEXTS,
  VAGUE_WORDING,
  WEAK_PHRASES,
} from '../knowledge/reply-phrases.js';
import { STATUS_CAUSES, VAGUE_STATUSES } from '../knowledge/status-codes.js';
import { type AddressScope, addressScope } from '../net/address-scope.js';
import type { Confidence } from '../report/types.js';
import { replaceAddresses } from './extract/addresses.js';
import { leavesDomain } from './extract/forwarding.js';
import { collapseWhitespace } from './extract/smtp-reply.js';
import { firstMatch, foldLetters } from './match-phrases.js';
import { isGeneratedNotice } from './notice-kind.js';
import { type OwnServerReading, readOwnServerFailure } from './own-server-failure.js';
import { rememberLast } from './remember-last.js';
import { retiredAddressPhrase } from './retired-address.js';
import type { BounceFacts, ForgedCopy, Reason, Side } from './types.js';

/** The verdict on one recipient, with what it rests on. */
export interface Verdict {
  cause: string;
  reason: Reason;
  confidence: Confidence;
  evidence: string[];
  /** Set when the queue gave up after a deferral (greylisting, rate limiting): that deferral, in words. */
  after: string | undefined;
  /** Whose side must act, when the wording says so over its cause (a provider's phrase); else the cause's. */
  side: Side | undefined;
}

/**
 * Decides the cause, strongest evidence first: what kind of report it is, a provider's own reference
 * code, decisive wording in the reply, the provider's reading of its status code, the status code, then
 * generic wording and the SMTP command the reply answered.
 */
export function classify(facts: BounceFacts, provider?: Provider): Verdict {
  const detail = statusDetail(facts.status);
  const text = beyondStandardText(matchableText(facts.diagnostic), facts.command, detail);
  const evidence = baseEvidence(facts, provider);

  if (facts.form === 'feedback-report') {
    const cause = FEEDBACK_TYPE_CAUSES[facts.feedbackType ?? ''] ?? 'feedback-report';
    return verdict(cause, 'high', [...evidence, `feedback type ${facts.feedbackType ?? 'abuse'}`]);
  }
  if (facts.form === 'auto-reply') {
    // A reply that says its address is dead, moving or unread is delivered too, but asks the sender to act.
    const retired = retiredPhrase(facts);
    return retired
      ? verdict('address-retired', 'high', [...evidence, `phrase "${retired}"`])
      : verdict('auto-reply', 'high', evidence);
  }
  // A read receipt reports what the recipient's client did with a delivered message; a failed one is read
  // like any other report below (its Failure/Error words are the diagnostic).
  if (facts.form === 'read-receipt' && facts.action !== 'failed')
    return verdict('read-receipt', 'high', [
      ...evidence,
      `read receipt: ${facts.action ?? 'no disposition stated'}`,
    ]);
  // RFC 3464: "expanded" is delivered to a list or alias that then sent it on, as final as "delivered".
  // A 2xx whose words say the message was discarded or quarantined (amavisd-new's "Ok, discarded … - spam")
  // is read by its words below, not as delivered.
  if (
    (facts.action === 'delivered' ||
      facts.action === 'relayed' ||
      facts.action === 'expanded' ||
      facts.status?.startsWith('2.') ||
      (!facts.status && isAcceptingReply(facts))) &&
    !DISCARDED_ON_ACCEPT.some((p) => text.includes(p))
  ) {
    return verdict('delivered', 'high', evidence);
  }

  const strongCode = providerCode(facts, provider, evidence, false);
  if (strongCode) return strongCode;

  // The sender's own appliance speaks in the reply whoever the receiving provider is (Cyberoam, IronPort...).
  const appliance = APPLIANCE_PHRASES.find((p) => text.includes(p.text));
  if (appliance) {
    return verdict(
      appliance.cause,
      appliance.vague ? 'medium' : 'high',
      [...evidence, `${appliance.provider} wording "${appliance.text}"`],
      facts,
      false,
    );
  }

  const decisiveRules = isServerWritten(facts) ? DECISIVE_SERVER : DECISIVE;
  const decisive = firstMatch(decisiveRules, text, facts.command);
  // A provider's vague framing ("Reject due to policy restrictions") yields to a reason the same reply goes on
  // to state in decisive words ("… invalid DNS PTR resource record"); its own words decide otherwise.
  const ownWords = provider?.phrases?.find((p) => text.includes(p.text));
  const statedBeyond = decisive && !decisive.rule.client && decisive.rule.cause !== ownWords?.cause;
  if (ownWords && !(ownWords.vague && statedBeyond)) {
    const decided = verdict(
      ownWords.cause,
      ownWords.vague ? 'medium' : 'high',
      [...evidence, `${provider?.name} wording "${ownWords.text}"`],
      facts,
      false,
    );
    // Only the provider's own cause: a forwarded or forged copy's verdict keeps its cause's side.
    if (ownWords.side && decided.cause === ownWords.cause) decided.side = ownWords.side;
    return decided;
  }

  // A client's own words known by heart decide; else a device's noun and failure word, before a server's.
  const own = decisive?.rule.client ? undefined : ownServerFailure(facts);
  if (own) {
    const found = [...evidence, `own server: "${own.noun}" … "${own.word}"`];
    return { ...verdict(own.cause, 'medium', found, facts), side: 'sender' };
  }
  if (decisive) {
    // A reply code or status beside the words, or an MTA's or filter's own log line (amavis's "Blocked
    // INFECTED (Eicar-Signature)"): the server wrote them. Words pasted without either may be retold.
    // A mail system's own notice template around them (Postfix's "This is the mail system at host") is as sure.
    const written =
      facts.replyCode ||
      facts.status ||
      facts.form === 'mta-log' ||
      isGeneratedNotice(`${facts.preamble ?? ''}\n${facts.diagnostic ?? ''}`);
    const confidence: Confidence = written ? 'high' : 'medium';
    const found = [...evidence, `phrase "${decisive.phrase}"`];
    const sure = byWording(confidence, decisive.phrase);
    return verdict(decisive.rule.cause, sure, found, facts, true, decisive.rule.overStatus);
  }

  const weakCode = providerCode(facts, provider, evidence, true);
  if (weakCode) return weakCode;

  // A local program's failure (X-Unix): its mapped exit status says nothing more (refinements.ts).
  const local = facts.decidedLocally ? LOCAL_DIAGNOSTIC_CAUSES[facts.diagnosticType ?? ''] : undefined;
  if (local && (!detail || VAGUE_STATUSES.has(detail) || local.over.test(detail)))
    return verdict(local.cause, 'medium', [...evidence, `diagnostic type ${facts.diagnosticType}`], facts);

  const override = facts.status ? provider?.statusOverrides?.[facts.status] : undefined;
  if (override)
    return verdict(
      override,
      'high',
      [...evidence, `${provider?.name}'s meaning of ${facts.status}`],
      facts,
      false,
    );

  if (detail && !VAGUE_STATUSES.has(detail)) {
    const byStatus = STATUS_CAUSES[detail];
    // General words that say the same as the status ("552 5.3.4 Message too large") make it sure.
    const agrees = byStatus ? firstMatch(GENERAL, text, facts.command) : undefined;
    if (byStatus && agrees?.rule.cause === byStatus) {
      const found = [...evidence, `phrase "${agrees.phrase}"`];
      return verdict(byStatus, byWording('high', agrees.phrase), found, facts);
    }
    if (byStatus) return verdict(byStatus, 'medium', evidence, facts);
  }

  // The sending MTA already read the reply with its own patterns (PowerMTA's "bad-mailbox"): more than a
  // general word, less than the reply's own decisive words.
  const byCategory = MTA_CATEGORY_CAUSES[facts.mtaCategory ?? ''];
  if (byCategory) return verdict(byCategory, 'medium', evidence, facts);

  const general = firstMatch(GENERAL, text, facts.command);
  // A security or policy status (x.7.x) whose words only say the service is unavailable ("554 5.7.1 Service
  // unavailable"): the notice's own words around the recipient, when they decide, say what the policy refused.
  // So do the words a relay wrapped around a quoted reply that only says "Rejected" ("554 5.7.1 Message
  // rejected by mx: virus found … - host said: 554 5.7.1 Rejected"): the outer words name the reason.
  const weak = general ? undefined : firstMatch(WEAK_PHRASES, text, facts.command);
  const saysNothing = general ? UNAVAILABLE_CAUSES.has(general.rule.cause) : !!weak;
  const policyAround =
    saysNothing && detail?.startsWith('7.')
      ? firstMatch(decisiveRules, matchableContext(facts.context), facts.command)
      : undefined;
  if (policyAround)
    return verdict(
      policyAround.rule.cause,
      onReplyLine(facts, decisiveRules, policyAround.rule) ? 'medium' : 'low',
      [...evidence, `bounce text "${policyAround.phrase}"`],
      facts,
    );
  // The sending MTA's own words with no reply quoted (Exim's "defer (110): Connection timed out", Sendmail's
  // "Deferred: Connection timed out with mx."): it says what it met itself, as sure as a status would. Not its
  // rendering of a reply it got ("stat=Service unavailable"): that says nothing more.
  const ownMta =
    !facts.replyCode && !saysNothing && (facts.form === 'mta-log' || isGeneratedNotice(facts.preamble ?? ''));
  if (general)
    return verdict(
      (ownMta && OWN_MTA_MEANINGS[general.phrase]) || general.rule.cause,
      ownMta && !VAGUE_WORDING.has(general.phrase) ? 'high' : byWording('medium', general.phrase),
      [...evidence, `phrase "${general.phrase}"`],
      facts,
    );

  if (weak) return verdict(weak.rule.cause, 'low', [...evidence, `phrase "${weak.phrase}"`], facts);

  const byCommand = causeFromCommand(facts);
  if (byCommand) return verdict(byCommand, 'low', evidence, facts);

  // A vague status on a message still being retried ("Deferred: 421", 4.5.0) says no more than "delayed".
  const stillTrying = facts.action === 'delayed' && !!detail && VAGUE_STATUSES.has(detail);
  if (stillTrying) return verdict('delivery-delayed', 'medium', evidence, facts);
  if (detail && STATUS_CAUSES[detail]) return verdict(STATUS_CAUSES[detail], 'low', evidence, facts);

  // The reply said nothing we know: the bounce's own words around it may (low confidence).
  const around = firstMatch(decisiveRules, matchableContext(facts.context), facts.command);
  if (around)
    return verdict(around.rule.cause, 'low', [...evidence, `bounce text "${around.phrase}"`], facts);
  // Nor the words around the recipient: a notice may give the reason once, above its list of recipients.
  const above = facts.preamble
    ? firstMatch(decisiveRules, toMatchable(facts.preamble), facts.command)
    : undefined;
  if (above) return verdict(above.rule.cause, 'low', [...evidence, `bounce text "${above.phrase}"`], facts);
  // Sendmail states the reason in its subject ("Returned mail: User unknown") even when no reply is quoted.
  const stated = /returned mail:(.{1,200})/i.exec(facts.subject ?? '')?.[1];
  const bySubject = stated ? firstMatch(decisiveRules, toMatchable(stated), facts.command) : undefined;
  if (bySubject)
    return verdict(bySubject.rule.cause, 'low', [...evidence, `subject "${bySubject.phrase}"`], facts);
  if (facts.action === 'delayed') return verdict('delivery-delayed', 'medium', evidence, facts);
  // A client's or device's own "sending failed" quoting no server: the answer lies in its own sending setup.
  const unquoted = facts.clientError && !facts.replyCode && !facts.status;
  return verdict(unquoted ? 'client-send-failed' : 'unknown', 'low', evidence, facts);
}

/**
 * The reply without a standard text when the server's own words after it mean something (a decisive or
 * general phrase; a weak word such as "rejected" says no more than the standard text) or its status code is specific ("550 5.2.1 … mailbox unavailable" is a disabled mailbox); else
 * the reply as it is, the standard text its only words.
 */
function beyondStandardText(text: string, command: BounceFacts['command'], detail?: string): string {
  const standard = STANDARD_REPLY_TEXTS.find((s) => text.includes(s));
  if (!standard) return text;
  const rest = text.replace(standard, ' ');
  if (detail && !VAGUE_STATUSES.has(detail) && STATUS_CAUSES[detail]) return rest;
  const means = firstMatch(DECISIVE, rest, command) ?? firstMatch(GENERAL, rest, command);
  return means ? rest : text;
}

/**
 * Whether the words that decide stand on the line of the reply itself, as a relay wraps the reply it quotes
 * ("554 5.7.1 Message rejected by mx: virus found (Win.Trojan.Agent) - host said: 554 5.7.1 Rejected"): the
 * relay's own reply names the reason, more than a notice's prose around it does (round 80).
 */
function onReplyLine(facts: BounceFacts, rules: readonly PhraseRule[], rule: PhraseRule): boolean {
  const reply = facts.diagnostic?.split('\n')[0]?.trim();
  if (!reply || reply.length < 8 || !facts.context) return false;
  const line = facts.context.split('\n').find((l) => l.includes(reply));
  if (!line || line.trim() === reply) return false;
  return firstMatch(rules, toMatchable(line), facts.command)?.rule === rule;
}

/**
 * When the words say nothing, the command a reply answered still narrows it down. Not a refusal of RCPT TO:
 * servers refuse a recipient for an unknown address, a restriction, relaying, a policy or the client's IP
 * alike, so a bare "550 Sorry, no" there is read from the notice's words, else as unknown (round 76).
 */
function causeFromCommand(facts: BounceFacts): string | undefined {
  switch (facts.command) {
    case 'CONN':
    case 'EHLO':
      return 'connection-rejected';
    case 'MAIL':
      return 'sender-rejected';
    case 'DATA':
      return 'content-filtered';
    default:
      return undefined;
  }
}

const DECISIVE = REPLY_PHRASES.filter((r) => !r.general);
// What a server wrote (a DSN, an MTA's log) holds no mail client's own error: "Connection refused (os error
// 111)" in a DSN is the sending server's connection to the recipient's, not a client's to its own server.
const DECISIVE_SERVER = DECISIVE.filter((r) => !r.client);

/**
 * A device's or client's words on failing to reach or log in to its own server (own-server-failure.ts), in a
 * client's own report that quotes no server's reply or status.
 */
function ownServerFailure(facts: BounceFacts): OwnServerReading | undefined {
  if (!facts.clientError || facts.replyCode || facts.status || !facts.diagnostic) return undefined;
  return readOwnServerFailure(`${facts.diagnostic}\n${facts.context ?? ''}`);
}

function isServerWritten(facts: BounceFacts): boolean {
  return facts.form === 'dsn' || facts.form === 'mta-log';
}
const APPLIANCE_PHRASES = PROVIDERS.filter((p) => p.kind === 'appliance').flatMap((p) =>
  (p.phrases ?? []).map((phrase) => ({ ...phrase, provider: p.name })),
);
const GENERAL = REPLY_PHRASES.filter((r) => r.general);

/** `generic` verdicts come from our own wording tables; a provider's own codes and words are taken as meant. */
function verdict(
  found: string,
  confidence: Confidence,
  evidence: string[],
  facts?: BounceFacts,
  generic = true,
  overStatus = false,
): Verdict {
  const { cause: refined, after } = facts
    ? refine(found, facts, overStatus)
    : { cause: found, after: undefined };
  // Our own wording's "unknown user" in answer to DATA; a provider's own words are taken as meant.
  const before = (generic && facts && answersData(facts) && AFTER_DATA_REFINES[refined]) || refined;
  const forwarded = facts ? refineForwarded(before, facts) : before;
  const forged = facts?.forgedCopy && !FORGED_COPY_KEEPS.has(forwarded) ? facts.forgedCopy : undefined;
  const cause = forged ? 'backscatter' : forwarded;
  // A forwarded or forged copy's failure keeps the reason of what failed (a gone, full or disabled address).
  const reason = getCause(before).reason;
  const notes = [
    ...(forwarded !== before && facts?.forwardedFrom ? [`forwarded from ${facts.forwardedFrom}`] : []),
    ...(forged ? [forgedEvidence(forged)] : []),
  ];
  return {
    cause,
    reason: generic ? adjustReason(reason, facts, before) : reason,
    // A forged copy, refusals at RCPT TO only reported at DATA ("no valid recipients": not why they were), or a
    // sending platform's own category for a reply it does not show ("Hard bounce", "Mailbox Full").
    confidence:
      (forged || reportedAtData(facts) || facts?.platformWords) && confidence === 'high'
        ? 'medium'
        : confidence,
    evidence: [...evidence, ...notes, ...(after ? [`gave up after ${after}`] : []), ...(facts?.notes ?? [])],
    after,
    side: undefined,
  };
}

/** "the returned copy failed authentication at mx.example.org: spf=fail, dkim=none, dmarc=fail for example.com, sent from 203.0.113.9". */
function forgedEvidence(forged: ForgedCopy): string {
  const at = forged.checkedBy ? ` at ${forged.checkedBy}` : '';
  const from = forged.sendingIp ? `, sent from ${forged.sendingIp}` : '';
  return `the returned copy failed authentication${at}: ${forged.results} for ${forged.domain}${from}`;
}

/** Narrows a cause by a blocklist named, the command the reply answered and its status (refinements.ts). */
function refine(
  found: string,
  facts: BounceFacts,
  overStatus = false,
): { cause: string; after: string | undefined } {
  const detail = statusDetail(facts.status);
  const listed = (facts.blocklists.length > 0 && detail && LISTED_STATUS_REFINES[found]?.[detail]) || found;
  const cause = listed === 'ip-blocklisted' ? byListKind(facts) : listed;
  const byCommand =
    facts.command && !isUnknownCommand(facts, cause, detail)
      ? COMMAND_REFINES[facts.command]?.[cause]
      : undefined;
  const refined = byCommand ?? cause;
  const full = facts.status && !overStatus ? FULL_STATUS_REFINES[refined]?.[facts.status] : undefined;
  const byStatus = full || (detail && STATUS_REFINES[refined]?.[detail]) || refined;
  const permanent = (facts.replyCode ?? 0) >= 500 || facts.status?.startsWith('5.');
  const ended = (permanent && PERMANENT_REFINES[byStatus]) || byStatus;
  if (facts.action === 'delayed') return { cause: DELAYED_REFINES[ended] || ended, after: undefined };
  if (facts.action !== 'failed') return { cause: ended, after: undefined };
  const failed = FAILED_REFINES[ended];
  if (failed) return { cause: failed, after: undefined };
  const temporary = facts.status?.startsWith('4.') || Math.floor((facts.replyCode ?? 0) / 100) === 4;
  return (temporary && TEMPORARY_FAILED_REFINES[ended]) || { cause: ended, after: undefined };
}

/**
 * A syntax error that says the command itself was unknown (reply 500, or status x.5.1 "invalid command": a
 * firewall's SMTP fixup masking EHLO) is not about the name EHLO or HELO gave (501, x.5.2, x.5.4).
 */
function isUnknownCommand(facts: BounceFacts, cause: string, detail: string | undefined): boolean {
  return cause === 'syntax-error' && (facts.replyCode === 500 || detail === '5.1');
}

/** The reply answered DATA and its status (if any) does not name the mailbox (x.1.x): see AFTER_DATA_REFINES. */
function answersData(facts: BounceFacts): boolean {
  if (facts.command !== 'DATA' || facts.mtaCategory === 'bad-mailbox') return false;
  if (refusedEarlier(facts)) return false;
  return !statusDetail(facts.status)?.startsWith('1.');
}

function reportedAtData(facts: BounceFacts | undefined): boolean {
  return facts?.command === 'DATA' && refusedEarlier(facts);
}

/** The reply at DATA only reports the recipients were all refused before it (RECIPIENTS_REFUSED_EARLIER). */
function refusedEarlier(facts: BounceFacts): boolean {
  const words = facts.diagnostic?.toLowerCase() ?? '';
  return RECIPIENTS_REFUSED_EARLIER.some((said) => words.includes(said));
}

/**
 * A failure of a copy the recipient's side forwarded: an authentication refusal when the bounce or the reply
 * says so, a gone, disabled or full final address or the forwarder's IP when the bounce names the address it
 * was forwarded from at another domain (refinements.ts).
 */
function refineForwarded(cause: string, facts: BounceFacts): string {
  const auth = FORWARDED_REFINES[cause];
  if (auth && (forwardedOff(facts) || wasForwarded(facts))) return auth;
  const target = FORWARD_TARGET_REFINES[cause];
  return target && forwardedOff(facts) ? target : cause;
}

/** The bounce or the reply says the refused copy was one the recipient's side forwarded (refinements.ts). */
function wasForwarded(facts: BounceFacts): boolean {
  return FORWARDING_SIGNS.test(facts.diagnostic ?? '') || FORWARDING_SIGNS.test(facts.context ?? '');
}

/** The failed address was reached through an alias or forward at another domain. */
function forwardedOff(facts: BounceFacts): boolean {
  return leavesDomain(facts.forwardedFrom, facts.recipient);
}

/**
 * Sisimai-compatible reasons where context changes the name: "user unknown" in answer to DATA (the
 * recipients were already accepted) without an x.1.x status is a recipient-side filter ("filtered").
 */
function adjustReason(reason: Reason, facts?: BounceFacts, cause?: string): Reason {
  if (!facts) return reason;
  // A group or folder that takes only signed-in senders: Sisimai names Exchange's "authentication required"
  // (RESOLVER.RST.AuthRequired, 5.7.133) a security error, as it does the sender's own missing SMTP login.
  if (cause === 'recipient-restricted' && /authentication required/i.test(facts.diagnostic ?? ''))
    return 'securityerror';
  const named = SISIMAI_WORDING_REASONS.find(
    (w) => w.cause === cause && w.wording.test(facts.diagnostic ?? ''),
  )?.reason;
  if (named) return named === 'userunknown' && isUnplacedRefusal(facts) ? 'filtered' : named;
  // A domain that could not be found this time (4.x.x, retried later) is a lookup failure, not a verdict.
  if (reason === 'hostunknown' && facts.status?.startsWith('4.')) return 'networkerror';
  if (reason === 'userunknown' && isUnplacedRefusal(facts)) return 'filtered';
  return reason;
}

/**
 * A bounce's "user unknown" is only taken at its word when the server said it to RCPT TO or with an x.1.x
 * status. The same words after DATA, or relayed in a bounce without the stage they answered, are often a
 * recipient-side filter hiding behind them (Japanese carriers answer filtered mail "550 User unknown"):
 * Sisimai's 'filtered'. Not in doubt: a failure the reporting MTA decided itself, and a reply pasted on
 * its own (its reader knows what it answered: almost always RCPT TO).
 */
function isUnplacedRefusal(facts: BounceFacts): boolean {
  if (facts.mtaCategory === 'bad-mailbox') return false; // the sending MTA (PowerMTA) placed it already
  if (facts.decidedLocally) return false; // Domino's "X-Notes; … not listed": no remote reply to place
  if (statusDetail(facts.status)?.startsWith('1.') || refusedEarlier(facts)) return false;
  // Sisimai reads a pipelined transcript's replies as answers to the DATA they follow; the command shown
  // stays the RCPT TO they answered.
  if (facts.command === 'DATA' || facts.afterData) return true;
  if (facts.command !== undefined) return false;
  // A DSN's Diagnostic-Code is the remote server's account (RFC 3464 2.3.6), coded or not; a non-standard
  // bounce's words are its own unless it quotes a reply code.
  return facts.form === 'dsn' || (facts.form === 'mta-bounce' && facts.replyCode !== undefined);
}

/** The reply in lower case without addresses and link paths: "filtered@example.org" says nothing. */
function matchableText(diagnostic: string | undefined): string {
  return diagnostic ? diagnosticMatchable(diagnostic) : '';
}

function matchableContext(context: string | undefined): string {
  return context ? contextMatchable(context) : '';
}

function toMatchable(diagnostic: string): string {
  // Links, addresses and tags are only looked for where they can be (a scheme, an "@", a "[").
  let text = diagnostic.toLowerCase();
  // Wording is written with straight apostrophes; Outlook and Gmail type "couldn’t", "l’indirizzo".
  if (text.includes('\u2019') || text.includes('\u2018')) text = text.replace(CURLY_APOSTROPHE, "'");
  // Turkish capital "İ" lower-cases to "i" and a combining dot ("İleti boyutu" to "i̇leti"): the wording has "i".
  if (text.includes('\u0307')) text = text.replace(DOTTED_I, 'i');
  // Letter variants folded as the phrase tables are (Arabic ي/ی, Greek accents, full-width forms…).
  text = foldLetters(text);
  if (text.includes('http')) text = text.replace(URL_PATH, '$1 ');
  if (text.includes('@')) text = replaceAddresses(text, ' ');
  if (text.includes('[')) text = text.replace(TAGS, ' ');
  // A multi-line reply folded onto one line (Postfix's log and notice: "wasn't sent 421-4.7.29 over a TLS
  // connection") keeps each line's continuation prefix inside the sentence: taken out, the words read through.
  if (text.includes('-')) text = text.replace(INLINE_CONTINUATION, ' ');
  // A check that passed says nothing against the message: "Spf=Pass, Dkim=Fail, DMARC=Pass" failed DKIM alone.
  if (text.includes('=pass') || text.includes('= pass')) text = text.replace(PASSED_CHECK, ' ');
  return collapseWhitespace(text);
}

// The recipients of one bounce often share the texts: each made matchable once. The diagnostic and the
// context are remembered apart, so reading both for each recipient does not evict one with the other.
const diagnosticMatchable = rememberLast(toMatchable);
const contextMatchable = rememberLast(toMatchable);

const CURLY_APOSTROPHE = /[\u2018\u2019]/g;
const INLINE_CONTINUATION = /(?<=\s)[245]\d\d-[245]\.\d{1,3}\.\d{1,3}(?=\s)/g;
const PASSED_CHECK = /\b(?:spf|dkim|dmarc|arc|compauth)[ \t]?=[ \t]?pass\b/g;
const DOTTED_I = /i\u0307/g;
// A link keeps its host (it names the provider) and loses its path ("…/reason/#filtered" says nothing).
const URL_PATH = /https?:\/\/([\w.-]{1,253})\S{0,2000}/g;
// Bracketed "[key=value]" tags are metadata: Microsoft's "[Name=Protocol Filter Agent]" is no filter verdict.
// Exchange's "[Message=…]" is not: it holds what the remote side answered ("TlsCertValidation failed", "451
// 5.7.3 STARTTLS is required"), so it is read with the reply.
const TAGS = /\[(?!message=)[a-z]{1,20}=[^\]\n]{0,200}\]/g;

/**
 * An IP blocklisting whose named lists all hold domains, or all hold whole networks, is that kind's. One that
 * names a private client address the receiver's own setup checked: no list holds it.
 */
function byListKind(facts: BounceFacts): string {
  if (namesPrivateClient(facts)) return 'blocklist-checked-private-ip';
  const lists = facts.blocklists.map(findBlocklist);
  if (lists.length === 0) return 'ip-blocklisted';
  if (lists.every((b) => b?.lists === 'domain')) return 'domain-blocklisted';
  if (lists.every((b) => b?.lists === 'network')) return 'network-blocklisted';
  return 'ip-blocklisted';
}

/**
 * The reply itself names the client it judged as a private, loopback, link-local or shared address ("Client
 * host [10.0.0.5] blocked using …"): a hop inside the receiver's network, not a sender on the internet.
 * 0.0.0.0 and the like are not: pasted bounces often blank the IP out so.
 */
function namesPrivateClient(facts: BounceFacts): boolean {
  const ip = facts.sendingIp;
  return !!ip && !!facts.diagnostic?.includes(ip) && INSIDE_SCOPES.has(addressScope(ip));
}

const INSIDE_SCOPES: ReadonlySet<AddressScope> = new Set(['private', 'loopback', 'link-local', 'shared']);

// General words that say only that the server is not serving now, no reason ("Service unavailable").
const UNAVAILABLE_CAUSES: ReadonlySet<string> = new Set(['server-unavailable', 'system-error']);

/** The verdict of the first reference code the provider defines, strong or weak (ProviderCode.weak). */
function providerCode(
  facts: BounceFacts,
  provider: Provider | undefined,
  evidence: readonly string[],
  weak: boolean,
): Verdict | undefined {
  for (const code of facts.referenceCodes) {
    const known = provider?.codes?.[code];
    if (known && !!known.weak === weak)
      return verdict(
        known.cause,
        known.vague ? 'medium' : 'high',
        [...evidence, `${provider?.name} code ${code}: ${known.note}`],
        facts,
        false,
      );
  }
  return undefined;
}

/** Words that say only that the server refused or failed (VAGUE_WORDING) make a verdict one step less sure. */
function byWording(confidence: Confidence, phrase: string): Confidence {
  if (!VAGUE_WORDING.has(phrase)) return confidence;
  return confidence === 'high' ? 'medium' : 'low';
}

function statusDetail(status?: string): string | undefined {
  if (!status) return undefined;
  const dot = status.indexOf('.');
  return dot < 0 ? undefined : status.slice(dot + 1);
}

function baseEvidence(facts: BounceFacts, provider?: Provider): string[] {
  const out: string[] = [];
  if (facts.replyCode) out.push(`reply ${facts.replyCode}`);
  if (facts.status) out.push(`status ${facts.status}`);
  if (facts.command) out.push(`answer to ${facts.command}`);
  if (provider) out.push(`provider ${provider.name}`);
  if (facts.mtaCategory) out.push(`sending MTA's category "${facts.mtaCategory}"`);
  return out;
}

/**
 * A reply of 250-252 that stands as the server's answer ("250 OK", "251 User not local; will forward"):
 * accepted, no failure. A 250 inside other words ("exceeded the max emails per hour (250/250)") is none.
 */
function isAcceptingReply(facts: BounceFacts): boolean {
  const code = facts.replyCode;
  return code !== undefined && code >= 250 && code <= 252 && ACCEPTING_REPLY.test(facts.diagnostic ?? '');
}

const ACCEPTING_REPLY = /^\s{0,8}(?:[\w-]{1,20}:\s{0,4})?(?:smtp;\s{0,4})?25[0-2](?:[ -]|$)/i;

/** The words of an auto-reply that say its address is dead, moving or unread. */
function retiredPhrase(facts: BounceFacts): string | undefined {
  return retiredAddressPhrase(`${facts.subject ?? ''}\n${facts.context ?? facts.diagnostic ?? ''}`);
}
