import type { Config } from '../../config.js';
import { type ConcurrencyCap, createConcurrencyCap } from '../../limits/concurrency-cap.js';
import type { ProbeSettings } from './types.js';

/** The probe's settings from the configuration (MAILMEDIC_SMTP_PORT, _PROBE_FROM, _HELO, _ALLOW_PRIVATE...). */
export function probeSettingsFrom(config: Config): Partial<ProbeSettings> {
  return {
    port: config.smtpPort,
    from: config.probeFrom,
    helo: config.helo,
    allowPrivate: config.allowPrivate,
    stepTimeoutMs: config.probe.stepTimeoutMs,
    deadlineMs: config.probe.deadlineMs,
    // A connection that takes longer than a reply would is not coming.
    connectTimeoutMs: Math.min(config.probe.stepTimeoutMs, 10_000),
  };
}

/** Probes at once, per user and overall (MAILMEDIC_PROBE_MAX_PER_USER, MAILMEDIC_PROBE_MAX_CONCURRENT). */
export function probeCapFrom(config: Config): ConcurrencyCap {
  return createConcurrencyCap({
    perUser: config.probe.maxPerUser,
    overall: config.probe.maxConcurrent,
    what: 'SMTP probe',
  });
}
