import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * A token or signing secret. It prints as "[redacted]" through String(), JSON, util.inspect and
 * template strings, so a config object can be logged or thrown without leaking; `reveal()` is the
 * one explicit way to get the value (adapters call it when they connect).
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return REDACTED;
  }
  toJSON(): string {
    return REDACTED;
  }
  [inspect.custom](): string {
    return REDACTED;
  }
}
