import type { Finding } from './types.js';

export type Severity = Finding['severity'];

/**
 * A check's table of finding codes: stable ids, documented in the README (each check's documented test
 * keeps its table there). `severities` lists what a code can carry, the usual one first.
 */
export type CodeTable = Record<
  string,
  { readonly severities: readonly Severity[]; readonly meaning: string }
>;

/** A finding whose code is one of a table's codes. */
export type FindingOf<Code extends string> = Finding & { code: Code };

/** The `finding(code, severity, message)` factory of one code table: only its codes type-check. */
export function findingFactory<Table extends CodeTable>(
  _table: Table,
): (code: keyof Table & string, severity: Severity, message: string) => FindingOf<keyof Table & string> {
  return (code, severity, message) => ({ code, severity, message });
}
