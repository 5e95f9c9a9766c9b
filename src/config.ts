import { isIP } from 'node:net';
import { z } from 'zod';
import { PROBE_DEFAULTS } from './checks/probe/types.js';
import { validateAddress, validateHost } from './commands/validate-target.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import type { RateLimit } from './limits/rate-limiter.js';
import { Secret } from './secret.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Resolver {
  host: string;
  port: number;
  /** `host:port` or `[v6]:port`, the form `dns.Resolver#setServers` takes. */
  address: string;
}

export interface Config {
  resolvers: Resolver[];
  allowPrivate: boolean;
  smtpPort: number;
  /** `/blacklist`: a JSON file of DNSBL zones (MAILMEDIC_DNSBL_FILE) and a Spamhaus DQS key. */
  dnsbl: { file: string | null; dqsKey: Secret | null };
  /** Envelope sender of the probe; '' is the null sender `<>`. */
  probeFrom: string;
  /** EHLO name of the probe; null lets the probe use the system host name. */
  helo: string | null;
  /** `/probe`: per-reply timeout, total deadline, and how many probes may run at once. */
  probe: {
    stepTimeoutMs: number;
    deadlineMs: number;
    maxConcurrent: number | null;
    maxPerUser: number | null;
  };
  slack: {
    botToken: Secret | null;
    appToken: Secret | null;
    signingSecret: Secret | null;
    port: number;
    apiUrl: string | null;
  };
  discord: {
    token: Secret | null;
    appId: string | null;
    apiUrl: string | null;
    /** Guilds `discord:register` registers the commands in (instant); empty: globally. */
    guildIds: string[];
    /** The privileged Message Content intent is enabled for the bot (needed for bounceChannels). */
    messageContent: boolean;
    /** Channels where bounces pasted without a mention are answered. */
    bounceChannels: string[];
    /** Shard processes `discord:shards` starts: a number, or Discord's recommendation. */
    shards: number | 'auto';
  };
  logLevel: LogLevel;
  /** null: pretty when stdout is a terminal. */
  logPretty: boolean | null;
  rateLimits: {
    perUser: RateLimit | null;
    perChannel: RateLimit | null;
    global: RateLimit | null;
    maxConcurrent: number | null;
  };
  /** Which chat adapters have their credentials set. Socket Mode wins when both Slack modes are set. */
  adapters: { slackSocket: boolean; slackHttp: boolean; discord: boolean };
}

/** CLI flags that override the environment; validated the same way, errors name the flag. */
export interface ConfigOverrides {
  resolvers?: string[];
  smtpPort?: string | number;
  allowPrivate?: boolean;
  logLevel?: string;
}

/** `/probe` defaults: the probe's own timeouts (30 s per reply, 60 s in all), 2 probes at once, 1 per user. */
const PROBE_CONFIG_DEFAULTS = {
  stepTimeoutMs: PROBE_DEFAULTS.stepTimeoutMs,
  deadlineMs: PROBE_DEFAULTS.deadlineMs,
  maxConcurrent: 2,
  maxPerUser: 1,
} as const;

const RATE_DEFAULTS = { user: '5/1m', channel: '20/1m', global: '60/1m', maxConcurrent: '4' } as const;

// Every message says what is expected; a secret's value is never echoed (see formatIssue).
const bool = z.string().transform((v, ctx) => {
  const s = v.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(s)) return true;
  if (['false', '0', 'no', 'off'].includes(s)) return false;
  ctx.issues.push({ code: 'custom', message: 'expected true or false', input: v });
  return z.NEVER;
});

const PORT_EXPECTED = 'expected a port number from 1 to 65535';
const port = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, { error: PORT_EXPECTED })
  .transform(Number)
  .pipe(z.number().min(1, { error: PORT_EXPECTED }).max(65535, { error: PORT_EXPECTED }));

function parseResolver(item: string): Resolver | string {
  const s = item.trim();
  const v6 = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(s);
  let host = s;
  let portText: string | undefined;
  if (v6) {
    host = v6[1] as string;
    portText = v6[2];
  } else if (isIP(s) !== 6) {
    const colon = s.lastIndexOf(':');
    if (colon > 0) {
      host = s.slice(0, colon);
      portText = s.slice(colon + 1);
    }
  }
  const family = isIP(host);
  if (family === 0) return `"${item}" is not HOST[:PORT] with HOST an IP address (write IPv6 as [::1]:53)`;
  const p = portText === undefined ? 53 : /^\d{1,5}$/.test(portText) ? Number(portText) : 0;
  if (p < 1 || p > 65535) return `"${item}" has a bad port (1 to 65535)`;
  return { host, port: p, address: family === 6 ? `[${host}]:${p}` : `${host}:${p}` };
}

