/**
 * The environment variables the configuration reads (src/config.ts ENV_FIELDS), told apart without
 * loading it: by prefix, plus a few plain names. A test keeps this in step with ENV_FIELDS.
 */
const PREFIXES = ['MAILMEDIC_', 'SLACK_', 'DISCORD_'];
const NAMES = new Set(['PORT', 'LOG_LEVEL', 'LOG_PRETTY']);

export function isConfigVariable(name: string): boolean {
  return NAMES.has(name) || PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** True when any configuration variable is set in `env`. */
export function hasConfigVariable(env: NodeJS.ProcessEnv): boolean {
  for (const name of Object.keys(env)) if (env[name] !== undefined && isConfigVariable(name)) return true;
  return false;
}
