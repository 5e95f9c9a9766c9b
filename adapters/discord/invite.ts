import { PermissionFlagsBits } from 'discord.js';

/** What the bot does in a channel: read it, start a thread from a message, answer there with embeds and files. */
const BOT_PERMISSIONS = [
  'ViewChannel',
  'SendMessages',
  'SendMessagesInThreads',
  'CreatePublicThreads',
  'EmbedLinks',
  'AttachFiles',
  'ReadMessageHistory',
] as const satisfies readonly (keyof typeof PermissionFlagsBits)[];

function permissionsInteger(): string {
  return BOT_PERMISSIONS.reduce((bits, name) => bits | PermissionFlagsBits[name], 0n).toString();
}

/** The URL a server admin opens to add the bot: the bot user and its slash commands, with those permissions. */
export function inviteUrl(appId: string): string {
  const params = new URLSearchParams({
    client_id: appId,
    scope: 'bot applications.commands',
    permissions: permissionsInteger(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
