import { readFileSync } from 'node:fs';
import { App } from '@slack/bolt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import {
  BOT_EVENTS,
  BOT_SCOPES,
  EVENT_SCOPES,
  MESSAGE_SHORTCUTS,
  SLASH_COMMANDS,
} from '../../../../adapters/slack/app-features.js';
import { createSlackBot } from '../../../../adapters/slack/slack-app.js';
import { COMMAND_USAGE } from '../../../../src/commands/usage.js';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/logger.js';

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: {
      command: string;
      description: string;
      usage_hint: string;
      should_escape: boolean;
      url?: string;
    }[];
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    socket_mode_enabled: boolean;
    interactivity: { is_enabled: boolean };
  };
}

const manifest = parse(
  readFileSync(new URL('../../../../manifest.yml', import.meta.url), 'utf8'),
) as Manifest;

/** What createSlackBot registers on a real Bolt App: slash commands and event types. */
function registered(): { commands: string[]; events: string[]; shortcuts: unknown[] } {
  const commands: string[] = [];
  const events: string[] = [];
  const shortcuts: unknown[] = [];
  vi.spyOn(App.prototype, 'shortcut').mockImplementation(function (this: App, constraints: unknown) {
    shortcuts.push(constraints);
    return this;
  } as App['shortcut']);
  vi.spyOn(App.prototype, 'command').mockImplementation(function (this: App, name: unknown) {
    commands.push(String(name));
    return this;
  } as App['command']);
  vi.spyOn(App.prototype, 'event').mockImplementation(function (this: App, name: unknown) {
    events.push(String(name));
    return this;
  } as App['event']);
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-1-manifest-test',
    SLACK_SIGNING_SECRET: 'manifest-test',
    SLACK_API_URL: 'http://127.0.0.1:9/api/',
  });
  createSlackBot({
    slack: config.slack,
    adapters: config.adapters,
    logger: createLogger({ level: 'silent', pretty: false }),
    context: {},
  });
  return { commands, events, shortcuts };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('manifest.yml', () => {
  it('lists exactly the slash commands the code registers, with their descriptions and usage hints', () => {
    const { commands } = registered();
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...commands].sort());
    for (const spec of SLASH_COMMANDS) {
      const entry = manifest.features.slash_commands.find((c) => c.command === spec.command);
      expect(entry).toEqual({
        command: spec.command,
        description: spec.description,
        usage_hint: spec.usageHint,
        should_escape: false,
      });
      expect(spec.command.length).toBeLessThanOrEqual(32);
    }
  });

  it("lists exactly the message shortcuts the code registers, within Slack's limits", () => {
    const { shortcuts } = registered();
    expect(shortcuts).toEqual(
      MESSAGE_SHORTCUTS.map((s) => ({ type: 'message_action', callback_id: s.callbackId })),
    );
    expect(manifest.features.shortcuts).toEqual(
      MESSAGE_SHORTCUTS.map((s) => ({
        name: s.name,
        type: 'message',
        callback_id: s.callbackId,
        description: s.description,
      })),
    );
    for (const s of MESSAGE_SHORTCUTS) expect(s.description.length).toBeLessThanOrEqual(150);
  });

  it('has a slash command for every command of the core, whose usage hint matches the core syntax', () => {
    for (const name of ['bounce', 'mx', 'probe', 'blacklist', 'auth'] as const) {
      const spec = SLASH_COMMANDS.find((c) => c.runs === name);
      expect(spec?.command).toBe(`/${name}`);
      if (name !== 'bounce') expect(COMMAND_USAGE[name].syntax).toBe(`/${name} ${spec?.usageHint}`);
    }
  });

  it('subscribes to the events the code listens to', () => {
    const { events } = registered();
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(BOT_EVENTS);
    // message.channels, message.groups and message.im all arrive as Bolt's "message" event.
    const types = new Set(manifest.settings.event_subscriptions.bot_events.map((e) => e.split('.')[0]));
    expect([...types].sort()).toEqual([...new Set(events)].sort());
  });

  it('asks for the scopes those events and calls need, and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(BOT_SCOPES);
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      expect(manifest.oauth_config.scopes.bot).toContain(EVENT_SCOPES[event as keyof typeof EVENT_SCOPES]);
    }
    expect(BOT_SCOPES).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'im:history',
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('runs in Socket Mode with a bot user and a DM tab users can write in', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.request_url).toBeUndefined();
    expect(manifest.features.slash_commands.every((c) => c.url === undefined)).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('mailmedic');
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    // The message shortcut needs interactivity; in Socket Mode it needs no request URL.
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
  });
});
