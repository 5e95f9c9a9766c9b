import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandOptionsOnlyBuilder,
} from 'discord.js';
import { COMMAND_USAGE, COMMANDS, type CommandName } from '../../src/commands/index.js';

/**
 * The slash commands, defined once: `discord:register` sends these definitions and the bot turns an
 * invocation back into the core's command language with `commandText`, so the core validates it.
 */
export const SLASH_COMMANDS = ['bounce', 'mx', 'probe', 'blacklist', 'auth', 'mailmedic'] as const;
export type SlashCommand = (typeof SLASH_COMMANDS)[number];

// Discord allows 1–100 characters per description.
const describe = (name: CommandName) => COMMAND_USAGE[name].summary.slice(0, 100);

function base(name: SlashCommand, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);
}

function build(): SlashCommandOptionsOnlyBuilder[] {
  return [
    base('bounce', describe('bounce'))
      .addStringOption((o) =>
        o.setName('text').setDescription('The SMTP reply, mail log line or bounce text').setMaxLength(6000),
      )
      .addAttachmentOption((o) =>
        o
          .setName('file')
          .setDescription('The bounce as a file (.eml, .txt), e.g. saved from your mail client'),
      ),
    base('mx', describe('mx')).addStringOption((o) =>
      o
        .setName('domain')
        .setDescription('Domain to check, e.g. example.com')
        .setRequired(true)
        .setMaxLength(253),
    ),
    base('probe', describe('probe'))
      .addStringOption((o) =>
        o
          .setName('target')
          .setDescription('Address (bob@example.com) or domain to probe')
          .setRequired(true)
          .setMaxLength(320),
      )
      .addStringOption((o) =>
        o.setName('host').setDescription('Talk to this host instead of the MX hosts').setMaxLength(253),
      ),
    base('blacklist', describe('blacklist'))
      .addStringOption((o) =>
        o
          .setName('target')
          .setDescription('IP address or domain to look up')
          .setRequired(true)
          .setMaxLength(253),
      )
      .addStringOption((o) =>
        o.setName('zones').setDescription('Only these DNSBL zones, separated by spaces').setMaxLength(1000),
      ),
    base('auth', describe('auth'))
      .addStringOption((o) =>
        o
          .setName('domain')
          .setDescription('Domain to check, e.g. example.com')
          .setRequired(true)
          .setMaxLength(253),
      )
      .addStringOption((o) =>
        o.setName('selectors').setDescription('DKIM selectors, separated by spaces').setMaxLength(500),
      )
      .addStringOption((o) =>
        o.setName('ip').setDescription('Evaluate SPF for this sending IP').setMaxLength(45),
      )
      .addStringOption((o) =>
        o
          .setName('from')
          .setDescription('MAIL FROM address or domain for the SPF evaluation')
          .setMaxLength(320),
      ),
    base('mailmedic', 'How to use mailmedic: the commands and what they check').addStringOption((o) =>
      o
        .setName('topic')
        .setDescription('A command to explain')
        .addChoices(...COMMANDS.map((c) => ({ name: c, value: c }))),
    ),
  ];
}

/** The slash commands' JSON, as Discord's bulk-overwrite endpoint takes it. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return build().map((b) => b.toJSON());
}

/**
 * The message command in a message's Apps menu: it diagnoses that message (its text, forward and text
 * files) as a pasted bounce. Discord shows its name as written (up to 32 characters, spaces allowed).
 */
export const DIAGNOSE_MESSAGE = 'Diagnose bounce';

export function contextMenuDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [
    new ContextMenuCommandBuilder()
      .setName(DIAGNOSE_MESSAGE)
      .setType(ApplicationCommandType.Message)
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .toJSON(),
  ];
}

/** Everything `discord:register` registers: the slash commands, then the message command. */
export function allDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commandDefinitions(), ...contextMenuDefinitions()];
}

/** Reads one string option of an invocation; null when not given. */
export type OptionReader = (name: string) => string | null;

/**
 * An invocation in the core's chat language, e.g. `/auth example.com s1 ip=192.0.2.1`. Values go in as
 * the user typed them: parseCommand validates every one and answers usage problems.
 */
export function commandText(command: SlashCommand, option: OptionReader): string {
  const words = (...values: (string | null)[]) =>
    values.filter((v): v is string => v !== null && v.trim() !== '').join(' ');
  const named = (key: string, value: string | null) => (value?.trim() ? `${key}=${value.trim()}` : null);
  switch (command) {
    case 'bounce':
      return `/bounce ${option('text') ?? ''}`;
    case 'mx':
      return `/mx ${words(option('domain'))}`;
    case 'probe':
      return `/probe ${words(option('target'), option('host'))}`;
    case 'blacklist':
      return `/blacklist ${words(option('target'), option('zones'))}`;
    case 'auth':
      return `/auth ${words(option('domain'), option('selectors'), named('ip', option('ip')), named('from', option('from')))}`;
    case 'mailmedic':
      return `/help ${option('topic') ?? ''}`;
  }
}

export function isSlashCommand(name: string): name is SlashCommand {
  return (SLASH_COMMANDS as readonly string[]).includes(name);
}
