import { FILTERS } from './providers/filters.js';
import { GOOGLE } from './providers/google.js';
import { HOSTING_PROVIDERS } from './providers/hosting.js';
import { REGIONAL_ISPS } from './providers/isp-regional.js';
import { US_ISPS } from './providers/isp-us.js';
import { WORLD_ISPS } from './providers/isp-world.js';
import { MAILBOX_PROVIDERS } from './providers/mailbox.js';
import { EXCHANGE_SERVER, MICROSOFT } from './providers/microsoft.js';
import type { Provider, ProviderCode } from './providers/types.js';

export type { Provider, ProviderCode, ProviderKind, ProviderPhrase } from './providers/types.js';

/** Every provider and filter we recognise; adding one is adding an entry in providers/. */
export const PROVIDERS: readonly Provider[] = [
  GOOGLE,
  MICROSOFT,
  EXCHANGE_SERVER,
  ...MAILBOX_PROVIDERS,
  ...US_ISPS,
  ...WORLD_ISPS,
  ...REGIONAL_ISPS,
  ...HOSTING_PROVIDERS,
  ...FILTERS,
];

const BY_ID: ReadonlyMap<string, Provider> = new Map(PROVIDERS.map((p) => [p.id, p]));

export function findProvider(id: string): Provider | undefined {
  return BY_ID.get(id);
}

/**
 * What a reference code means: the given provider's table first, then any provider's (a relayed reply
 * can carry another provider's code, e.g. GoDaddy's IB508 inside a Microsoft NDR).
 */
export function lookupCode(
  code: string,
  provider?: Provider,
): { provider: Provider; code: ProviderCode } | undefined {
  const own = provider?.codes?.[code];
  if (provider && own) return { provider, code: own };
  for (const p of PROVIDERS) {
    const found = p.codes?.[code];
    if (found) return { provider: p, code: found };
  }
  return undefined;
}
