import { type CodeTable, type FindingOf, findingFactory } from '../../report/finding-codes.js';

/**
 * Every finding code of the reverse-DNS check a bounce runs for its sending IP: stable ids, documented
 * in the README (a test keeps the table complete).
 */
export const PTR_CODES = {
  'ptr-ok': {
    severities: ['ok'],
    meaning: 'the address has a PTR name that resolves back to it (forward-confirmed reverse DNS)',
  },
  'ptr-missing': { severities: ['fail'], meaning: 'the address has no PTR record' },
  'ptr-not-confirmed': {
    severities: ['fail'],
    meaning: 'the PTR name does not resolve back to the address',
  },
  'ptr-not-public': {
    severities: ['info'],
    meaning: 'a private, loopback or reserved address: its reverse DNS says nothing to receivers',
  },
  'ptr-unknown': {
    severities: ['warn'],
    meaning: 'the PTR lookup, or the lookup of its name, got no answer (SERVFAIL, timeout...)',
  },
} as const satisfies CodeTable;

export type PtrCode = keyof typeof PTR_CODES;

export type PtrFinding = FindingOf<PtrCode>;

export const finding = findingFactory(PTR_CODES);
