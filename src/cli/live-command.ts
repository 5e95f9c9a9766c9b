import { renderText } from '../../adapters/console/render-text.js';
import { probeCapFrom, probeSettingsFrom } from '../checks/probe/settings.js';
import { buildLiveRequest } from '../commands/build-request.js';
import type { LiveCommand } from '../commands/request.js';
import { runRequest } from '../commands/run-request.js';
import type { Config } from '../config.js';
import { createDnsClient } from '../dns/resolver.js';
import { loadDnsblZones } from '../knowledge/dnsbl-zones-file.js';
import { createRateLimiter } from '../limits/rate-limiter.js';
import type { Report } from '../report/types.js';
import type { CliArgs } from './args.js';
import { type CliIO, EXIT } from './io.js';

/** The CLI options of a live command, in the chat parser's shape, so both validate alike. */
function chatOptions(command: LiveCommand, args: CliArgs): Map<string, string[]> {
  const options = new Map<string, string[]>();
  if (command === 'blacklist' && args.zones.length > 0) options.set('zone', args.zones);
  if (command === 'probe' && args.host !== undefined) options.set('host', [args.host]);
  if (command === 'auth' && args.ip !== undefined) options.set('ip', [args.ip]);
  if (command === 'auth' && args.from !== undefined) options.set('from', [args.from]);
  return options;
}

/** mx, blacklist, probe, auth: validated like the chat commands, answered through the same core. */
export async function runLive(
  command: LiveCommand,
  args: CliArgs,
  io: CliIO,
  config: Config,
): Promise<number> {
  const req = buildLiveRequest(command, {
    positionals: args.positionals,
    options: chatOptions(command, args),
    missingValue: null,
  });
  const limiter = createRateLimiter(config.rateLimits);
  // --resolver / MAILMEDIC_RESOLVERS, or the system's resolvers when none is set.
  const dns = createDnsClient({ servers: config.resolvers.map((r) => r.address) });
  // /blacklist: MAILMEDIC_DNSBL_FILE (a bad file is a configuration error, exit 2) and the DQS key.
  const dnsbl =
    req.kind === 'blacklist'
      ? { zones: loadDnsblZones(config.dnsbl.file), dqsKey: config.dnsbl.dqsKey?.reveal() ?? null }
      : undefined;
  const report = await runRequest(req, {
    requester: { platform: 'cli', user: 'local' },
    limiter,
    dns,
    ...(dnsbl ? { dnsbl } : {}),
    probe: probeSettingsFrom(config),
    probeCap: probeCapFrom(config),
  });
  if (report.kind === 'usage') {
    // Bad arguments go to stderr with a pointer to the CLI syntax, like any other usage error.
    io.stderr.write(
      `mailmedic ${command}: ${report.headline}\nrun "mailmedic ${command} --help" for usage\n`,
    );
    return EXIT.usage;
  }
  io.stdout.write(
    args.json
      ? `${JSON.stringify(jsonOf(report), null, 2)}\n`
      : renderText(report, { color: io.stdout.isTTY === true }),
  );
  return report.kind === 'error' || report.kind === 'refused' ? EXIT.failed : EXIT.ok;
}

/**
 * The JSON document: the report, except that a probe prints its own contract at the top level
 * ({target, host, verdict, reason, reply, tls, catchAll, transcript, findings}), with the headline.
 */
function jsonOf(report: Report): unknown {
  if (!report.probe) return report;
  const { record, ...probe } = report.probe;
  return { kind: report.kind, headline: report.headline, ...probe, record, notes: report.notes };
}
