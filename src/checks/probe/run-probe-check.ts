import type { DnsClient } from '../../dns/resolver.js';
import type { Progress, Report } from '../../report/types.js';
import { buildProbeReport } from './probe-report.js';
import { runProbe } from './run-probe.js';
import { PROBE_DEFAULTS, type ProbeSettings } from './types.js';

/** `/probe TARGET [HOST]` from request to Report. */
export async function runProbeCheck(
  target: string,
  host: string | undefined,
  opts: { dns: DnsClient; settings?: Partial<ProbeSettings>; onProgress?: (p: Progress) => void },
): Promise<Report> {
  const settings = { ...PROBE_DEFAULTS, ...opts.settings };
  const run = await runProbe(target, host, {
    dns: opts.dns,
    settings,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return buildProbeReport(run, settings);
}
