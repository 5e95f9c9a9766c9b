import { domainToASCII } from 'node:url';
import type { Cause } from './types.js';

/** Every placeholder a step template may use; the facts fill them, `fillSteps` falls back. */
export const PLACEHOLDERS = [
  'recipient',
  'domain',
  'senderDomain',
  'ip',
  'remoteHost',
  'suggestion',
  'blocklist',
  'delist',
  'provider',
  'postmaster',
  'newAddress',
  'messageId',
  'lookalike',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type StepValues = Partial<Record<Placeholder, string>>;

/** Wording used in prose when a value is missing; undefined = the step makes no sense without it. */
const PROSE_FALLBACK: Record<Placeholder, string | undefined> = {
  recipient: 'the recipient address',
  domain: 'the recipient domain',
  senderDomain: 'your sending domain',
  ip: 'your sending IP',
  remoteHost: 'the receiving mail server',
  suggestion: undefined,
  blocklist: 'the blocklist',
  delist: "the list's own removal page",
  provider: 'the receiving provider',
  postmaster: undefined,
  newAddress: undefined,
  messageId: "the returned copy's Message-ID",
  lookalike: undefined,
};

/** Inside `code`, a missing value becomes a visible slot the admin replaces by hand. */
const CODE_FALLBACK: Record<Placeholder, string | undefined> = {
  recipient: '<recipient>',
  domain: '<recipient-domain>',
  senderDomain: '<your-domain>',
  ip: '<your-ip>',
  remoteHost: '<receiving-mx>',
  suggestion: undefined,
  blocklist: undefined,
  delist: undefined,
  provider: undefined,
  postmaster: undefined,
  newAddress: undefined,
  messageId: '<message-id>',
  lookalike: undefined,
};

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS);
/**
 * A placeholder glued to a name's punctuation ("postmaster@{domain}", "mail.{senderDomain}", "d={senderDomain}",
 * "_dmarc.{senderDomain}") is part of a host name or address even in prose: a missing value there takes the
 * visible slot of code ("postmaster@<recipient-domain>"), never prose words ("postmaster@the recipient domain").
 */
const GLUED_BEFORE = /[@.=_]$/;
const GLUED_AFTER = /^[.@]\w/;
const TOKEN = /\{(\w+)\}/g;
// Values come from pasted (untrusted) bounces: only these characters may enter a shell command.
const SHELL_SAFE = /^[A-Za-z0-9._@+:-]+$/;
const MAX_VALUE = 254;

export function isPlaceholder(name: string): name is Placeholder {
  return PLACEHOLDER_SET.has(name);
}

/** Placeholder names used in a template, in order of appearance (unknown names included). */
export function placeholdersIn(template: string): string[] {
  return Array.from(template.replace(CONDITION, '').matchAll(TOKEN), (m) => m[1] ?? '');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
const PROSE_BREAKERS = /[`\x00-\x1f\x7f]/g;

function cleanProse(value: string): string {
  // Backticks would break the code spans around us; control characters would break the line.
  return value.slice(0, MAX_VALUE).replace(PROSE_BREAKERS, ' ').trim();
}

function resolve(name: Placeholder, values: StepValues, inCode: boolean): string | undefined {
  const raw = values[name]?.trim();
  if (raw) {
    if (!inCode) return cleanProse(raw) || PROSE_FALLBACK[name];
    if (raw.length <= MAX_VALUE && SHELL_SAFE.test(raw)) return raw;
    const ascii = asciiDomain(raw);
    return ascii && ascii.length <= MAX_VALUE && SHELL_SAFE.test(ascii) ? ascii : CODE_FALLBACK[name];
  }
  return inCode ? CODE_FALLBACK[name] : PROSE_FALLBACK[name];
}

/**
 * A value whose domain is an internationalised one (bücher.example, bob@bücher.example), with the domain in
 * its ASCII form (xn--bcher-kva.example), as dig and swaks want it; undefined when that fails.
 */
function asciiDomain(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  const domain = domainToASCII(value.slice(at + 1));
  return domain ? `${value.slice(0, at + 1)}${domain}` : undefined;
}

/** One piece of a template: literal text, or a placeholder (by its index in PLACEHOLDERS) in prose or code. */
interface Piece {
  text: string;
  /** -1 for literal text. */
  placeholder: number;
  inCode: boolean;
}

/** A template cut once into pieces, with what a headline needs to know: the placeholders it uses. */
interface Template {
  pieces: readonly Piece[];
  /** Every placeholder it names is a known one (an unknown name can never be filled). */
  allKnown: boolean;
  used: readonly Placeholder[];
}

const COMPILED = new Map<string, Template>();
const MAX_COMPILED = 4096;

function compiled(template: string): Template {
  let found = COMPILED.get(template);
  if (!found) {
    found = compile(template);
    // Templates come from the catalogue (a few hundred); the cap only guards against other callers.
    if (COMPILED.size < MAX_COMPILED) COMPILED.set(template, found);
  }
  return found;
}

function compile(template: string): Template {
  const pieces: Piece[] = [];
  const text = (literal: string) => pieces.push({ text: literal, placeholder: -1, inCode: false });
  template.split('`').forEach((segment, index) => {
    if (index > 0) text('`');
    let last = 0;
    for (const m of segment.matchAll(TOKEN)) {
      const name = m[1] ?? '';
      if (!isPlaceholder(name)) continue; // unknown names stay as written
      text(segment.slice(last, m.index));
      const end = m.index + m[0].length;
      const inName =
        GLUED_BEFORE.test(segment.slice(0, m.index)) || GLUED_AFTER.test(segment.slice(end, end + 2));
      pieces.push({ text: '', placeholder: PLACEHOLDERS.indexOf(name), inCode: index % 2 === 1 || inName });
      last = end;
    }
    text(segment.slice(last));
  });
  const names = placeholdersIn(template);
  return { pieces, allKnown: names.every(isPlaceholder), used: names.filter(isPlaceholder) };
}

