import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { SmtpCommand } from '../../bounce/types.js';
import { type Capabilities, has, parseCapabilities } from './capabilities.js';
import { SmtpSession, StepError, type Transcript } from './smtp-session.js';
import { inspectTls } from './tls-inspection.js';
import type { ProbeSettings, SmtpReply, TlsInfo } from './types.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
const NON_ASCII = /[^\u0000-\u007f]/;

/** How one connection ended. `failed`: no decisive reply (connect, timeout, closed, protocol). */
export type AttemptKind = 'accepted' | 'rejected' | 'deferred' | 'failed' | 'tls-failed';

export interface Attempt {
  /** The host name (for SNI and wording), the address connected to, the port. */
  host: string;
  ip: string;
  port: number;
  /** The RCPT TO address asked about. */
  recipient: string;
  kind: AttemptKind;
  /** The reply the outcome rests on, and the command it answered (CONN for the banner). */
  reply: SmtpReply | null;
  command: SmtpCommand | null;
  error: StepError | null;
  banner: SmtpReply | null;
  capabilities: Capabilities | null;
  /** The refusal of EHLO when the probe went on with HELO (no ESMTP extensions then). */
  ehloRefused: SmtpReply | null;
  starttls: 'not-offered' | 'refused' | 'done' | 'failed' | 'not-reached';
  starttlsReply: SmtpReply | null;
  tls: TlsInfo | null;
  /** A random address on the same domain: accepted (true), refused (false), unknown (null). */
  catchAll: boolean | null;
  randomRecipient: string | null;
  randomReply: SmtpReply | null;
  /**
   * The answer to RCPT TO postmaster@ of the domain, asked after the target was refused for good: a
   * server that refuses postmaster too refuses every recipient here (RFC 5321 §4.5.1), so the refusal says
   * nothing of the target's mailbox. Null when not asked (or the server had hung up).
   */
  postmasterReply: SmtpReply | null;
  /**
   * Set on a plain-text retry: the STARTTLS handshake of the first connection to this address failed
   * with this error, so this attempt asked again without STARTTLS, as opportunistic senders do.
   */
  tlsFallback: StepError | null;
  /**
   * The reply that did not come: the step awaited, how long the probe waited, and whether the whole
   * probe's deadline (rather than the step timeout) ended the wait. A tarpit, not a dead server.
   */
  stalled: { step: string; ms: number; deadline: boolean } | null;
  /** Replies slower than `slowStepMs`: what was awaited and how long it took. */
  slow: { step: string; ms: number }[];
  roundTrips: number;
}

export interface DialogueInput {
  host: string;
  ip: string;
  port: number;
  /** RCPT TO of the target. */
  recipient: string;
  settings: ProbeSettings;
  signal: AbortSignal;
  transcript: Transcript;
  /** Server name for SNI and the certificate name check; null for a bare address. */
  tlsName: string | null;
  /** Do not ask for STARTTLS even when it is offered: the plain-text retry after a failed handshake. */
  skipStartTls?: boolean;
}

/**
 * The probe's SMTP dialogue with one address, as swaks --quit-after RCPT would run it, plus a second
 * RCPT TO for catch-all detection: banner, EHLO (HELO if refused), STARTTLS when offered, EHLO again,
 * MAIL FROM, RCPT TO the target, RCPT TO a random address, RSET, QUIT. When the target is refused for
 * good, RCPT TO postmaster@ of its domain instead of the random address. DATA is never sent.
 */
