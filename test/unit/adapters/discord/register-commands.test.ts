import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allDefinitions,
  commandDefinitions,
  commandText,
  contextMenuDefinitions,
  SLASH_COMMANDS,
} from '../../../../adapters/discord/command-definitions.js';
import { inviteUrl } from '../../../../adapters/discord/invite.js';
import { runRegister } from '../../../../adapters/discord/register-commands.js';
import { parseCommand } from '../../../../src/commands/index.js';
import { DiscordStandIn, IDS, TOKEN } from './discord-stand-in.js';

let discord: DiscordStandIn;
beforeAll(async () => {
  discord = await DiscordStandIn.start();
});
afterAll(async () => {
  await discord.close();
});

async function register(argv: string[], env: Record<string, string>) {
  const out = new PassThrough();
  const err = new PassThrough();
  const code = await runRegister(argv, env, out, err);
  return { code, out: drain(out), err: drain(err) };
}

/** Everything written so far: Node 26's read() hands back one buffered chunk at a time. */
function drain(stream: PassThrough): string {
  let text = '';
  for (let chunk = stream.read(); chunk !== null; chunk = stream.read()) text += String(chunk);
  return text;
}

const GUILD_A = '900000000000000111';
const GUILD_B = '900000000000000222';

describe('the message command', () => {
  it('is "Diagnose bounce", a message command (type 3) in servers and DMs, registered after the slash commands', () => {
    const defs = contextMenuDefinitions();
    expect(defs).toHaveLength(1);
    expect(defs[0]).toMatchObject({ name: 'Diagnose bounce', type: 3, contexts: [0, 1] });
    expect(allDefinitions().map((d) => d.name)).toEqual([...SLASH_COMMANDS, 'Diagnose bounce']);
  });
});

describe('slash command definitions', () => {
  it('define the six commands with descriptions and typed options', () => {
    const defs = commandDefinitions();
    expect(defs.map((d) => d.name)).toEqual([...SLASH_COMMANDS]);
    for (const d of defs) {
      expect(d.description.length).toBeGreaterThan(0);
      expect(d.description.length).toBeLessThanOrEqual(100);
      for (const o of d.options ?? []) {
        // Strings, and /bounce's file (attachment, type 11).
        expect(o.type).toBe(o.name === 'file' ? 11 : 3);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('every option of every command reaches the core command text', () => {
    for (const d of commandDefinitions()) {
      const strings = (d.options ?? []).filter((o) => o.type === 3);
      const values = new Map(strings.map((o, i) => [o.name, `value${i}`]));
      const text = commandText(d.name as (typeof SLASH_COMMANDS)[number], (n) => values.get(n) ?? null);
      for (const [name, value] of values) {
        if (d.name === 'mailmedic') continue;
        expect(text, `${d.name} ${name}`).toContain(value);
      }
    }
  });

  it('turn typical invocations into the requests the chat syntax gives', () => {
    const opts = (o: Record<string, string>) => (n: string) => o[n] ?? null;
    expect(
      parseCommand(commandText('auth', opts({ domain: 'example.com', selectors: 's1 s2', ip: '192.0.2.1' }))),
    ).toEqual({
      kind: 'auth',
      domain: 'example.com',
      selectors: ['s1', 's2'],
      ip: '192.0.2.1',
    });
    expect(
      parseCommand(commandText('blacklist', opts({ target: '192.0.2.1', zones: 'zen.spamhaus.org' }))),
    ).toEqual({
      kind: 'blacklist',
      target: '192.0.2.1',
      zones: ['zen.spamhaus.org'],
    });
    expect(parseCommand(commandText('mailmedic', opts({ topic: 'probe' })))).toEqual({
      kind: 'help',
      topic: 'probe',
    });
    expect(parseCommand(commandText('mx', opts({ domain: 'a b' }))).kind).toBe('usage');
  });
});

describe('npm run discord:register', () => {
  const env = { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: IDS.app };

  it('registers per server from DISCORD_GUILD_IDS, through DISCORD_API_URL', async () => {
    const r = await register([], {
      ...env,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_IDS: `${GUILD_A},${GUILD_B}`,
    });
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(
      `registered 7 commands in server ${GUILD_A}\nregistered 7 commands in server ${GUILD_B}\n` +
        `invite the bot with: https://discord.com/oauth2/authorize?client_id=${IDS.app}&scope=bot+applications.commands&permissions=309237763072\n`,
    );
    const puts = discord.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.path)).toEqual([
      `/applications/${IDS.app}/guilds/${GUILD_A}/commands`,
      `/applications/${IDS.app}/guilds/${GUILD_B}/commands`,
    ]);
    expect(puts[0]?.body).toEqual(allDefinitions());
    expect(puts[0]?.auth).toBe(`Bot ${TOKEN}`);
  });

  it('registers globally with --global, and in the servers named by --guild', async () => {
    const before = discord.calls.length;
    const base = { ...env, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_IDS: GUILD_A };
    expect((await register(['--global'], base)).code).toBe(0);
    expect((await register(['--guild', GUILD_B], base)).code).toBe(0);
    expect(discord.calls.slice(before).map((c) => `${c.method} ${c.path}`)).toEqual([
      `PUT /applications/${IDS.app}/commands`,
      `PUT /applications/${IDS.app}/guilds/${GUILD_B}/commands`,
    ]);
  });

  it('says what is missing or wrong, without echoing the token', async () => {
    expect(await register([], {})).toMatchObject({
      code: 2,
      err: expect.stringContaining('set DISCORD_TOKEN'),
    });
    const bad = await register([], { ...env, DISCORD_GUILD_IDS: 'general' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      'DISCORD_GUILD_IDS: expected Discord server (guild) ids, comma-separated; not an id: general',
    );
    const flag = await register(['--guild', 'x'], { ...env, DISCORD_API_URL: discord.apiUrl });
    expect(flag).toMatchObject({ code: 2, err: expect.stringContaining('unexpected "--guild"') });
    const refused = await register([], {
      ...env,
      DISCORD_TOKEN: 'wrong',
      DISCORD_API_URL: `${discord.apiUrl}/nowhere`,
    });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('could not register the commands');
    expect(`${bad.err}${refused.err}`).not.toContain(TOKEN);
  });
});

describe('the invite URL', () => {
  it('is the one the README shows', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(inviteUrl('APP_ID'));
  });
});
