/**
 * Error codes and small Error subclasses, bolt-js style: every error the user can meet carries a stable
 * `code` and a message that says what to do next. Never put a token or secret into a message.
 */
export const ErrorCode = {
  ConfigError: 'mailmedic_config_error',
  UsageError: 'mailmedic_usage_error',
  InputTooLargeError: 'mailmedic_input_too_large',
  UnknownError: 'mailmedic_unknown_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface CodedError extends Error {
  code: ErrorCode;
}

/** Base class: sets `name` from the subclass so logs and `String(err)` say which error it was. */
export class MailmedicError extends Error implements CodedError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** One bad configuration value: which variable (or flag) and what it should be. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends MailmedicError {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    const lines = problems.map((p) => `  ${p.variable}: ${p.message}`);
    super(ErrorCode.ConfigError, `invalid configuration:\n${lines.join('\n')}`);
    this.problems = problems;
  }
}

/** A command was recognised but an argument is missing or malformed; `usage` is the syntax to show. */
export class UsageError extends MailmedicError {
  readonly usage: string | undefined;
  constructor(message: string, usage?: string) {
    super(ErrorCode.UsageError, message);
    this.usage = usage;
  }
}

export class InputTooLargeError extends MailmedicError {
  readonly size: number;
  readonly limit: number;
  constructor(size: number, limit: number) {
    super(
      ErrorCode.InputTooLargeError,
      `the input is ${formatBytes(size)}, more than the ${formatBytes(limit)} limit: paste only the bounce ` +
        '(the headers and the delivery report part), not the attachments',
    );
    this.size = size;
    this.limit = limit;
  }
}

export function isCodedError(err: unknown): err is CodedError {
  if (!(err instanceof Error)) return false;
  const code: unknown = (err as { code?: unknown }).code;
  return typeof code === 'string' && (Object.values(ErrorCode) as string[]).includes(code);
}

/** Wraps anything thrown into a CodedError so callers can switch on `code`. */
export function asCodedError(err: unknown): CodedError {
  if (isCodedError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new MailmedicError(ErrorCode.UnknownError, message, { cause: err });
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}
