import { runAuthCheck } from '../checks/auth/run-auth-check.js';
import { runBlacklistCheck } from '../checks/blacklist/run-blacklist-check.js';
import { runMxCheck } from '../checks/mx/run-mx-check.js';
import { runProbeCheck } from '../checks/probe/run-probe-check.js';
import type { ProbeSettings } from '../checks/probe/types.js';
import { diagnoseBounce, MAX_BOUNCE_BYTES } from '../diagnose/diagnose-bounce.js';
import {
  needsFollowUps,
  runFollowUpChecks,
  skipFollowUpChecks,
  untargetedFollowUps,
} from '../diagnose/follow-up-checks.js';
import { createDnsClient, type DnsClient } from '../dns/resolver.js';
import { asCodedError, InputTooLargeError } from '../errors.js';
import type { DnsblZone } from '../knowledge/dnsbl-zones.js';
import type { ConcurrencyCap } from '../limits/concurrency-cap.js';
import type { RateLimiter, Requester } from '../limits/rate-limiter.js';
import type { Progress, Report, ZoneResult } from '../report/types.js';
import {
  describeRequest,
  errorReport,
  helpReport,
  refusedReport,
  unknownCommandReport,
  usageReport,
} from './reports.js';
import type { AuthRequest, LiveRequest, MxRequest, Request } from './request.js';

export interface RunContext {
  /** Who asked and where; the rate limiter keys on it. */
  requester: Requester;
  /** Limits for live checks; absent means unlimited (e.g. in tests). */
  limiter?: RateLimiter | null;
  /** The bounce diagnoser; injectable so adapters and the CLI can be tested without its verdicts. */
  diagnose?: (input: string | Uint8Array) => Promise<Report>;
  /**
   * The DNS client live checks use (servers, timeouts, cache), shared across requests so the cache
   * helps. Absent: one on the system's resolvers, made on first use.
   */
  dns?: DnsClient;
  /** Time budget of one live check in milliseconds (default 10 s). */
  checkDeadlineMs?: number;
  /** `/blacklist`: the known lists (curated, or MAILMEDIC_DNSBL_FILE applied) and a Spamhaus DQS key. */
  dnsbl?: { zones?: readonly DnsblZone[]; dqsKey?: string | null };
  /** `/blacklist`: each list's answer as soon as it comes, for adapters that show progress. */
  onZoneResult?: (result: ZoneResult) => void;
  /** Each check's start and end, for adapters that edit a progress message while checks run. */
  onProgress?: (progress: Progress) => void;
  /** `/probe`: port, sender, EHLO name, private targets, timeouts (see probeSettingsFrom). */
  probe?: Partial<ProbeSettings>;
  /** `/probe`: probes running at once, per user and overall; absent means uncapped (e.g. in tests). */
  probeCap?: ConcurrencyCap | null;
  /** Bounces are answered without their live follow-up checks (the CLI's `--offline`). */
  offline?: boolean;
}

let systemDns: DnsClient | undefined;

function dnsOf(ctx: RunContext): DnsClient {
  if (ctx.dns) return ctx.dns;
  systemDns ??= createDnsClient();
  return systemDns;
}

/** Answers one Request. Never throws for a bad request: usage problems come back as Reports. */
export async function runRequest(req: Request, ctx: RunContext): Promise<Report> {
  switch (req.kind) {
    case 'bounce': {
      const size = Buffer.byteLength(req.text, 'utf8');
      if (size > MAX_BOUNCE_BYTES) return errorReport(new InputTooLargeError(size, MAX_BOUNCE_BYTES));
      return withFollowUps(await (ctx.diagnose ?? diagnoseBounce)(req.text), ctx);
    }
    case 'help':
      return helpReport(req);
    case 'usage':
      return usageReport(req.command, req.problem);
    case 'unknown':
      return unknownCommandReport(req.command);
    default:
      return runLive(req, ctx);
  }
}

