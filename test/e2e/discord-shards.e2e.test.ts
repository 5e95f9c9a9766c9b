import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, IDS, slashCommand, TOKEN } from '../unit/adapters/discord/discord-stand-in.js';

/**
 * `npm run discord:shards` for real (built dist/, discord.js ShardingManager, one child process per
 * shard) against the loopback Discord stand-in: every shard identifies with its own shard id and answers.
 */
let discord: DiscordStandIn;
let manager: ChildProcess;
let output = '';

beforeAll(async () => {
  discord = await DiscordStandIn.start();
  manager = spawn(process.execPath, ['dist/adapters/discord/shards.js'], {
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: IDS.app,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_SHARDS: '2',
      SLACK_BOT_TOKEN: 'xoxb-never-used-by-shards',
      SLACK_APP_TOKEN: 'xapp-never-used-by-shards',
      MAILMEDIC_RESOLVERS: '127.0.0.1:9',
      LOG_PRETTY: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  manager.stdout?.on('data', (c) => {
    output += String(c);
  });
  manager.stderr?.on('data', (c) => {
    output += String(c);
  });
});

afterAll(async () => {
  if (manager.exitCode === null) {
    manager.kill('SIGTERM');
    await once(manager, 'exit');
  }
  await discord.close();
});

/** The distinct shards that sent IDENTIFY, once there are `n`. */
async function identifiedShards(n: number): Promise<number[][]> {
  for (;;) {
    const shards = discord.received.filter((o) => o.op === 2).map((o) => (o.d as { shard: number[] }).shard);
    const distinct = [...new Map(shards.map((s) => [s[0], s])).values()];
    if (distinct.length >= n) return distinct;
    await once(discord, 'op');
  }
}

describe('discord:shards', () => {
  it('starts one process per shard; each identifies as its shard and answers', async () => {
    const shards = await identifiedShards(2);
    expect(shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const interaction = slashCommand('mailmedic');
    discord.dispatch('INTERACTION_CREATE', interaction);
    const final = await discord.waitForCall(
      (c) => c.path.includes(interaction.token) && c.method === 'PATCH',
    );
    expect(JSON.stringify(final.body)).toContain('Paste a bounce');
    expect(output).not.toContain('xoxb-never-used-by-shards');
    expect(output).not.toContain(TOKEN);
  });
});
