import type { Provider } from '../knowledge/providers.js';
import { detectProvider, findBlocklists, findReferenceCodes } from './detect-provider.js';

/**
 * The recipients of one bounce mostly share their diagnostic (a feedback report's seven recipients, a
 * DSN's list): what is read from the same text is read once and handed to each of them. One entry per
 * reading (the last one), so memory stays constant; arrays are copied so records never share them.
 */
export class SharedReadings {
  private provider?: { hosts: string; text: string; found: Provider | undefined };
  private codes?: { text: string; provider: Provider | undefined; found: string[] };
  private blocklists?: { text: string; found: string[] };

  detectProvider(hosts: string[], text: string): Provider | undefined {
    const key = hosts.join('\n');
    const last = this.provider;
    if (last && last.hosts === key && last.text === text) return last.found;
    const found = detectProvider({ hosts, text });
    this.provider = { hosts: key, text, found };
    return found;
  }

  findReferenceCodes(text: string, provider: Provider | undefined): string[] {
    const last = this.codes;
    if (last && last.text === text && last.provider === provider) return [...last.found];
    const found = findReferenceCodes(text, provider);
    this.codes = { text, provider, found: [...found] };
    return found;
  }

  findBlocklists(text: string): string[] {
    const last = this.blocklists;
    if (last && last.text === text) return [...last.found];
    const found = findBlocklists(text);
    this.blocklists = { text, found: [...found] };
    return found;
  }
}