/** A diagnosed bounce's live checks, under the same rate limit as the live commands. */
async function withFollowUps(report: Report, ctx: RunContext): Promise<Report> {
  if (ctx.offline) return report;
  // Without a lookup to make (or only checks the bounce lacks a target for) no slot is taken.
  if (!needsFollowUps(report)) return untargetedFollowUps(report);
  const slot = ctx.limiter?.acquire(ctx.requester) ?? { ok: true as const, release: () => {} };
  if (!slot.ok) return skipFollowUpChecks(report, `the rate limit: ${slot.reason}`);
  try {
    return await runFollowUpChecks(report, {
      dns: dnsOf(ctx),
      ...(ctx.checkDeadlineMs !== undefined ? { deadlineMs: ctx.checkDeadlineMs } : {}),
      ...(ctx.dnsbl ? { dnsbl: ctx.dnsbl } : {}),
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    });
  } finally {
    slot.release();
  }
}

async function runLive(req: LiveRequest, ctx: RunContext): Promise<Report> {
  const slot = ctx.limiter?.acquire(ctx.requester) ?? { ok: true as const, release: () => {} };
  if (!slot.ok) return refusedReport(slot);
  try {
    switch (req.kind) {
      case 'mx':
        return await tracked(req, ctx, () =>
          runMxCheck(req.domain, {
            dns: dnsOf(ctx),
            ...(ctx.checkDeadlineMs !== undefined ? { deadlineMs: ctx.checkDeadlineMs } : {}),
          }),
        ).then((r) => withAddressNote(r, req));
      case 'auth':
        return await tracked(req, ctx, () =>
          runAuthCheck(
            { domain: req.domain, selectors: req.selectors, ip: req.ip, from: req.from },
            {
              dns: dnsOf(ctx),
              ...(ctx.checkDeadlineMs !== undefined ? { deadlineMs: ctx.checkDeadlineMs } : {}),
            },
          ),
        ).then((r) => withAddressNote(r, req));
      case 'blacklist':
        return await tracked(req, ctx, () =>
          runBlacklistCheck(req.target, {
            dns: dnsOf(ctx),
            ...(ctx.checkDeadlineMs !== undefined ? { deadlineMs: ctx.checkDeadlineMs } : {}),
            ...(req.zones ? { zones: req.zones } : {}),
            ...(ctx.dnsbl?.zones ? { known: ctx.dnsbl.zones } : {}),
            ...(ctx.dnsbl?.dqsKey ? { dqsKey: ctx.dnsbl.dqsKey } : {}),
            ...(ctx.onZoneResult ? { onResult: ctx.onZoneResult } : {}),
          }),
        );
      case 'probe': {
        // A probe holds a connection for seconds: capped per user and overall besides the rate limits.
        const probeSlot = ctx.probeCap?.acquire(ctx.requester) ?? { ok: true as const, release: () => {} };
        if (!probeSlot.ok) return refusedReport(probeSlot);
        try {
          return await runProbeCheck(req.target, req.host, {
            dns: dnsOf(ctx),
            ...(ctx.probe ? { settings: ctx.probe } : {}),
            ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
          });
        } finally {
          probeSlot.release();
        }
      }
    }
  } finally {
    slot.release();
  }
}

/**
 * Tells adapters that show progress when a DNS check starts and ends (the probe reports its own steps,
 * one per host). The detail counts the problems found, so a progress line reads "done: 1 problem".
 */
async function tracked(req: LiveRequest, ctx: RunContext, run: () => Promise<Report>): Promise<Report> {
  const step = describeRequest(req);
  ctx.onProgress?.({ step, state: 'running' });
  try {
    const report = await run();
    ctx.onProgress?.({ step, state: 'done', detail: problemCount(report) });
    return report;
  } catch (err) {
    ctx.onProgress?.({ step, state: 'failed', detail: asCodedError(err).message });
    throw err;
  }
}

/** Says that an address given to /mx or /auth stood for its domain, and how to check the mailbox itself. */
function withAddressNote(report: Report, req: MxRequest | AuthRequest): Report {
  if (req.address === undefined) return report;
  const note =
    `${req.address} is an address: this checked its domain, ${req.domain}. ` +
    `To ask the receiving server about the mailbox itself, use /probe ${req.address}.`;
  return { ...report, notes: [note, ...report.notes] };
}

function problemCount(report: Report): string {
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const parts: string[] = [];
  const fails = count('fail');
  const warns = count('warn');
  if (fails > 0) parts.push(`${fails} problem${fails === 1 ? '' : 's'}`);
  if (warns > 0) parts.push(`${warns} warning${warns === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'no problems found';
}
