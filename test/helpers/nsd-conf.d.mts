// Types for test/helpers/nsd-conf.mjs, so the TypeScript tests can import it under strict mode.

/** One zone NSD serves: its apex, its RFC 1035 zone file text (null: none, so NSD answers SERVFAIL). */
export interface NsdZone {
  apex: string;
  text: string | null;
  /** Queries for it are refused (`allow-query: 0.0.0.0/0 BLOCKED` makes NSD answer REFUSED). */
  refused: boolean;
}

/** The nsd.conf that serves `zones` (written to `dir` as `<apex>.zone`) on 127.0.0.1:`port` only. */
export function nsdConf(zones: readonly NsdZone[], dir: string, port: number): string;

/** The file name a zone's text is written to in NSD's directory. */
export function zoneFileName(apex: string): string;
