import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../../../adapters/discord/discord-bot.js';
import { FULL_REPORT_FILE } from '../../../../adapters/discord/render-embeds.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { createLogger } from '../../../../src/logger.js';
import { exchangeNdr, outlookMsgFile } from '../../../helpers/outlook-msg-file.js';
import { DNSBL_ZONE } from '../../checks/blacklist/zone.js';
import { MX_ZONE } from '../../checks/mx/zone.js';
import { type SmtpPeer, startSmtpPeer } from '../../checks/probe/peers.js';
import { startDnsServer, type TestDnsServer } from '../../helpers/dns-server.js';
import {
  DiscordStandIn,
  IDS,
  messageCommand,
  type RestCall,
  slashCommand,
  TOKEN,
  userMessage,
} from './discord-stand-in.js';
import { guardSockets } from './loopback-sockets.js';

type Embed = { title?: string; description?: string; color?: number };

const logStream = new PassThrough();
let logText = '';
logStream.on('data', (c) => {
  logText += String(c);
});
const logs = () => logText;

let discord: DiscordStandIn;
let dnsServer: TestDnsServer;
let smtp: SmtpPeer;
let bot: DiscordBot;
let sockets: ReturnType<typeof guardSockets>;

beforeAll(async () => {
  sockets = guardSockets();
  discord = await DiscordStandIn.start();
  dnsServer = await startDnsServer({ ...MX_ZONE, ...DNSBL_ZONE });
  smtp = await startSmtpPeer();
  bot = createDiscordBot({
    token: TOKEN,
    apiUrl: discord.apiUrl,
    // Nothing may default to Discord's CDN either.
    rest: { cdn: `http://127.0.0.1:${discord.port}/cdn`, retries: 0 },
    context: {
      dns: createDnsClient({ servers: [dnsServer.address], timeoutMs: 2000, tries: 1 }),
      // The probe may talk to the loopback SMTP server only because the test allows private targets.
      probe: { allowPrivate: true, helo: 'mailmedic.test', stepTimeoutMs: 5_000, deadlineMs: 10_000 },
    },
    logger: createLogger({ level: 'warn', pretty: false, destination: logStream }),
    editIntervalMs: 0,
  });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  await dnsServer?.close();
  await smtp?.close();
  sockets?.restore();
});

const embedsOf = (c: RestCall) => (c.body?.embeds ?? []) as Embed[];
const isFinal = (c: RestCall) => !embedsOf(c)[0]?.title?.startsWith('Checking ');
const forToken = (token: string) => (c: RestCall) => c.path.includes(`/${token}`);

/** Dispatches a slash command and resolves with its calls once the final answer is edited in. */
async function slash(name: string, options: Record<string, string> = {}) {
  const interaction = slashCommand(name, options);
  discord.dispatch('INTERACTION_CREATE', interaction);
  const final = await discord.waitForCall(
    (c) => forToken(interaction.token)(c) && c.method === 'PATCH' && isFinal(c),
  );
  return { final, calls: discord.calls.filter(forToken(interaction.token)) };
}

async function slashWithFile(attachment: { id: string } & Record<string, unknown>) {
  const interaction = slashCommand('bounce', {}, { option: 'file', attachment });
  discord.dispatch('INTERACTION_CREATE', interaction);
  const final = await discord.waitForCall((c) => forToken(interaction.token)(c) && c.method === 'PATCH');
  return { final, calls: discord.calls.filter(forToken(interaction.token)) };
}

