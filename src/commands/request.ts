import { z } from 'zod';

/**
 * The one request language every adapter speaks. Adapters build nothing by hand: they call
 * `parseCommand` and hand the Request to `runRequest`.
 */
export const LIVE_COMMANDS = ['mx', 'blacklist', 'probe', 'auth'] as const;
export type LiveCommand = (typeof LIVE_COMMANDS)[number];
export const COMMANDS = ['bounce', ...LIVE_COMMANDS, 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];

const nonEmpty = z.string().min(1);

export const BounceRequestSchema = z.object({ kind: z.literal('bounce'), text: nonEmpty });
/** `address`: what was typed when it was an address ("/mx bob@example.com"); `domain` is its domain. */
export const MxRequestSchema = z.object({
  kind: z.literal('mx'),
  domain: nonEmpty,
  address: nonEmpty.optional(),
});
export const BlacklistRequestSchema = z.object({
  kind: z.literal('blacklist'),
  /** An IP (checked on IP blocklists) or a domain (checked on domain blocklists). */
  target: nonEmpty,
  /** Only these DNSBL zones, when given. */
  zones: z.array(nonEmpty).optional(),
});
export const ProbeRequestSchema = z.object({
  kind: z.literal('probe'),
  /** An address (RCPT TO that mailbox) or a domain (connect to its MX hosts). */
  target: nonEmpty,
  /** Connect to this host instead of the MX hosts. */
  host: nonEmpty.optional(),
});
export const AuthRequestSchema = z.object({
  kind: z.literal('auth'),
  domain: nonEmpty,
  /** What was typed when it was an address ("/auth bob@example.com"); `domain` is its domain. */
  address: nonEmpty.optional(),
  /** DKIM selectors to look up; empty means "the common ones". */
  selectors: z.array(nonEmpty),
  /** Evaluate SPF for this sending IP. */
  ip: nonEmpty.optional(),
  /** MAIL FROM (an address or a domain) of the SPF evaluation for `ip`; default postmaster@domain. */
  from: nonEmpty.optional(),
});
export const HelpRequestSchema = z.object({ kind: z.literal('help'), topic: z.enum(COMMANDS).optional() });
export const UnknownRequestSchema = z.object({ kind: z.literal('unknown'), command: z.string() });
export const UsageRequestSchema = z.object({
  kind: z.literal('usage'),
  command: z.enum(COMMANDS),
  problem: nonEmpty,
});

export const RequestSchema = z.discriminatedUnion('kind', [
  BounceRequestSchema,
  MxRequestSchema,
  BlacklistRequestSchema,
  ProbeRequestSchema,
  AuthRequestSchema,
  HelpRequestSchema,
  UnknownRequestSchema,
  UsageRequestSchema,
]);

export type Request = z.infer<typeof RequestSchema>;
export type MxRequest = z.infer<typeof MxRequestSchema>;
export type BlacklistRequest = z.infer<typeof BlacklistRequestSchema>;
export type ProbeRequest = z.infer<typeof ProbeRequestSchema>;
export type AuthRequest = z.infer<typeof AuthRequestSchema>;
export type HelpRequest = z.infer<typeof HelpRequestSchema>;
export type LiveRequest = MxRequest | BlacklistRequest | ProbeRequest | AuthRequest;

export function isLiveRequest(req: Request): req is LiveRequest {
  return (LIVE_COMMANDS as readonly string[]).includes(req.kind);
}
