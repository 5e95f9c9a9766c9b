import type { Logger } from 'pino';
import { parseCommand } from '../../src/commands/parse-command.js';
import { describeRequest, errorReport } from '../../src/commands/reports.js';
import { isLiveRequest, type Request } from '../../src/commands/request.js';
import type { RunContext } from '../../src/commands/run-request.js';
import type { Requester } from '../../src/limits/rate-limiter.js';
import type { Progress, Report, ZoneResult } from '../../src/report/types.js';
import type { ProgressHooks } from './thread-answer.js';

/** Runs a Request; the core's runRequest by default, injectable (e.g. a slow runner in tests). */
export type Runner = (req: Request, ctx: RunContext) => Promise<Report>;

/** Everything of a RunContext but who asks and the progress hooks, which each message brings. */
export type BaseContext = Omit<RunContext, 'requester' | 'onProgress' | 'onZoneResult'>;

export function parseSafely(text: string, logger: Logger): Request {
  try {
    return parseCommand(text);
  } catch (err) {
    logger.error({ err }, 'could not parse a message');
    return { kind: 'usage', command: 'help', problem: 'That message could not be read; type "help".' };
  }
}

/** The core's answer, or an error report: a listener never throws at Bolt. */
export async function runSafely(run: Runner, req: Request, ctx: RunContext, logger: Logger): Promise<Report> {
  try {
    return await run(req, ctx);
  } catch (err) {
    logger.error({ err, kind: req.kind }, 'a request failed');
    return errorReport(err);
  }
}

/** Short name of a request for parent messages and progress: "/mx example.com", "/bounce (pasted text)". */
export function titleOf(req: Request): string {
  if (isLiveRequest(req)) return describeRequest(req);
  if (req.kind === 'bounce') return `/bounce (${req.text.length.toLocaleString('en-US')} characters pasted)`;
  return `/${req.kind}`;
}

/**
 * Progress events start before the progress reply exists (the run starts first, so a rate-limit
 * refusal is known before anything is posted): they wait here until the reply attaches.
 */
class HookRelay {
  #target: ProgressHooks | null = null;
  readonly #queue: (() => void)[] = [];

  readonly onProgress = (p: Progress): void => this.#deliver(() => this.#target?.onProgress?.(p));
  readonly onZoneResult = (z: ZoneResult): void => this.#deliver(() => this.#target?.onZoneResult?.(z));

  attach(target: ProgressHooks): void {
    this.#target = target;
    for (const f of this.#queue.splice(0)) f();
  }

  #deliver(f: () => void): void {
    if (this.#target) f();
    else if (this.#queue.length < 1000) this.#queue.push(f);
  }
}

/**
 * The report if the run settles without waiting on I/O (a refusal, a usage problem), else null: the
 * microtasks of an answer that needs no network all run before setImmediate fires.
 */
function settledAtOnce(running: Promise<Report>): Promise<Report | null> {
  return new Promise((resolve) => {
    let done = false;
    running.then(
      (r) => {
        if (!done) resolve(r);
        done = true;
      },
      () => {},
    );
    setImmediate(() => {
      if (!done) resolve(null);
      done = true;
    });
  });
}

/** A run started before its progress reply exists. */
export interface RelayedRun {
  running: Promise<Report>;
  /** The report when the run settled at once (see settledAtOnce), else null. */
  early: Report | null;
  /** Hands the progress reply's hooks to the run (what waited is delivered) and returns the run. */
  attach: (hooks: ProgressHooks) => Promise<Report>;
}

/**
 * Starts `req` for `requester` with its progress held in a HookRelay, so that a refusal is known
 * before anything is posted.
 */
export async function startRelayed(
  req: Request,
  requester: Requester,
  deps: { run: Runner; context: BaseContext; logger: Logger },
): Promise<RelayedRun> {
  const relay = new HookRelay();
  const ctx: RunContext = {
    ...deps.context,
    requester,
    onProgress: relay.onProgress,
    onZoneResult: relay.onZoneResult,
  };
  const running = runSafely(deps.run, req, ctx, deps.logger);
  const early = await settledAtOnce(running);
  return {
    running,
    early,
    attach: (hooks) => {
      relay.attach(hooks);
      return running;
    },
  };
}
