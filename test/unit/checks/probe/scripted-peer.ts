import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';

/** What a scripted server does on a connection or a line: write bytes, wait, hang up. */
export interface PeerIo {
  /** Writes the bytes as given (no CRLF added), so tests control line endings and packet splits. */
  write(bytes: string | Buffer): void;
  wait(ms: number): Promise<void>;
  /** Closes the connection (FIN). */
  end(): void;
  /** Resets the connection. */
  destroy(): void;
  /** Stops reading lines: after STARTTLS the client's bytes are a TLS handshake, not commands. */
  stopReading(): void;
  socket: Socket;
}

export interface ScriptedPeer {
  port: number;
  /** Every line the client sent, in order, over every connection. */
  lines: string[];
  /** Lines the client sent before the server's banner was complete (an early talker). */
  early: string[];
  connections: number;
  close(): Promise<void>;
}

export interface Script {
  greet(io: PeerIo): Promise<void> | void;
  /** Answers one line; the default answer is "250 2.0.0 Ok". */
  line?(line: string, io: PeerIo): Promise<void> | void;
  host?: string;
  port?: number;
}

/**
 * A hand-scripted SMTP server on loopback, for behaviours real servers have and SMTP libraries hide:
 * greeting delays, 421 then hang-up, bare LF, replies split or joined across packets, TLS that breaks.
 */
export async function startScriptedPeer(script: Script): Promise<ScriptedPeer> {
  const lines: string[] = [];
  const early: string[] = [];
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server: Server = createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const io: PeerIo = {
      socket,
      write: (b) => {
        if (!socket.destroyed && socket.writable) socket.write(b);
      },
      wait: (ms) => new Promise((r) => setTimeout(r, ms)),
      end: () => socket.end(),
      destroy: () => socket.destroy(),
      stopReading: () => {
        reading = false;
      },
    };
    let reading = true;
    let greeted = false;
    let buffer = '';
    // Lines are answered one after another, as a real server reads its input.
    let queue: Promise<void> = Promise.resolve(script.greet(io)).then(() => {
      greeted = true;
    });
    const onData = (chunk: Buffer) => {
      if (!reading) return;
      buffer += chunk.toString('latin1');
      let eol = buffer.indexOf('\n');
      while (eol >= 0) {
        const line = buffer.slice(0, eol).replace(/\r$/, '');
        buffer = buffer.slice(eol + 1);
        lines.push(line);
        if (!greeted) early.push(line);
        queue = queue.then(async () => {
          if (socket.destroyed) return;
          if (script.line) await script.line(line, io);
          else io.write('250 2.0.0 Ok\r\n');
        });
        eol = buffer.indexOf('\n');
      }
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) =>
    server.listen(script.port ?? 0, script.host ?? '127.0.0.1', () => resolve()),
  );
  return {
    port: (server.address() as AddressInfo).port,
    lines,
    early,
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The command word of a client line: EHLO, MAIL, RCPT... */
export const verb = (line: string) => (line.split(/[ :]/)[0] ?? '').toUpperCase();

/**
 * A listening port whose accept queue is full, so a new connection's SYN is dropped and connect()
 * times out — what a firewall dropping port 25 looks like, on loopback. Python holds the socket
 * because Node accepts every connection itself. Resolves once the queue is filled.
 */
export async function startBlackhole(): Promise<{ port: number; close(): void }> {
  const code = [
    'import socket, sys, time',
    's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
    'fill = []',
    'for i in range(3):',
    '    c = socket.socket(); c.setblocking(False)',
    '    try: c.connect(s.getsockname())',
    '    except BlockingIOError: pass',
    '    fill.append(c)',
    'time.sleep(0.2)',
    'print(s.getsockname()[1], flush=True)',
    'sys.stdin.read()',
  ].join('\n');
  const child: ChildProcess = spawn('python3', ['-c', code], { stdio: ['pipe', 'pipe', 'ignore'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
  });
  return { port, close: () => child.kill() };
}

export const EHLO_OK = '250-mx.corpmail.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n';

/**
 * A plain server answering by command word: EHLO, HELO, MAIL, RCPT (250 for the `known` recipients, else
 * `unknown`), RSET, QUIT; `answers` override a command.
 */
export function commandServer(
  users: { known: RegExp; unknown: string },
  answers: Record<string, (io: PeerIo, line: string) => Promise<void> | void> = {},
  banner: string | ((io: PeerIo) => Promise<void> | void) = '220 mx.corpmail.test ESMTP\r\n',
): Script {
  return {
    greet: (io) => (typeof banner === 'string' ? io.write(banner) : banner(io)),
    line: async (line, io) => {
      const v = verb(line);
      const custom = answers[v];
      if (custom) return custom(io, line);
      if (v === 'EHLO') return io.write(EHLO_OK);
      if (v === 'HELO') return io.write('250 mx.corpmail.test\r\n');
      if (v === 'MAIL') return io.write('250 2.1.0 Ok\r\n');
      if (v === 'RCPT') return io.write(users.known.test(line) ? '250 2.1.5 Ok\r\n' : users.unknown);
      if (v === 'RSET') return io.write('250 2.0.0 Ok\r\n');
      if (v === 'QUIT') {
        io.write('221 2.0.0 Bye\r\n');
        return io.end();
      }
      io.write('502 5.5.2 Error: command not recognized\r\n');
    },
  };
}
