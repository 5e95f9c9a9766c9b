export { checkMx } from './check-mx.js';
export { MX_CODES, type MxCode, type MxFinding } from './codes.js';
export { buildMxReport, mxHeadline } from './mx-report.js';
export { runMxCheck } from './run-mx-check.js';
export type { HostAddress, MxCheck, MxCheckOptions, MxHost, MxVerdict, ReverseDns } from './types.js';
