/**
 * What to log of a Discord failure. discord.js errors carry the request URL, and webhook URLs hold the
 * interaction token (valid 15 minutes): the token is masked, and request bodies (user pastes) are left out.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const out: Record<string, unknown> = { name: e.name, message: maskTokens(e.message) };
  if (e.code !== undefined) out.code = e.code;
  if (e.status !== undefined) out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.url = maskTokens(e.url);
  return out;
}

/** `/webhooks/<app id>/<token>` and `/interactions/<id>/<token>`: the token part becomes ":token". */
function maskTokens(text: string): string {
  return text.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?\s]+/g, '/$1/$2/:token');
}