export async function runDialogue(input: DialogueInput): Promise<Attempt> {
  const { settings } = input;
  const attempt = unsettledAttempt(input);
  let session: SmtpSession;
  try {
    session = await SmtpSession.connect({
      ip: input.ip,
      port: input.port,
      timeoutMs: settings.connectTimeoutMs,
      signal: input.signal,
      transcript: input.transcript,
    });
  } catch (err) {
    attempt.error = asStepError(err);
    return attempt;
  }
  const timed = async (step: string, run: () => Promise<SmtpReply>): Promise<SmtpReply> => {
    const started = performance.now();
    let reply: SmtpReply;
    try {
      reply = await run();
    } catch (err) {
      if (err instanceof StepError && (err.kind === 'timeout' || err.kind === 'deadline')) {
        // The configured step timeout for a timeout (what the user can raise), the real wait for the deadline.
        const deadline = err.kind === 'deadline';
        const ms = deadline ? Math.round(performance.now() - started) : settings.stepTimeoutMs;
        attempt.stalled = { step, ms, deadline };
      }
      throw err;
    }
    const ms = Math.round(performance.now() - started);
    if (ms >= settings.slowStepMs) attempt.slow.push({ step, ms });
    return reply;
  };
  const send = (line: string) =>
    timed(line.split(/[ :]/)[0] ?? line, () => session.command(line, settings.stepTimeoutMs));
  const decide = (kind: AttemptKind, reply: SmtpReply, command: SmtpCommand) => {
    attempt.kind = kind;
    attempt.reply = reply;
    attempt.command = command;
  };

  try {
    const banner = await timed('banner', () => session.read(settings.stepTimeoutMs));
    attempt.banner = banner;
    if (banner.code !== 220) {
      decide(negativeKind(banner), banner, 'CONN');
      if (attempt.kind === 'failed')
        attempt.error = new StepError('protocol', `unexpected banner ${banner.code}`);
      await quit(session, settings);
      return attempt;
    }
    const helo = settings.helo ?? hostname();
    let ehlo = await send(`EHLO ${helo}`);
    if (ehlo.code >= 500) {
      const heloReply = await send(`HELO ${helo}`);
      if (!positive(heloReply)) return await stop(attempt, session, settings, heloReply, 'HELO');
      attempt.ehloRefused = ehlo;
      ehlo = { ...heloReply, lines: [heloReply.lines[0] ?? ''] };
    } else if (!positive(ehlo)) {
      return await stop(attempt, session, settings, ehlo, 'EHLO');
    }
    attempt.capabilities = parseCapabilities(ehlo);

    if (has(attempt.capabilities, 'STARTTLS') && !input.skipStartTls) {
      const reply = await send('STARTTLS');
      attempt.starttlsReply = reply;
      if (reply.code === 220) {
        let socket: Awaited<ReturnType<SmtpSession['startTls']>>;
        try {
          socket = await session.startTls(input.tlsName, settings.stepTimeoutMs);
        } catch (err) {
          attempt.starttls = 'failed';
          attempt.kind = 'tls-failed';
          attempt.error = asStepError(err);
          session.close();
          return attempt;
        }
        attempt.starttls = 'done';
        attempt.tls = inspectTls(socket, input.tlsName);
        const again = await send(`EHLO ${helo}`);
        if (!positive(again)) return await stop(attempt, session, settings, again, 'EHLO');
        attempt.capabilities = parseCapabilities(again);
      } else {
        attempt.starttls = 'refused';
      }
    } else {
      attempt.starttls = input.skipStartTls ? 'not-reached' : 'not-offered';
    }

    // An address with non-ASCII characters needs the SMTPUTF8 parameter (RFC 6531) where it is offered.
    const utf8 = NON_ASCII.test(input.recipient + settings.from) && has(attempt.capabilities, 'SMTPUTF8');
    const mail = await send(`MAIL FROM:<${settings.from}>${utf8 ? ' SMTPUTF8' : ''}`);
    if (!positive(mail)) return await stop(attempt, session, settings, mail, 'MAIL');

    const rcpt = await send(`RCPT TO:<${input.recipient}>`);
    // Any 2yz accepts: 250, 251 (will forward), 252 ("cannot VRFY user, but will accept message").
    if (!positive(rcpt)) {
      if (rcpt.code >= 500) attempt.postmasterReply = await askPostmaster(input.recipient, send);
      return await stop(attempt, session, settings, rcpt, 'RCPT');
    }
    decide('accepted', rcpt, 'RCPT');

    const random = randomAddress(input.recipient);
    attempt.randomRecipient = random;
    const other = await send(`RCPT TO:<${random}>`);
    attempt.randomReply = other;
    attempt.catchAll = positive(other) ? true : other.code >= 500 ? false : null;
    await send('RSET');
    await quit(session, settings);
  } catch (err) {
    attempt.error = asStepError(err);
    if (attempt.kind !== 'accepted') attempt.kind = 'failed';
  } finally {
    attempt.roundTrips = session.roundTrips;
    session.close();
  }
  return attempt;
}

