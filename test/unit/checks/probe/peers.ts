import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { type PeerIo, startScriptedPeer, verb } from './scripted-peer.js';

export { selfSignedCert } from '../../../helpers/self-signed-cert.mjs';

/** A refusal an smtp-server handler returns: the enhanced code goes in the text, as real servers write it. */
export function smtpError(code: number, text: string): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: code });
}

export interface SmtpPeer {
  port: number;
  host: string;
  /** Every command name the server read, in order (EHLO, STARTTLS, MAIL, RCPT...), TLS or not. */
  commands: string[];
  /** RCPT TO addresses asked. */
  recipients: string[];
  connections: number;
  close(): Promise<void>;
}

export interface PeerOptions {
  /** null accepts; an Error (see smtpError) refuses. */
  onRcpt?: (address: string) => Error | null;
  onMail?: (address: string) => Error | null;
  /** Offer STARTTLS with this key and certificate. */
  tls?: { key: Buffer; cert: Buffer };
  host?: string;
  port?: number;
  banner?: string;
}

/** A real SMTP server (nodemailer's smtp-server) on loopback, recording what the client sent. */
export async function startSmtpPeer(o: PeerOptions = {}): Promise<SmtpPeer> {
  const commands: string[] = [];
  const recipients: string[] = [];
  const record = (meta: unknown) => {
    const m = meta as { tnx?: string; command?: string };
    if (m?.tnx === 'command' && m.command) commands.push(m.command.toUpperCase());
  };
  const quiet = () => {};
  const options: SMTPServerOptions = {
    authOptional: true,
    // No reverse DNS of the client: it would ask the system's resolvers, outside loopback.
    disableReverseLookup: true,
    disabledCommands: o.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    hideENHANCEDSTATUSCODES: true,
    size: 10 * 1024 * 1024,
    ...(o.banner ? { banner: o.banner } : {}),
    ...(o.tls ? { key: o.tls.key, cert: o.tls.cert } : {}),
    logger: {
      info: quiet,
      debug: record,
      error: quiet,
      warn: quiet,
      trace: quiet,
      fatal: quiet,
      level: 'debug',
    } as never,
    onMailFrom(address, _session, cb) {
      cb(o.onMail?.(address.address) ?? undefined);
    },
    onRcptTo(address, _session, cb) {
      recipients.push(address.address);
      cb(o.onRcpt?.(address.address) ?? undefined);
    },
    onData(stream, _session, cb) {
      commands.push('DATA-RECEIVED');
      stream.resume();
      stream.on('end', () => cb());
    },
  };
  const server = new SMTPServer(options);
  server.on('error', () => {});
  const state = { connections: 0 };
  server.server.on('connection', () => {
    state.connections++;
  });
  const host = o.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(o.port ?? 0, host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    host,
    commands,
    recipients,
    get connections() {
      return state.connections;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One step of a hand-scripted peer: what to answer a command (by its first word), or hang up. */
export type RawAnswer = string | { delayMs: number; text: string } | 'close' | 'silence';

export interface RawPeer {
  port: number;
  /** Every line the client sent. */
  lines: string[];
  close(): Promise<void>;
}

/**
 * A raw TCP peer for what no SMTP library does on purpose: a 554 banner, a slow tarpit, a hang-up in
 * the middle, a hand-written multi-line reply. `answers` is keyed by command word (EHLO, MAIL, ...).
 */
export async function startRawPeer(
  banner: RawAnswer,
  answers: Record<string, RawAnswer>,
  host = '127.0.0.1',
): Promise<RawPeer> {
  const send = async (io: PeerIo, a: RawAnswer) => {
    if (a === 'silence') return;
    if (a === 'close') return io.destroy();
    const { delayMs, text } = typeof a === 'string' ? { delayMs: 0, text: a } : a;
    if (delayMs > 0) await io.wait(delayMs);
    io.write(text.endsWith('\n') ? text : `${text}\r\n`);
  };
  return startScriptedPeer({
    host,
    greet: (io) => send(io, banner),
    line: async (line, io) => {
      const word = verb(line);
      await send(io, answers[word] ?? '250 2.0.0 Ok');
      if (word === 'QUIT') io.end();
    },
  });
}
