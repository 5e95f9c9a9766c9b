/** Well-known mailbox domains; a recipient domain one or two keystrokes away from one is likely a typo. */
export const COMMON_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'yahoo.fr',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'qq.com',
  '163.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'comcast.net',
  'att.net',
  'verizon.net',
  'zoho.com',
  'fastmail.com',
  'naver.com',
  'example.com',
  'example.org',
  'example.net',
];

const KNOWN = new Set(COMMON_MAIL_DOMAINS);

/** "bob@gmial.com" → "bob@gmail.com"; undefined when the domain is known or not close to one. */
export function suggestAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  if (at < 1) return undefined;
  const domain = address.slice(at + 1).toLowerCase();
  if (KNOWN.has(domain) || domain.length > 64) return undefined;
  const near = nearestKnown(domain);
  return near ? `${address.slice(0, at)}@${near}` : undefined;
}

const NEAREST = new Map<string, string | null>();

/** The well-known domain within one or two edits, remembered per domain (bulk runs repeat domains). */
function nearestKnown(domain: string): string | undefined {
  const cached = NEAREST.get(domain);
  if (cached !== undefined) return cached ?? undefined;
  if (NEAREST.size > 10_000) NEAREST.clear();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const known of COMMON_MAIL_DOMAINS) {
    if (Math.abs(known.length - domain.length) > 2) continue;
    const d = editDistance(domain, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  const allowed = domain.length >= 9 ? 2 : 1;
  const near = best && bestDistance <= allowed ? best : undefined;
  NEAREST.set(domain, near ?? null);
  return near;
}

/** Damerau–Levenshtein (optimal string alignment): a swapped pair of letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1] ?? 0;
}
