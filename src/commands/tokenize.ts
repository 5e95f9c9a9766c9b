/** Arguments of a chat command: positionals in order, and options by name (each may repeat). */
export interface CommandArgs {
  positionals: string[];
  options: Map<string, string[]>;
  /** An option given without a value (`--zone` at the end), reported as a usage problem. */
  missingValue: string | null;
}

/**
 * Splits command arguments on whitespace. Options may be written `--name value`, `--name=value` or
 * `name=value` (the last is what people type in chat); only names in `known` are treated as options.
 */
export function tokenize(rest: string, known: readonly string[]): CommandArgs {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  const args: CommandArgs = { positionals: [], options: new Map(), missingValue: null };
  const add = (name: string, value: string) => {
    const list = args.options.get(name) ?? [];
    list.push(value);
    args.options.set(name, list);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const eq = word.indexOf('=');
    const dashed = word.startsWith('--');
    const name = (
      dashed ? word.slice(2, eq > 0 ? eq : undefined) : word.slice(0, Math.max(eq, 0))
    ).toLowerCase();
    if (dashed && eq < 0) {
      const value = words[i + 1];
      if (value === undefined || value.startsWith('--')) {
        args.missingValue = `--${name}`;
        continue;
      }
      add(name, value);
      i++;
      continue;
    }
    if ((dashed || eq > 0) && (dashed || known.includes(name))) {
      add(name, word.slice(eq + 1));
      continue;
    }
    args.positionals.push(word);
  }
  return args;
}
