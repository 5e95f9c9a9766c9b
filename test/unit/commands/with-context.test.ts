import { describe, expect, it } from 'vitest';
import { withContext } from '../../../src/commands/with-context.js';

const BOUNCE =
  '550 5.1.1 <mia@example.net>: Recipient address rejected: User unknown in virtual mailbox table';

describe('withContext', () => {
  it('puts the message pointed at before words that hold no bounce, or before nothing', async () => {
    expect(await withContext('what happened here?', async () => BOUNCE)).toBe(
      `${BOUNCE}\n\nwhat happened here?`,
    );
    expect(await withContext('', async () => BOUNCE)).toBe(BOUNCE);
  });

  it('keeps a bounce or a command as it is, without fetching anything', async () => {
    const never = async (): Promise<string | null> => {
      throw new Error('fetched');
    };
    expect(await withContext(BOUNCE, never)).toBe(BOUNCE);
    expect(await withContext('mx example.com', never)).toBe('mx example.com');
    expect(await withContext('/mx', never)).toBe('/mx');
    expect(await withContext('help', never)).toBe('help');
  });

  it('leaves the text alone when there is nothing to point at', async () => {
    expect(await withContext('thanks!', async () => null)).toBe('thanks!');
    expect(await withContext('thanks!', async () => '  ')).toBe('thanks!');
  });
});
