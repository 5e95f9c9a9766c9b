import { connect as netConnect, type Socket } from 'node:net';
import { type TLSSocket, connect as tlsConnect } from 'node:tls';
import { printable, ReplyParser, replyLines, SmtpProtocolError } from './reply-parser.js';
import type { SmtpReply, TranscriptEntry } from './types.js';

/** Why a step of the dialogue did not get its reply. */
export type StepFailure =
  | 'connect-refused'
  | 'connect-timeout'
  | 'network'
  | 'timeout'
  | 'closed'
  | 'protocol'
  | 'tls'
  | 'deadline';

/** Replies a server may send ahead of the commands that ask for them (a flood is a protocol error). */
const MAX_UNREAD_REPLIES = 20;

export class StepError extends Error {
  constructor(
    readonly kind: StepFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface Transcript {
  readonly entries: TranscriptEntry[];
  /** Milliseconds since the probe started. */
  now(): number;
  add(entry: Omit<TranscriptEntry, 'at'>): void;
}

export function createTranscript(): Transcript {
  const start = performance.now();
  const entries: TranscriptEntry[] = [];
  const now = () => Math.round(performance.now() - start);
  return { entries, now, add: (e) => entries.push({ at: now(), ...e, text: printable(e.text) }) };
}

export interface ConnectOptions {
  ip: string;
  port: number;
  timeoutMs: number;
  /** The whole probe's deadline. */
  signal: AbortSignal;
  transcript: Transcript;
}

/**
 * One SMTP client connection: commands go out one at a time (no pipelining), each waits for its whole
 * reply under a per-step timeout and the probe's deadline, and everything is written to the transcript.
 */
export class SmtpSession {
  private socket: Socket | TLSSocket;
  private readonly parser = new ReplyParser();
  private replies: SmtpReply[] = [];
  private failure: StepError | null = null;
  private wake: (() => void) | null = null;
  private encrypted = false;
  /** Commands sent and handshakes made: the round trips the dialogue cost. */
  roundTrips = 0;

  private constructor(
    socket: Socket,
    private readonly signal: AbortSignal,
    readonly transcript: Transcript,
  ) {
    this.socket = socket;
    this.listen(socket);
  }

  static connect(o: ConnectOptions): Promise<SmtpSession> {
    o.transcript.add({ dir: 'info', tls: false, text: `Trying ${hostPort(o.ip, o.port)}...` });
    return new Promise((resolve, reject) => {
      if (o.signal.aborted) {
        reject(new StepError('deadline', 'the probe ran out of time before connecting'));
        return;
      }
      const started = performance.now();
      const socket = netConnect({ host: o.ip, port: o.port });
      socket.setNoDelay(true);
      const done = (err: StepError | null) => {
        clearTimeout(timer);
        o.signal.removeEventListener('abort', onAbort);
        socket.off('error', onError);
        socket.off('connect', onConnect);
        if (err) {
          socket.destroy();
          o.transcript.add({ dir: 'info', tls: false, text: err.message });
          reject(err);
          return;
        }
        o.transcript.add({
          dir: 'info',
          tls: false,
          text: `Connected to ${hostPort(o.ip, o.port)}.`,
          ms: Math.round(performance.now() - started),
        });
        resolve(new SmtpSession(socket, o.signal, o.transcript));
      };
      const onConnect = () => done(null);
      const onError = (err: NodeJS.ErrnoException) => done(connectError(err, o));
      const onAbort = () => done(new StepError('deadline', 'the probe ran out of time while connecting'));
      const timer = setTimeout(
        () =>
          done(
            new StepError(
              'connect-timeout',
              `no answer from ${hostPort(o.ip, o.port)} within ${seconds(o.timeoutMs)}`,
            ),
          ),
        o.timeoutMs,
      );
      socket.once('connect', onConnect);
      socket.once('error', onError);
      o.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  get tls(): boolean {
    return this.encrypted;
  }

  get tlsSocket(): TLSSocket | null {
    return this.encrypted ? (this.socket as TLSSocket) : null;
  }

  /** The next reply: the banner, or the answer to the command just sent. */
  async read(timeoutMs: number, since = performance.now()): Promise<SmtpReply> {
    let reply: SmtpReply;
    try {
      reply = await this.next(timeoutMs);
    } catch (err) {
      // The transcript says why it stops where it stops (a timeout, the deadline, a hang-up).
      if (err instanceof StepError)
        this.transcript.add({ dir: 'info', tls: this.encrypted, text: err.message });
      throw err;
    }
    this.log(reply, Math.round(performance.now() - since));
    return reply;
  }

  /** Sends one command line and waits for its reply. */
  async command(line: string, timeoutMs: number): Promise<SmtpReply> {
    const closing = this.dropUnasked();
    if (closing) return closing;
    if (this.failure) throw this.failure;
    this.transcript.add({ dir: 'send', tls: this.encrypted, text: line });
    this.roundTrips++;
    const since = performance.now();
    this.socket.write(`${line}\r\n`);
    return this.read(timeoutMs, since);
  }

  /** Upgrades the connection after a 220 to STARTTLS; certificates are inspected, never enforced. */
  startTls(servername: string | null, timeoutMs: number): Promise<TLSSocket> {
    const leftover = this.parser.leftover;
    if (leftover !== '' || this.replies.length > 0) {
      // Bytes sent before the handshake would be read as if encrypted (CVE-2011-0411): drop them.
      this.transcript.add({
        dir: 'info',
        tls: false,
        text: 'the server sent data before the TLS handshake; it was discarded',
      });
    }
    this.parser.reset();
    this.replies = [];
    const plain = this.socket;
    plain.removeAllListeners('data');
    this.roundTrips++;
    const since = performance.now();
    return new Promise((resolve, reject) => {
      const secure = tlsConnect({
        socket: plain as Socket,
        ...(servername ? { servername } : {}),
        rejectUnauthorized: false,
      });
      const done = (err: StepError | null) => {
        clearTimeout(timer);
        this.signal.removeEventListener('abort', onAbort);
        secure.off('error', onError);
        if (err) {
          secure.destroy();
          this.failure = err;
          this.transcript.add({ dir: 'info', tls: false, text: err.message });
          reject(err);
          return;
        }
        this.socket = secure;
        this.encrypted = true;
        this.listen(secure);
        const cipher = secure.getCipher();
        this.transcript.add({
          dir: 'info',
          tls: true,
          text: `TLS started: ${secure.getProtocol() ?? '?'} ${cipher?.standardName ?? cipher?.name ?? ''}`.trim(),
          ms: Math.round(performance.now() - since),
        });
        resolve(secure);
      };
      // OpenSSL's message is a one-line dump ("80AC…:error:0A00010B:SSL routines:…"); its reason reads.
      const onError = (err: Error & { reason?: string }) =>
        done(new StepError('tls', `TLS handshake failed: ${err.reason ?? err.message.trim()}`));
      const onAbort = () => done(new StepError('deadline', 'the probe ran out of time in the TLS handshake'));
      const timer = setTimeout(
        () => done(new StepError('tls', `the TLS handshake did not finish within ${seconds(timeoutMs)}`)),
        timeoutMs,
      );
      secure.once('secureConnect', () => done(null));
      secure.once('error', onError);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Replies that came before the command that would ask for them: a 421 or 221 (the server is closing,
   * e.g. Postfix's idle timeout) answers whatever comes next; anything else is a stray duplicate that must
   * not be read as the next command's answer, so it is shown and dropped.
   */
  private dropUnasked(): SmtpReply | null {
    const unasked = this.replies.splice(0);
    for (const reply of unasked) {
      this.log(reply);
      if (reply.code === 421 || reply.code === 221) {
        this.transcript.add({
          dir: 'info',
          tls: this.encrypted,
          text: `the server sent ${reply.code} on its own: it is closing the connection`,
        });
        return reply;
      }
    }
    if (unasked.length > 0) {
      this.transcript.add({
        dir: 'info',
        tls: this.encrypted,
        text: `ignored ${unasked.length === 1 ? 'a reply' : `${unasked.length} replies`} the server sent unasked`,
      });
    }
    return null;
  }

  private log(reply: SmtpReply, ms?: number): void {
    const lines = replyLines(reply);
    lines.forEach((text, i) => {
      this.transcript.add({
        dir: 'recv',
        tls: this.encrypted,
        text,
        ...(i === lines.length - 1 && ms !== undefined ? { ms } : {}),
      });
    });
  }

  /** Closes the connection at once; safe to call twice. */
  close(): void {
    this.socket.destroy();
  }

  private listen(socket: Socket | TLSSocket): void {
    // UTF-8 (SMTPUTF8 servers use it; invalid bytes become U+FFFD), decoded across chunk boundaries.
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      try {
        this.replies.push(...this.parser.push(chunk));
        if (this.replies.length > MAX_UNREAD_REPLIES) {
          throw new SmtpProtocolError('the server sends replies nobody asked for');
        }
      } catch (err) {
        this.fail(new StepError('protocol', err instanceof SmtpProtocolError ? err.message : String(err)));
        socket.destroy();
      }
      this.wake?.();
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      this.fail(new StepError('network', `the connection failed: ${err.code ?? err.message}`));
    });
    socket.on('close', () => {
      this.fail(new StepError('closed', 'the server closed the connection'));
    });
  }

  private fail(err: StepError): void {
    this.failure ??= err;
    this.wake?.();
  }

  private next(timeoutMs: number): Promise<SmtpReply> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        const reply = this.replies.shift();
        if (reply) {
          cleanup();
          resolve(reply);
          return true;
        }
        if (this.failure) {
          cleanup();
          reject(this.failure);
          return true;
        }
        return false;
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.signal.removeEventListener('abort', onAbort);
        this.wake = null;
      };
      const onAbort = () => {
        cleanup();
        reject(new StepError('deadline', 'the probe ran out of time waiting for a reply'));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new StepError('timeout', `no reply within ${seconds(timeoutMs)}`));
      }, timeoutMs);
      if (this.signal.aborted) {
        onAbort();
        return;
      }
      this.signal.addEventListener('abort', onAbort, { once: true });
      if (!settle()) this.wake = () => void settle();
    });
  }
}

function connectError(err: NodeJS.ErrnoException, o: ConnectOptions): StepError {
  const where = hostPort(o.ip, o.port);
  if (err.code === 'ECONNREFUSED') return new StepError('connect-refused', `${where} refused the connection`);
  if (err.code === 'ETIMEDOUT') return new StepError('connect-timeout', `no answer from ${where}`);
  return new StepError('network', `could not connect to ${where}: ${err.code ?? err.message}`);
}

export function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}