/** An attempt before anything was heard: `failed` with nothing recorded, until the dialogue says more. */
export function unsettledAttempt(where: Pick<Attempt, 'host' | 'ip' | 'port' | 'recipient'>): Attempt {
  return {
    host: where.host,
    ip: where.ip,
    port: where.port,
    recipient: where.recipient,
    kind: 'failed',
    reply: null,
    command: null,
    error: null,
    banner: null,
    capabilities: null,
    ehloRefused: null,
    starttls: 'not-reached',
    starttlsReply: null,
    tls: null,
    catchAll: null,
    randomRecipient: null,
    randomReply: null,
    postmasterReply: null,
    tlsFallback: null,
    stalled: null,
    slow: [],
    roundTrips: 0,
  };
}

/** A refusal or deferral: record it, leave politely, and stop. */
async function stop(
  attempt: Attempt,
  session: SmtpSession,
  settings: ProbeSettings,
  reply: SmtpReply,
  command: SmtpCommand,
): Promise<Attempt> {
  attempt.kind = negativeKind(reply);
  // "530 5.7.0 Must issue a STARTTLS command first" when TLS was refused or not offered: a TLS failure.
  if (attempt.kind === 'rejected' && attempt.starttls !== 'done' && requiresTls(reply))
    attempt.kind = 'tls-failed';
  attempt.reply = reply;
  attempt.command = command;
  if (attempt.kind === 'failed') {
    attempt.error = new StepError('protocol', `unexpected reply ${reply.code} to ${command}`);
  }
  await quit(session, settings);
  return attempt;
}

/** What a reply that is not the expected one makes of the attempt: 5xx refuses, 4xx defers, else failed. */
function negativeKind(reply: SmtpReply): AttemptKind {
  return reply.code >= 500 ? 'rejected' : reply.code >= 400 ? 'deferred' : 'failed';
}

/**
 * A positive completion reply (RFC 5321 §4.2.1): 250, 251 (will forward), 252 (cannot verify, will
 * accept). Not 220 or 221: a server that says 221 to a command is hanging up, not accepting.
 */
function positive(reply: SmtpReply): boolean {
  return reply.code === 250 || reply.code === 251 || reply.code === 252;
}

/** A refusal that only asks for TLS first (RFC 3207 §4: 530; RFC 3463: 5.7.0, 5.7.10, 5.7.11). */
function requiresTls(reply: SmtpReply): boolean {
  const tlsWords = /STARTTLS|\bTLS\b|encryption/i.test(reply.text);
  return tlsWords && (reply.code === 530 || (reply.status?.startsWith('5.7.') ?? false));
}

/** QUIT, never letting a server that hangs up first turn a verdict into an error. */
async function quit(session: SmtpSession, settings: ProbeSettings): Promise<void> {
  try {
    await session.command('QUIT', Math.min(settings.stepTimeoutMs, 5000));
  } catch {
    // the verdict is already known; a server that closes at once is fine
  }
}

/**
 * RCPT TO postmaster@ the target's domain, unless the target is postmaster: its answer, or null when the
 * server hung up or did not answer (the target's refusal stands alone then).
 */
async function askPostmaster(
  recipient: string,
  send: (line: string) => Promise<SmtpReply>,
): Promise<SmtpReply | null> {
  if (!recipient.includes('@') || /^postmaster@/i.test(recipient)) return null;
  try {
    return await send(`RCPT TO:<${postmasterOf(recipient)}>`);
  } catch {
    return null;
  }
}

/** A local part no one has: `mailmedic-probe-<12 hex>` at the recipient's domain. */
function randomAddress(recipient: string): string {
  return `mailmedic-probe-${randomBytes(6).toString('hex')}@${domainPart(recipient)}`;
}

/** postmaster@ the recipient's domain: the address every domain taking mail must accept. */
export function postmasterOf(recipient: string): string {
  return `postmaster@${domainPart(recipient)}`;
}

function domainPart(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

function asStepError(err: unknown): StepError {
  if (err instanceof StepError) return err;
  return new StepError('network', err instanceof Error ? err.message : String(err));
}