describe('Discord bot against a loopback Discord', () => {
  it('logs in through the stand-in: gateway URL from GET /gateway/bot, IDENTIFY with the token', () => {
    expect(discord.calls[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', auth: `Bot ${TOKEN}` });
    expect(discord.identifies).toBe(1);
    const identify = discord.received.find((o) => o.op === 2)?.d as { intents: number };
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); no privileged Message Content (32768).
    expect(identify.intents).toBe(1 | 512 | 4096);
    expect(bot.client.guilds.cache.has(IDS.guild)).toBe(true);
  });

  it.each([
    ['mx', { domain: 'example.test' }, /example\.test/],
    ['blacklist', { target: '5.6.7.8' }, /5\.6\.7\.8 is listed/],
    ['auth', { domain: 'example.test' }, /example\.test|SPF|DMARC/i],
    ['bounce', { text: '550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown' }, /.+/],
    ['mailmedic', {}, /Paste a bounce/],
  ])('/%s is deferred at once, then the answer is edited in', async (name, options, title) => {
    const { final, calls } = await slash(name, options);
    expect(calls[0]).toMatchObject({ method: 'POST', body: { type: 5, data: { flags: 0 } }, status: 204 });
    expect(calls[0]?.path).toMatch(/^\/interactions\/\d+\/interaction-token-\d+\/callback$/);
    expect(final.path).toMatch(
      new RegExp(`^/webhooks/${IDS.app}/interaction-token-\\d+/messages/%40original$`),
    );
    expect(embedsOf(final)[0]?.title).toMatch(title);
    expect(final.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Progress edits (if any came) all precede the final answer; nothing follows it.
    expect(calls.at(-1)).toBe(final);
    expect(calls.slice(1, -1).every((c) => c.method === 'PATCH' && !isFinal(c))).toBe(true);
  });

  it('/probe: the SMTP conversation with a loopback server, its transcript attached as a file', async () => {
    const { final, calls } = await slash('probe', {
      target: 'bob@example.test',
      host: `127.0.0.1:${smtp.port}`,
    });
    expect(calls[0]).toMatchObject({ body: { type: 5 } });
    expect(smtp.recipients).toContain('bob@example.test');
    expect(embedsOf(final)[0]?.title).toMatch(/bob@example\.test/);
    expect(final.files.length).toBeGreaterThan(0);
    expect(final.files.map((f) => f.text).join('\n')).toMatch(/RCPT TO:<bob@example\.test>/);
  });

  it('answers a malformed command ephemerally and at once, with the usage', async () => {
    const interaction = slashCommand('mx', { domain: 'not a domain!' });
    discord.dispatch('INTERACTION_CREATE', interaction);
    const reply = await discord.waitForCall(forToken(interaction.token));
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
    const embeds = (reply.body?.data as { embeds?: Embed[] } | undefined)?.embeds ?? [];
    expect(embeds[0]?.description ?? embeds[0]?.title).toMatch(/usage: \/mx DOMAIN/);
  });

  it('"Diagnose bounce" on a message reads it as a paste and answers as the command\'s reply', async () => {
    const target = userMessage(
      '550 5.1.1 <carol@example.test>: Recipient address rejected: User unknown',
      'channel',
      false,
    );
    const interaction = messageCommand('Diagnose bounce', target);
    discord.dispatch('INTERACTION_CREATE', interaction);
    const final = await discord.waitForCall(
      (c) => forToken(interaction.token)(c) && c.method === 'PATCH' && isFinal(c),
    );
    const calls = discord.calls.filter(forToken(interaction.token));
    expect(calls[0]).toMatchObject({ method: 'POST', body: { type: 5 }, status: 204 });
    expect(JSON.stringify(final.body)).toContain('carol@example.test');
    expect(embedsOf(final)[0]?.title).toMatch(/^Rejected: carol@example\.test/);
  });

  it('"Diagnose bounce" never runs a command written in the message, and says so when it has no text', async () => {
    const command = messageCommand('Diagnose bounce', userMessage('/mx example.test', 'channel', false));
    discord.dispatch('INTERACTION_CREATE', command);
    const final = await discord.waitForCall(
      (c) => forToken(command.token)(c) && c.method === 'PATCH' && isFinal(c),
    );
    expect(JSON.stringify(final.body)).toMatch(/not a bounce|does not look like a bounce/i);
    const empty = messageCommand('Diagnose bounce', userMessage('', 'channel', false));
    discord.dispatch('INTERACTION_CREATE', empty);
    const reply = await discord.waitForCall((c) => forToken(empty.token)(c) && c.method === 'POST');
    // Answered at once, to the user alone (type 4, ephemeral flag 64).
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(reply.body)).toContain('no text to diagnose');
  });

  it('answers a mention with a pasted bounce in a thread started from the message', async () => {
    const bounce = [
      `<@${IDS.bot}> what happened here?`,
      'This is the mail system at host mail.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<bob@example.test>: host mx1.example.test[5.6.7.8] said: 550 5.1.1',
      '    <bob@example.test>: Recipient address rejected: User unknown in virtual',
      '    mailbox table (in reply to RCPT TO command)',
    ].join('\n');
    const message = userMessage(bounce, 'channel', true);
    discord.dispatch('MESSAGE_CREATE', message);
    const thread = await discord.waitForCall(
      (c) => c.path === `/channels/${IDS.channel}/messages/${message.id}/threads`,
    );
    expect(thread.body?.name).toBe('mailmedic: what happened here?');
    const threadId = thread.response?.id as string;
    const answer = await discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`,
    );
    expect(embedsOf(answer)[0]?.title).toMatch(/bob@example\.test|mailbox/i);
    expect(answer.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a mention with a command in a thread: a progress message, then the answer edited in', async () => {
    const message = userMessage(`<@${IDS.bot}> mx example.test`, 'channel', true);
    discord.dispatch('MESSAGE_CREATE', message);
    const thread = await discord.waitForCall(
      (c) => c.path === `/channels/${IDS.channel}/messages/${message.id}/threads`,
    );
    const threadId = thread.response?.id as string;
    const progress = await discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`,
    );
    expect(embedsOf(progress)[0]?.title).toBe('Checking mx example.test…');
    const messageId = progress.response?.id as string;
    const final = await discord.waitForCall(
      (c) => c.method === 'PATCH' && c.path === `/channels/${threadId}/messages/${messageId}` && isFinal(c),
    );
    expect(embedsOf(final)[0]?.title).toMatch(/example\.test/);
  });

  it('answers in the thread a mention was posted in, without starting another', async () => {
    const message = userMessage(`<@${IDS.bot}> help`, 'thread', true);
    discord.dispatch('MESSAGE_CREATE', message);
    const answer = await discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${IDS.existingThread}/messages`,
    );
    expect(embedsOf(answer)[0]?.title).toMatch(/Paste a bounce/);
    expect(discord.calls.some((c) => c.path.includes(`/messages/${message.id}/threads`))).toBe(false);
  });

  it('answers a DM like a mention, in the DM', async () => {
    discord.dispatch('MESSAGE_CREATE', userMessage('blacklist 5.6.7.9', 'dm', false));
    const final = await discord.waitForCall(
      (c) => c.method === 'PATCH' && c.path.startsWith(`/channels/${IDS.dm}/messages/`) && isFinal(c),
    );
    expect(embedsOf(final)[0]?.title).toMatch(/5\.6\.7\.9 is clean/);
  });

  it('ignores channel messages that do not mention it', async () => {
    const before = discord.calls.length;
    const ignored = userMessage('550 5.1.1 <carol@example.test>: User unknown', 'channel', false);
    discord.dispatch('MESSAGE_CREATE', ignored);
    // Gateway events are handled in order: once the next one is answered, the first was seen.
    const next = userMessage(`<@${IDS.bot}> help`, 'thread', true);
    discord.dispatch('MESSAGE_CREATE', next);
    await discord.waitForCall(
      (c) => discord.calls.indexOf(c) >= before && c.path === `/channels/${IDS.existingThread}/messages`,
    );
    expect(discord.calls.slice(before).some((c) => c.path.includes(ignored.id))).toBe(false);
  });

  it('attaches the full report when the answer is too large for the embeds', async () => {
    const lines = Array.from(
      { length: 60 },
      (_, i) =>
        `<user${i}@example.test>: host mx1.example.test[5.6.7.8] said: 550 5.1.1 User unknown (in reply to RCPT TO command)`,
    );
    const message = userMessage(`<@${IDS.bot}>\n${lines.join('\n\n')}`, 'thread', true);
    const before = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', message);
    const answer = await discord.waitForCall(
      (c) =>
        discord.calls.indexOf(c) >= before &&
        c.path === `/channels/${IDS.existingThread}/messages` &&
        c.files.length > 0,
    );
    expect(answer.files[0]?.name).toBe(FULL_REPORT_FILE);
    expect(answer.files[0]?.text).toContain('user59@example.test');
    expect(embedsOf(answer).length).toBeLessThanOrEqual(10);
  });

  it('reads a long paste Discord turned into message.txt, and a /bounce file', async () => {
    const dsn = [
      'Reporting-MTA: dns; mail.example.org',
      '',
      'Final-Recipient: rfc822; carol@example.test',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: dns; mx1.example.test',
      'Diagnostic-Code: smtp; 550 5.1.1 <carol@example.test>: Recipient address rejected: User unknown',
      '',
      `X-Padding: ${'long header '.repeat(300)}`,
    ].join('\n');
    expect(dsn.length).toBeGreaterThan(2000);
    const pasted = userMessage(`<@${IDS.bot}>`, 'thread', true, [discord.hostFile('message.txt', dsn)]);
    const before = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', pasted);
    const answer = await discord.waitForCall(
      (c) =>
        discord.calls.indexOf(c) >= before &&
        c.method === 'POST' &&
        c.path === `/channels/${IDS.existingThread}/messages`,
    );
    expect(JSON.stringify(answer.body?.embeds)).toContain('carol@example.test');

    const attachment = discord.hostFile('bounce.eml', dsn, 'message/rfc822');
    const { final, calls } = await slashWithFile(attachment);
    expect(calls[0]?.body).toMatchObject({ type: 5 });
    expect(JSON.stringify(final.body?.embeds)).toContain('carol@example.test');
  });

  it('reads an NDR dragged out of Outlook as a .msg file', async () => {
    const ndr = outlookMsgFile(
      exchangeNdr('dave@example.test', '552 5.2.2 <dave@example.test>: Mailbox full'),
    );
    const file = discord.hostFile(
      'Undeliverable_Order_7781.msg',
      Buffer.from(ndr),
      'application/vnd.ms-outlook',
    );
    const message = userMessage(`<@${IDS.bot}>`, 'thread', true, [file]);
    const before = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', message);
    const answer = await discord.waitForCall(
      (c) =>
        discord.calls.indexOf(c) >= before &&
        c.method === 'POST' &&
        c.path === `/channels/${IDS.existingThread}/messages`,
    );
    const shown = JSON.stringify(answer.body?.embeds);
    expect(shown).toContain('dave@example.test');
    expect(shown).toMatch(/mailbox is full/i);
  });

  it('reads a DMARC report attached as .xml.gz, unpacked', async () => {
    const xml =
      '<?xml version="1.0"?><feedback><report_metadata><org_name>Yahoo</org_name></report_metadata>' +
      '<policy_published><domain>example.test</domain><p>none</p></policy_published><record><row>' +
      '<source_ip>192.0.2.25</source_ip><count>7</count><policy_evaluated><disposition>none</disposition>' +
      '<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>example.test' +
      '</header_from></identifiers></record></feedback>';
    const file = discord.hostFile(
      'yahoo.com!example.test!1796342400.xml.gz',
      gzipSync(xml),
      'application/gzip',
    );
    const message = userMessage(`<@${IDS.bot}>`, 'thread', true, [file]);
    const before = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', message);
    const answer = await discord.waitForCall(
      (c) =>
        discord.calls.indexOf(c) >= before &&
        c.method === 'POST' &&
        c.path === `/channels/${IDS.existingThread}/messages`,
    );
    expect(JSON.stringify(answer.body?.embeds)).toContain(
      'a DMARC aggregate report from Yahoo for example.test: 7 messages from 1 source, all passed DMARC.',
    );
  });

  it("downloads attachments only from Discord's file servers, and only up to the size limit", async () => {
    const elsewhere = { ...discord.hostFile('a.txt', 'x'), url: 'http://127.0.0.2:9/a.txt' };
    const huge = { ...discord.hostFile('big.txt', 'x'), size: 5 * 1024 * 1024 };
    for (const [attachment, problem] of [
      [elsewhere, /a\.txt is not on Discord's file servers/],
      [huge, /big\.txt is 5\.0 MiB, more than the 4\.0 MiB limit/],
    ] as const) {
      const { final } = await slashWithFile(attachment);
      expect(embedsOf(final)[0]?.title).toMatch(problem);
    }
    expect(sockets.targets.some((t) => t.startsWith('127.0.0.2'))).toBe(false);
  });

  it('sends a short answer when Discord refuses the full one (REST error)', async () => {
    discord.failNext('PATCH', /%40original$/, 400);
    const interaction = slashCommand('mailmedic', {});
    discord.dispatch('INTERACTION_CREATE', interaction);
    const short = await discord.waitForCall(
      (c) => forToken(interaction.token)(c) && c.method === 'PATCH' && c.status === 200,
    );
    expect(short.body?.content).toMatch(/Paste a bounce.*could not be posted/);
  });

  it('resumes after Discord asks it to reconnect (op 7), and still answers', async () => {
    const after = discord.received.length;
    discord.requestReconnect();
    await discord.waitForOp(6, after);
    expect(discord.resumes).toBeGreaterThanOrEqual(1);
    const { final } = await slash('mx', { domain: 'example.test' });
    expect(embedsOf(final)[0]?.title).toMatch(/example\.test/);
  });

  it('resumes after the connection drops, and still answers', async () => {
    const after = discord.received.length;
    discord.dropConnection(4000);
    await discord.waitForOp(6, after);
    const { final } = await slash('mailmedic', { topic: 'mx' });
    expect(embedsOf(final)[0]?.title).toMatch(/\/mx DOMAIN/);
  });

  it('identifies again when the session cannot be resumed (op 9), and still answers', async () => {
    const identified = discord.identifies;
    const after = discord.received.length;
    discord.expireSession();
    discord.dropConnection(4000);
    await discord.waitForOp(6, after);
    await discord.waitForOp(2, after);
    expect(discord.identifies).toBe(identified + 1);
    const { final } = await slash('mailmedic');
    expect(embedsOf(final)[0]?.title).toMatch(/Paste a bounce/);
  });

  it('does not answer a reply to its own answer that only pings it', async () => {
    const before = discord.calls.length;
    const ping = userMessage('thanks!', 'thread', true);
    discord.dispatch('MESSAGE_CREATE', ping);
    discord.dispatch('MESSAGE_CREATE', userMessage(`<@${IDS.bot}> help`, 'thread', true));
    await discord.waitForCall((c) => discord.calls.indexOf(c) >= before && c.method === 'POST');
    expect(discord.calls.slice(before).filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('logged the REST failures without interaction tokens', () => {
    expect(logs()).toContain('Discord refused the answer');
    expect(logs()).not.toMatch(/interaction-token-\d+/);
    expect(logs()).not.toContain(TOKEN);
  });

  it('kept every payload inside Discord limits and every connection on loopback', () => {
    expect(discord.rejected.map((c) => `${c.method} ${c.path}: ${c.problems.join('; ')}`)).toEqual([]);
    // Every message the bot wrote disabled pings: echoed text ("@everyone" in a bounce) notifies nobody.
    const writes = discord.calls.filter(
      (c) =>
        (c.method === 'POST' || c.method === 'PATCH') &&
        /\/messages|\/webhooks\//.test(c.path) &&
        !c.path.endsWith('/threads'),
    );
    expect(writes.length).toBeGreaterThan(20);
    for (const w of writes)
      expect(w.body?.allowed_mentions, `${w.method} ${w.path}`).toEqual({ parse: [], replied_user: false });
    expect(sockets.refused).toEqual([]);
    expect(sockets.targets.length).toBeGreaterThan(0);
  });
});
