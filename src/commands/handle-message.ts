import type { Report } from '../report/types.js';
import { parseCommand } from './parse-command.js';
import { errorReport } from './reports.js';
import { type RunContext, runRequest } from './run-request.js';

export interface MessageContext extends RunContext {
  /** Told about unexpected failures; the user only sees a short "something went wrong". */
  onError?: (err: unknown) => void;
}

/** What every adapter calls for one chat message: parse, run, and never throw. */
export async function handleMessage(text: string, ctx: MessageContext): Promise<Report> {
  try {
    return await runRequest(parseCommand(text), ctx);
  } catch (err) {
    ctx.onError?.(err);
    return errorReport(err);
  }
}
