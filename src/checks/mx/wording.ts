import { displayName } from '../../dns/names.js';

/** A host or domain as shown to people: Unicode, with the punycode beside it when they differ. */
export function hostLabel(name: string): string {
  return displayName(name);
}

export function list(items: readonly string[]): string {
  return items.join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A sentence's first letter in capitals ("an SSH server answered …" → "An SSH server answered …"). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
