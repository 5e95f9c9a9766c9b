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
};

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS);
const TOKEN = /\{(\w+)\}/g;
// Values come from pasted (untrusted) bounces: only these characters may enter a shell command.
const SHELL_SAFE = /^[A-Za-z0-9._@+:-]+$/;
const MAX_VALUE = 254;

export function isPlaceholder(name: string): name is Placeholder {
  return PLACEHOLDER_SET.has(name);
}

/** Placeholder names used in a template, in order of appearance (unknown names included). */
export function placeholdersIn(template: string): string[] {
  return Array.from(template.matchAll(TOKEN), (m) => m[1] ?? '');
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
    return CODE_FALLBACK[name];
  }
  return inCode ? CODE_FALLBACK[name] : PROSE_FALLBACK[name];
}

/** A template cut once into literal text and placeholders, each placeholder knowing if it sits in `code`. */
type Piece = string | { name: Placeholder; inCode: boolean };
const COMPILED = new Map<string, readonly Piece[]>();
const MAX_COMPILED = 4096;

function compile(template: string): readonly Piece[] {
  const pieces: Piece[] = [];
  template.split('`').forEach((segment, index) => {
    if (index > 0) pieces.push('`');
    let last = 0;
    for (const m of segment.matchAll(TOKEN)) {
      const name = m[1] ?? '';
      if (!isPlaceholder(name)) continue; // unknown names stay as written
      pieces.push(segment.slice(last, m.index), { name, inCode: index % 2 === 1 });
      last = m.index + m[0].length;
    }
    pieces.push(segment.slice(last));
  });
  return pieces;
}

/** Fills one template; undefined when it hinges on a value that is missing and has no fallback. */
export function fillStep(template: string, values: StepValues): string | undefined {
  let pieces = COMPILED.get(template);
  if (!pieces) {
    pieces = compile(template);
    // Templates come from the catalogue (a few hundred); the cap only guards against other callers.
    if (COMPILED.size < MAX_COMPILED) COMPILED.set(template, pieces);
  }
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const value = resolve(piece.name, values, piece.inCode);
    if (value === undefined) return undefined;
    out += value;
  }
  return out;
}

/** The cause's steps with placeholders filled; steps that cannot stand without a value are left out. */
export function fillSteps(cause: Cause, values: StepValues): string[] {
  const out: string[] = [];
  for (const step of cause.steps) {
    const filled = fillStep(step, values);
    if (filled !== undefined) out.push(filled);
  }
  return out;
}
