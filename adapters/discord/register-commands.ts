import { REST, Routes } from 'discord.js';
import { type Config, loadConfig } from '../../src/config.js';
import { isCodedError } from '../../src/errors.js';
import { allDefinitions } from './command-definitions.js';
import { restBase } from './discord-bot.js';
import { inviteUrl } from './invite.js';

export interface RegisterOptions {
  token: string;
  appId: string;
  apiUrl?: string | null;
  /** Register in these servers (instant); empty: globally (Discord may take a while to show them). */
  guildIds: readonly string[];
}

/** Bulk-overwrites the bot's slash and message commands with the definitions the bot answers (a PUT replaces all). */
async function registerCommands(options: RegisterOptions): Promise<string[]> {
  const rest = new REST({ ...(options.apiUrl ? { api: restBase(options.apiUrl) } : {}), timeout: 15_000 });
  rest.setToken(options.token);
  const body = allDefinitions();
  const done: string[] = [];
  if (options.guildIds.length === 0) {
    await rest.put(Routes.applicationCommands(options.appId), { body });
    done.push(`registered ${body.length} commands globally`);
  }
  for (const guild of options.guildIds) {
    await rest.put(Routes.applicationGuildCommands(options.appId, guild), { body });
    done.push(`registered ${body.length} commands in server ${guild}`);
  }
  return done;
}

const USAGE = `usage: discord:register [--global | --guild ID ...]
  Registers mailmedic's slash commands from DISCORD_TOKEN, DISCORD_APP_ID (and DISCORD_API_URL).
  Default: the servers in DISCORD_GUILD_IDS (instant), or globally when it is empty.`;

/** The `npm run discord:register` command; resolves with the exit code. */
export async function runRegister(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    if (!isCodedError(e)) throw e;
    err.write(`discord:register: ${e.message}\n`);
    return 2;
  }
  const { token, appId, apiUrl } = config.discord;
  if (!token || !appId) {
    err.write('discord:register: set DISCORD_TOKEN and DISCORD_APP_ID (see the README, "Discord")\n');
    return 2;
  }
  let guildIds = config.discord.guildIds;
  const given: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--global') guildIds = [];
    else if (arg === '--guild' && /^\d{15,25}$/.test(argv[i + 1] ?? '')) given.push(argv[++i] as string);
    else {
      err.write(`discord:register: unexpected "${arg}"\n${USAGE}\n`);
      return 2;
    }
  }
  if (given.length > 0) guildIds = given;
  try {
    for (const line of await registerCommands({ token: token.reveal(), appId, apiUrl, guildIds })) {
      out.write(`${line}\n`);
    }
    out.write(`invite the bot with: ${inviteUrl(appId)}\n`);
    return 0;
  } catch (e) {
    err.write(
      `discord:register: could not register the commands: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 1;
  }
}