const resolvers = z.string().transform((v, ctx) => {
  const out: Resolver[] = [];
  for (const item of v.split(',').filter((i) => i.trim() !== '')) {
    const r = parseResolver(item);
    if (typeof r === 'string') ctx.issues.push({ code: 'custom', message: r, input: v });
    else out.push(r);
  }
  return out;
});

const rate = z.string().transform((v, ctx): RateLimit | null => {
  const s = v.replace(/\s+/g, '').toLowerCase();
  if (s === 'off' || s === '0') return null;
  const m = /^(\d{1,6})\/(\d{0,6})(s|m|h)?$/.exec(s);
  const windowSeconds = m ? Number(m[2] || '1') * ({ s: 1, m: 60, h: 3600 }[m[3] ?? 's'] ?? 1) : 0;
  if (!m || (m[2] === '' && m[3] === undefined) || Number(m[1]) < 1 || windowSeconds < 1) {
    ctx.issues.push({
      code: 'custom',
      message: 'expected COUNT/WINDOW such as 5/1m, 100/1h or 2/30s, or off',
      input: v,
    });
    return z.NEVER;
  }
  return { limit: Number(m[1]), windowSeconds };
});

const concurrency = z.string().transform((v, ctx) => {
  const s = v.trim().toLowerCase();
  if (s === 'off' || s === '0') return null;
  if (/^\d{1,6}$/.test(s)) return Number(s);
  ctx.issues.push({ code: 'custom', message: 'expected a whole number of checks at once, or off', input: v });
  return z.NEVER;
});

const url = z.string().transform((v, ctx) => {
  try {
    const u = new URL(v.trim());
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // reported below
  }
  ctx.issues.push({ code: 'custom', message: 'expected an http:// or https:// URL', input: v });
  return z.NEVER;
});

/** Discord ids (snowflakes), comma-separated; each named when wrong. */
function snowflakes(expected: string) {
  return z.string().transform((v, ctx) => {
    const ids = v
      .split(',')
      .map((i) => i.trim())
      .filter((i) => i !== '');
    const bad = ids.filter((i) => !/^\d{15,25}$/.test(i));
    if (bad.length === 0) return ids;
    ctx.issues.push({ code: 'custom', message: `${expected}; not an id: ${bad.join(', ')}`, input: v });
    return z.NEVER;
  });
}

function checked(
  check: (v: string) => { ok: true; value: string } | { ok: false; problem: string },
  expected: string,
) {
  return z.string().transform((v, ctx) => {
    const r = check(v.trim());
    if (r.ok) return r.value;
    ctx.issues.push({ code: 'custom', message: expected, input: v });
    return z.NEVER;
  });
}

function token(pattern: RegExp, expected: string) {
  return z
    .string()
    .regex(pattern, { error: expected })
    .transform((v) => new Secret(v));
}

const seconds = z
  .string()
  .trim()
  .regex(/^\d{1,3}(?:\.\d{1,3})?$/, { error: 'expected a number of seconds from 0.1 to 600' })
  .transform((v) => Math.round(Number(v) * 1000))
  .pipe(
    z
      .number()
      .min(100, { error: 'expected a number of seconds from 0.1 to 600' })
      .max(600_000, { error: 'expected a number of seconds from 0.1 to 600' }),
  );

const probeFrom = z.string().transform((v, ctx) => {
  const s = v.trim();
  if (s === '' || s === '<>') return '';
  const r = validateAddress(s);
  if (r.ok) return r.value;
  ctx.issues.push({
    code: 'custom',
    message: 'expected an email address, or empty for the null sender <>',
    input: v,
  });
  return z.NEVER;
});

/** Variables whose value must never be shown, not even in an error. */
const SECRETS = new Set([
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
  'MAILMEDIC_SPAMHAUS_DQS_KEY',
]);

