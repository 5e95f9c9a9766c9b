import type { Progress, ZoneResult } from '../../src/report/types.js';
import { clip, joinLines, LIMITS } from './discord-limits.js';
import { escapeMarkdown } from './escape-markdown.js';
import { COLOUR, type DiscordAnswer } from './render-embeds.js';

const STATE_MARK: Record<Progress['state'], string> = { running: '⏳', done: '✅', failed: '❌' };

/** What is known while checks run: each step's latest state and the blocklists that answered so far. */
export class ProgressView {
  private readonly steps = new Map<string, Progress>();
  private readonly zones: ZoneResult[] = [];

  constructor(private readonly label: string) {}

  step(progress: Progress): void {
    this.steps.set(progress.step, progress);
  }

  zone(result: ZoneResult): void {
    this.zones.push(result);
  }

  render(): DiscordAnswer {
    const lines = [...this.steps.values()].map(
      (p) =>
        `${STATE_MARK[p.state]} ${escapeMarkdown(p.step)}${p.detail ? ` — ${escapeMarkdown(p.detail)}` : ''}`,
    );
    if (this.zones.length > 0) {
      const listed = this.zones.filter((z) => z.listed === true);
      const names = [...new Set(listed.map((z) => z.list))].join(', ');
      lines.push(
        `📋 ${this.zones.length} blocklist answer${this.zones.length === 1 ? '' : 's'} so far` +
          (listed.length > 0 ? `; listed on ${escapeMarkdown(names)}` : '; no listing yet'),
      );
    }
    const description = joinLines(lines.length > 0 ? lines : ['⏳ working…'], LIMITS.description).text;
    return {
      content: '',
      embeds: [{ title: clip(`Checking ${this.label}…`, LIMITS.title), color: COLOUR.info, description }],
      files: [],
    };
  }
}