/**
 * The values of one set of facts, each resolved (trimmed, cleaned, or replaced by its fallback) on first
 * use only: the steps of a cause name the same few values again and again. One instance serves every call
 * (filling is never re-entered): `use` starts a new generation instead of clearing the slots.
 */
class Resolved {
  private values: StepValues = {};
  private generation = 0;
  /** Per placeholder, in prose then in code: its resolved value, current when its stamp is the generation. */
  private readonly slots: (string | undefined)[] = new Array(2 * PLACEHOLDERS.length).fill(undefined);
  private readonly stamps: number[] = new Array(2 * PLACEHOLDERS.length).fill(0);

  use(values: StepValues): this {
    this.values = values;
    this.generation++;
    return this;
  }

  get(placeholder: number, inCode: boolean): string | undefined {
    const slot = inCode ? placeholder + PLACEHOLDERS.length : placeholder;
    if (this.stamps[slot] !== this.generation) {
      this.slots[slot] = resolve(PLACEHOLDERS[placeholder] as Placeholder, this.values, inCode);
      this.stamps[slot] = this.generation;
    }
    return this.slots[slot];
  }
}

const RESOLVED = new Resolved();

function fill(template: Template, values: Resolved): string | undefined {
  let out = '';
  for (const piece of template.pieces) {
    if (piece.placeholder < 0) {
      out += piece.text;
      continue;
    }
    const value = values.get(piece.placeholder, piece.inCode);
    if (value === undefined) return undefined;
    out += value;
  }
  return out;
}

/** Fills one template; undefined when it hinges on a value that is missing and has no fallback. */
export function fillStep(template: string, values: StepValues): string | undefined {
  return fill(compiled(template), RESOLVED.use(values));
}

/**
 * A step that holds only for one outcome opens with its condition: `{deferred} ` (the message is still
 * queued and retried: "deferred mail retries on its own") or `{final} ` (it was returned: "resend it").
 * `{unnamed} ` holds unless the paste names the queued message (its own commands then stand in for the step).
 */
const CONDITION = /^\{(deferred|final|unnamed)\} /;

/**
 * The step's text without its condition, and whether it holds for a record that is (or is not) permanent and
 * whose queued message is (or is not) `named`.
 */
export function stepFor(
  step: string,
  permanent: boolean | undefined,
  named = false,
  session = false,
): string | undefined {
  const condition = CONDITION.exec(step)?.[1];
  if (condition === undefined) return step;
  if (condition === 'unnamed') return named ? undefined : step.slice(condition.length + 3);
  if (session) return undefined;
  if (permanent !== undefined && permanent !== (condition === 'final')) return undefined;
  return step.slice(condition.length + 3);
}

/**
 * The cause's steps with placeholders filled; steps that cannot stand without a value are left out, and so
 * are those for the other outcome when `permanent` is known, and `{unnamed}` ones when the queued message is
 * `named`. A `session` (a typed or tool-run SMTP session: swaks, telnet) queued nothing and returned nothing:
 * steps of either outcome are left out.
 */
export function fillSteps(
  cause: Cause,
  values: StepValues,
  permanent?: boolean,
  named = false,
  session = false,
): string[] {
  const resolved = RESOLVED.use(values);
  const out: string[] = [];
  for (const step of cause.steps) {
    const text = stepFor(step, permanent, named, session);
    const filled = text === undefined ? undefined : fill(compiled(text), resolved);
    if (filled !== undefined) out.push(filled);
  }
  return out;
}

/**
 * A headline filled only when every placeholder in it has a value (no fallback wording in a title), else
 * undefined.
 */
export function fillHeadline(headline: string, values: StepValues): string | undefined {
  const template = compiled(headline);
  if (!template.allKnown || !template.used.every((name) => values[name])) return undefined;
  return fill(template, RESOLVED.use(values));
}