export const ENV_FIELDS = {
  MAILMEDIC_RESOLVERS: resolvers,
  MAILMEDIC_ALLOW_PRIVATE: bool,
  MAILMEDIC_SMTP_PORT: port,
  MAILMEDIC_PROBE_FROM: probeFrom,
  MAILMEDIC_HELO: checked(
    validateHost,
    'expected a host name (mail.example.com) or an address literal like [192.0.2.1]',
  ),
  MAILMEDIC_PROBE_TIMEOUT: seconds,
  MAILMEDIC_PROBE_DEADLINE: seconds,
  MAILMEDIC_PROBE_MAX_CONCURRENT: concurrency,
  MAILMEDIC_PROBE_MAX_PER_USER: concurrency,
  MAILMEDIC_DNSBL_FILE: z.string().trim(),
  // The key becomes a DNS label: <key>.zen.dq.spamhaus.net.
  MAILMEDIC_SPAMHAUS_DQS_KEY: token(
    /^[a-z0-9]{1,63}$/i,
    'expected the DQS key from the Spamhaus portal (letters and digits)',
  ),
  MAILMEDIC_RATE_USER: rate,
  MAILMEDIC_RATE_CHANNEL: rate,
  MAILMEDIC_RATE_GLOBAL: rate,
  MAILMEDIC_MAX_CONCURRENT: concurrency,
  SLACK_BOT_TOKEN: token(/^xox[bp]-\S+$/, 'expected a Slack bot token starting with "xoxb-"'),
  SLACK_APP_TOKEN: token(/^xapp-\S+$/, 'expected a Slack app-level token starting with "xapp-"'),
  SLACK_SIGNING_SECRET: token(/^\S+$/, 'expected the signing secret from the Slack app page (no spaces)'),
  PORT: port,
  SLACK_API_URL: url,
  DISCORD_TOKEN: token(/^\S+$/, 'expected the bot token from the Discord developer portal (no spaces)'),
  DISCORD_APP_ID: z
    .string()
    .trim()
    .regex(/^\d{15,25}$/, { error: 'expected the numeric application id' }),
  DISCORD_API_URL: url,
  DISCORD_GUILD_IDS: snowflakes('expected Discord server (guild) ids, comma-separated'),
  DISCORD_MESSAGE_CONTENT: bool,
  DISCORD_BOUNCE_CHANNELS: snowflakes('expected Discord channel ids, comma-separated'),
  DISCORD_SHARDS: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?:auto|[1-9]\d{0,4})$/, { error: 'expected a number of shards, or auto' })
    .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v))),
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` })),
  LOG_PRETTY: bool,
} as const;
type EnvField = keyof typeof ENV_FIELDS;
type EnvValues = { [K in EnvField]?: z.output<(typeof ENV_FIELDS)[K]> };

const FLAG_FOR: Partial<Record<EnvField, string>> = {
  MAILMEDIC_RESOLVERS: '--resolver',
  MAILMEDIC_SMTP_PORT: '--smtp-port',
  MAILMEDIC_ALLOW_PRIVATE: '--allow-private',
  LOG_LEVEL: '--log-level',
};

function describe(variable: string, message: string, raw: string | undefined): ConfigProblem {
  const shown =
    raw === undefined || SECRETS.has(variable)
      ? ''
      : ` (got "${raw.length > 80 ? `${raw.slice(0, 80)}…` : raw}")`;
  return { variable, message: `${message}${shown}` };
}

/** Parses one field; `label` is the variable or flag named in the message. */
function parseField<K extends EnvField>(
  key: K,
  raw: string,
  label: string,
  problems: ConfigProblem[],
): EnvValues[K] | undefined {
  const r = ENV_FIELDS[key].safeParse(raw);
  if (r.success) return r.data as EnvValues[K];
  // One message per variable: several issues (e.g. two bad resolvers) are joined.
  problems.push(describe(label, [...new Set(r.error.issues.map((i) => i.message))].join('; '), raw));
  return undefined;
}

function overrideRaw(key: EnvField, o: ConfigOverrides): string | undefined {
  if (key === 'MAILMEDIC_RESOLVERS' && o.resolvers?.length) return o.resolvers.join(',');
  if (key === 'MAILMEDIC_SMTP_PORT' && o.smtpPort !== undefined) return String(o.smtpPort);
  if (key === 'MAILMEDIC_ALLOW_PRIVATE' && o.allowPrivate !== undefined) return String(o.allowPrivate);
  if (key === 'LOG_LEVEL' && o.logLevel !== undefined) return o.logLevel;
  return undefined;
}

/**
 * Reads the configuration from the environment (DESIGN.md's table plus the rate limits in the README),
 * with CLI flags in `overrides` taking precedence. Throws one ConfigError listing every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const problems: ConfigProblem[] = [];
  const v: EnvValues = {};
  for (const key of Object.keys(ENV_FIELDS) as EnvField[]) {
    const flagged = overrideRaw(key, overrides);
    const raw = flagged ?? env[key];
    // An empty variable counts as unset (docker env files often carry `NAME=`).
    if (raw === undefined || (raw.trim() === '' && key !== 'MAILMEDIC_PROBE_FROM')) continue;
    const label = flagged !== undefined ? (FLAG_FOR[key] ?? key) : key;
    (v as Record<string, unknown>)[key] = parseField(key, raw, label, problems);
  }
  checkPairs(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return build(v);
}

/** Credentials that only work together: say which half is missing rather than silently not starting. */
function checkPairs(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): void {
  const set = (k: string) => (env[k] ?? '').trim() !== '';
  if (!set('SLACK_BOT_TOKEN') && (set('SLACK_APP_TOKEN') || set('SLACK_SIGNING_SECRET'))) {
    problems.push({
      variable: 'SLACK_BOT_TOKEN',
      message: 'missing: Slack needs the bot token (xoxb-…) as well',
    });
  }
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')) {
    problems.push({
      variable: 'SLACK_APP_TOKEN',
      message:
        'missing: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP) next to SLACK_BOT_TOKEN',
    });
  }
  if (set('DISCORD_TOKEN') !== set('DISCORD_APP_ID')) {
    const missing = set('DISCORD_TOKEN') ? 'DISCORD_APP_ID' : 'DISCORD_TOKEN';
    problems.push({
      variable: missing,
      message: 'missing: Discord needs both DISCORD_TOKEN and DISCORD_APP_ID',
    });
  }
  if (set('DISCORD_BOUNCE_CHANNELS') && !bool.safeParse(env.DISCORD_MESSAGE_CONTENT ?? 'false').data) {
    problems.push({
      variable: 'DISCORD_BOUNCE_CHANNELS',
      message:
        'needs DISCORD_MESSAGE_CONTENT=true (and the Message Content intent enabled for the bot): ' +
        'without it Discord sends the bot no text of messages that do not mention it',
    });
  }
}

function rateOr(value: RateLimit | null | undefined, fallback: string): RateLimit | null {
  return value !== undefined ? value : rate.parse(fallback);
}

function build(v: EnvValues): Config {
  const slack = {
    botToken: v.SLACK_BOT_TOKEN ?? null,
    appToken: v.SLACK_APP_TOKEN ?? null,
    signingSecret: v.SLACK_SIGNING_SECRET ?? null,
    port: v.PORT ?? 3000,
    apiUrl: v.SLACK_API_URL ?? null,
  };
  const discord = {
    token: v.DISCORD_TOKEN ?? null,
    appId: v.DISCORD_APP_ID ?? null,
    apiUrl: v.DISCORD_API_URL ?? null,
    guildIds: v.DISCORD_GUILD_IDS ?? [],
    messageContent: v.DISCORD_MESSAGE_CONTENT ?? false,
    bounceChannels: v.DISCORD_BOUNCE_CHANNELS ?? [],
    shards: v.DISCORD_SHARDS ?? 'auto',
  };
  const slackSocket = slack.botToken !== null && slack.appToken !== null;
  return {
    resolvers: v.MAILMEDIC_RESOLVERS ?? [],
    allowPrivate: v.MAILMEDIC_ALLOW_PRIVATE ?? false,
    smtpPort: v.MAILMEDIC_SMTP_PORT ?? 25,
    dnsbl: { file: v.MAILMEDIC_DNSBL_FILE ?? null, dqsKey: v.MAILMEDIC_SPAMHAUS_DQS_KEY ?? null },
    probeFrom: v.MAILMEDIC_PROBE_FROM ?? '',
    helo: v.MAILMEDIC_HELO ?? null,
    probe: {
      stepTimeoutMs: v.MAILMEDIC_PROBE_TIMEOUT ?? PROBE_CONFIG_DEFAULTS.stepTimeoutMs,
      deadlineMs: v.MAILMEDIC_PROBE_DEADLINE ?? PROBE_CONFIG_DEFAULTS.deadlineMs,
      maxConcurrent:
        v.MAILMEDIC_PROBE_MAX_CONCURRENT !== undefined
          ? v.MAILMEDIC_PROBE_MAX_CONCURRENT
          : PROBE_CONFIG_DEFAULTS.maxConcurrent,
      maxPerUser:
        v.MAILMEDIC_PROBE_MAX_PER_USER !== undefined
          ? v.MAILMEDIC_PROBE_MAX_PER_USER
          : PROBE_CONFIG_DEFAULTS.maxPerUser,
    },
    slack,
    discord,
    logLevel: v.LOG_LEVEL ?? 'info',
    logPretty: v.LOG_PRETTY ?? null,
    rateLimits: {
      perUser: rateOr(v.MAILMEDIC_RATE_USER, RATE_DEFAULTS.user),
      perChannel: rateOr(v.MAILMEDIC_RATE_CHANNEL, RATE_DEFAULTS.channel),
      global: rateOr(v.MAILMEDIC_RATE_GLOBAL, RATE_DEFAULTS.global),
      maxConcurrent:
        v.MAILMEDIC_MAX_CONCURRENT !== undefined
          ? v.MAILMEDIC_MAX_CONCURRENT
          : Number(RATE_DEFAULTS.maxConcurrent),
    },
    adapters: {
      slackSocket,
      slackHttp: !slackSocket && slack.botToken !== null && slack.signingSecret !== null,
      discord: discord.token !== null && discord.appId !== null,
    },
  };
}
