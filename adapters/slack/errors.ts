import { ErrorCode, MailmedicError } from '../../src/errors.js';

/** Slack refused to start: which variable to fix, and how. Never holds a token. */
export class SlackStartError extends MailmedicError {
  readonly variable: string;
  constructor(variable: string, message: string, options?: { cause?: unknown }) {
    super(ErrorCode.ConfigError, `${variable}: ${message}`, options);
    this.variable = variable;
  }
}
