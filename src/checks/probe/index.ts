export { PROBE_CODES, type ProbeCode, type ProbeFinding } from './codes.js';
export { buildProbeReport, probeHeadline } from './probe-report.js';
export { type ProbeRun, runProbe } from './run-probe.js';
export { runProbeCheck } from './run-probe-check.js';
export { checkTargetAddress } from './target-policy.js';
export {
  PROBE_DEFAULTS,
  PROBE_VERDICTS,
  type ProbeResult,
  type ProbeSettings,
  type ProbeVerdict,
} from './types.js';
