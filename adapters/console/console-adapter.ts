import { createInterface } from 'node:readline';
import { handleMessage, type MessageContext } from '../../src/commands/handle-message.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import { errorReport } from '../../src/commands/reports.js';
import { MAX_BOUNCE_BYTES } from '../../src/diagnose/diagnose-bounce.js';
import { InputTooLargeError } from '../../src/errors.js';
import type { Report } from '../../src/report/types.js';
import { PasteCollector } from './paste-collector.js';
import { renderText } from './render-text.js';

type Input = NodeJS.ReadableStream & { isTTY?: boolean };
type Output = NodeJS.WritableStream & { isTTY?: boolean };

export interface ConsoleOptions {
  input: Input;
  output: Output;
  /** Limiter, diagnoser, error hook; the requester is the console user. */
  context?: Omit<MessageContext, 'requester'>;
  /** Chat-like line loop; default: when input is a terminal. Otherwise all input is one message. */
  interactive?: boolean;
  color?: boolean;
  pasteIdleMs?: number;
  maxBytes?: number;
}

export interface ConsoleSession {
  /** Settles when input ends, the user types quit, or close() is called, after the last answer. */
  done: Promise<void>;
  close(): void;
}

const PROMPT = 'mailmedic> ';
const QUIT = new Set(['quit', 'exit', '/quit', '/exit', ':q']);
const GREETING =
  'mailmedic console: paste a bounce (it is sent after a short pause), or type a command ' +
  '(/mx, /probe, /blacklist, /auth, /bounce, help). "quit" leaves.\n';

/** The embedded default chat: the same command language and answers as the chat adapters. */
export function startConsole(options: ConsoleOptions): ConsoleSession {
  const interactive = options.interactive ?? options.input.isTTY === true;
  const color = options.color ?? options.output.isTTY === true;
  const ctx: MessageContext = { ...options.context, requester: { platform: 'console', user: 'local' } };
  const answer = async (text: string) => write(options.output, await safeAnswer(text, ctx), color);
  return interactive ? startLoop(options, answer) : readAllOnce(options, answer);
}

async function safeAnswer(text: string, ctx: MessageContext): Promise<Report> {
  try {
    return await handleMessage(text, ctx);
  } catch (err) {
    return errorReport(err);
  }
}

function write(output: Output, report: Report, color: boolean): void {
  let text: string;
  try {
    text = renderText(report, { color });
  } catch (err) {
    text = `something went wrong: ${err instanceof Error ? err.message : String(err)}; try again\n`;
  }
  output.write(text);
}

function startLoop(options: ConsoleOptions, answer: (text: string) => Promise<void>): ConsoleSession {
  const { input, output } = options;
  const rl = createInterface({ input, output, terminal: input.isTTY === true && output.isTTY === true });
  rl.setPrompt(PROMPT);
  let closed = false;
  let queue = Promise.resolve();
  const send = (text: string) => {
    // One answer at a time, in order; lines typed meanwhile keep collecting.
    queue = queue.then(async () => {
      await answer(text);
      if (!closed) rl.prompt();
    });
  };
  const collector = new PasteCollector({
    idleMs: options.pasteIdleMs ?? 150,
    isComplete: (line) => {
      const kind = parseCommand(line).kind;
      return kind !== 'bounce' && !(kind === 'usage' && line.trim() === '');
    },
    onMessage: send,
    onManualStart: () => output.write('Paste or type the bounce, then press Enter on an empty line.\n'),
  });
  const done = new Promise<void>((resolve) => {
    rl.on('close', () => {
      closed = true;
      collector.flush();
      collector.dispose();
      void queue.then(resolve);
    });
  });
  rl.on('line', (line) => {
    if (!collector.pending && QUIT.has(line.trim().toLowerCase())) {
      rl.close();
      return;
    }
    collector.push(line);
  });
  rl.on('SIGINT', () => rl.close());
  output.write(GREETING);
  rl.prompt();
  return { done, close: () => rl.close() };
}

/** Piped input: the whole of stdin is one message, read up to the size cap (bounded memory). */
function readAllOnce(options: ConsoleOptions, answer: (text: string) => Promise<void>): ConsoleSession {
  const limit = options.maxBytes ?? MAX_BOUNCE_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  let stop: () => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    const { input } = options;
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size <= limit) chunks.push(buf);
    };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      input.off('data', onData);
      const text = Buffer.concat(chunks).toString('utf8');
      chunks.length = 0;
      const run =
        size > limit
          ? Promise.resolve(write(options.output, errorReport(new InputTooLargeError(size, limit)), false))
          : answer(text);
      run.then(resolve, reject);
    };
    stop = finish;
    input.on('data', onData);
    input.once('end', finish);
    input.once('error', reject);
  });
  return { done, close: () => stop() };
}
