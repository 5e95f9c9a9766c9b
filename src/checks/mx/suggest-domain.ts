import { suggestAddress } from '../../knowledge/typo-domains.js';

/** "gmial.com" → "gmail.com": a well-known mail domain one or two keystrokes away, or null. */
export function suggestDomain(domain: string): string | null {
  const suggested = suggestAddress(`postmaster@${domain}`);
  return suggested ? suggested.slice(suggested.lastIndexOf('@') + 1) : null;
}
