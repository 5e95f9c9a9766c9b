import { describe, expect, it } from 'vitest';
import { renderText } from '../../../../adapters/console/render-text.js';
import { diagnoseBounce } from '../../../../src/diagnose/diagnose-bounce.js';
import type { Report } from '../../../../src/report/types.js';
import { AUTO_REPLY, COMPLAINT } from '../../diagnose/not-failure-samples.js';
import { fakeRecord } from '../../helpers/fake-diagnoser.js';

function bounce(records = [fakeRecord()], headline = ''): Report {
  return { kind: 'bounce', headline, records, findings: [], notes: [], attachments: [] };
}

describe('renderText', () => {
  it('puts the verdict first, then side, permanence, confidence, steps, evidence', () => {
    const record = fakeRecord({
      suggestion: 'bob@gmail.com',
      provider: 'Gmail',
      remoteHost: 'mx.example.org',
    });
    const lines = renderText(bounce([record], 'Rejected: no such mailbox bob@example.com'))
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('Rejected: no such mailbox bob@example.com');
    expect(lines[1]).toBe('your side (the sender) must act · permanent · confidence high');
    expect(lines).toContain('Did you mean bob@gmail.com?');
    expect(lines).toContain('1. Check the address for typos.');
    expect(lines).toContain('2. Remove it from your lists.');
    const evidence = lines[lines.length - 1] as string;
    expect(evidence).toMatch(
      /^Evidence: reply 550, status 5\.1\.1, provider Gmail, receiver mx\.example\.org, "User unknown"$/,
    );
  });

  it('derives a verdict line when the headline is empty', () => {
    expect(renderText(bounce()).split('\n')[0]).toBe('No such mailbox: bob@example.com');
    expect(renderText(bounce([])).split('\n')[0]).toBe('No failed recipient found in this text.');
  });

  it('lists several records', () => {
    const text = renderText(
      bounce([
        fakeRecord(),
        fakeRecord({
          recipient: 'eve@example.net',
          permanent: false,
          side: 'recipient',
          title: 'Mailbox full',
        }),
      ]),
    );
    expect(text.split('\n')[0]).toBe('2 recipients bounced:');
    expect(text).toContain('1/2. No such mailbox: bob@example.com');
    expect(text).toContain(
      "2/2. Mailbox full: eve@example.net\n   the recipient's side must act · temporary (will retry)",
    );
  });

  it('shows findings, notes and attachments', () => {
    const text = renderText({
      kind: 'check',
      headline: 'later',
      records: [],
      findings: [
        { code: 'mx-ok', severity: 'ok', message: 'MX found' },
        { code: 'x', severity: 'fail', message: 'bad' },
      ],
      notes: ['note 1'],
      attachments: [{ name: 'transcript.txt', content: 'EHLO x\n' }],
    });
    expect(text).toBe('later\n\nok   MX found\nFAIL bad\n\nnote 1\n\n--- transcript.txt ---\nEHLO x\n');
  });

  it('uses colours only when asked', () => {
    expect(renderText(bounce())).not.toContain('\u001b[');
    expect(renderText(bounce(), { color: true })).toContain('\u001b[1m');
  });

  it('maxChars: whole records until the text is that long, the rest counted, the closing parts kept', () => {
    const records = Array.from({ length: 100 }, (_, i) => fakeRecord({ recipient: `u${i}@example.com` }));
    const report: Report = {
      ...bounce(records),
      findings: [{ code: 'x', severity: 'warn', message: 'bad' }],
    };
    const full = renderText(report);
    expect(renderText(report, { maxChars: full.length })).toBe(full);
    const cut = renderText({ ...report, notes: ['note 1'] }, { maxChars: 2000 });
    const shown = cut.match(/^\d+\/100\. /gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(100);
    // The last record shown is whole: its evidence line ends it.
    expect(cut).toContain(`${shown}/100. No such mailbox: u${shown - 1}@example.com`);
    expect(cut).toContain(
      `\n   Evidence: reply 550, status 5.1.1, "User unknown"\n\n… and ${100 - shown} more recipients, left out`,
    );
    expect(cut.endsWith('\n\nwarn bad\n\nnote 1\n')).toBe(true);
    expect(cut.length).toBeLessThan(2000 + 600);
  });

  it('stepsOnce: a record with the same explanation and steps as an earlier one points at it', () => {
    const other = { explanation: 'The mailbox is full.', steps: ['Wait.', 'Tell them.'] };
    const records = [
      fakeRecord({ recipient: 'a@example.com' }),
      fakeRecord({ recipient: 'b@example.com', ...other }),
      fakeRecord({
        recipient: 'c@example.com',
        steps: ['Check the address for typos.', 'Remove it from your lists.'],
      }),
      fakeRecord({ recipient: 'd@example.com', steps: ['Check d@example.com for typos.'] }),
      fakeRecord({ recipient: 'e@example.com', ...other }),
    ];
    const text = renderText(bounce(records), { stepsOnce: true });
    const blocks = text.split('\n\n');
    expect(blocks[3]).toContain('   What happened and what to do: as for 1/5 above.\n   Evidence:');
    expect(blocks[3]).not.toContain('1. Check');
    expect(blocks[4]).toContain('   1. Check d@example.com for typos.');
    expect(blocks[5]).toContain('as for 2/5 above.');
    expect(text.match(/The mailbox is full\./g)).toHaveLength(1);
    // Without the option every record carries its steps, as the CLI prints them.
    expect(renderText(bounce(records))).not.toContain('as for');
  });
});

describe('renderText: outcomes that are not failures', () => {
  it('says delivered and nothing to fix, not temporary or either side', async () => {
    const text = renderText(await diagnoseBounce(AUTO_REPLY));
    const [headline, facts] = text.split('\n');
    expect(headline).toMatch(/^Not a bounce: an automatic reply .* · delivered · nothing needs fixing$/);
    expect(facts).toMatch(/^delivered · nothing needs fixing · confidence \w+$/);
    expect(text).not.toMatch(/temporary|may need to act/);
  });

  it('keeps the sender to act on a complaint report', async () => {
    const text = renderText(await diagnoseBounce(COMPLAINT));
    expect(text.split('\n')[1]).toMatch(/^delivered · your side \(the sender\) must act · confidence \w+$/);
  });

  it("shows a DNS record's or server's control characters as '?', never raw to the terminal", () => {
    const report: Report = {
      kind: 'check',
      headline: 'DMARC of example.org',
      records: [],
      findings: [
        {
          code: 'dmarc-invalid',
          severity: 'warn',
          message: 'The record: "v=DMARC1;\x1b]0;owned\x07 p=none\x1bc"',
        },
      ],
      notes: ['note \u009b31m'],
      attachments: [{ name: 'transcript.txt', content: 'S: 220 hi\x1b[2J\x00' }],
    };
    const text = renderText(report, { color: true });
    expect(text).toContain('The record: "v=DMARC1; p=none?c"');
    expect(text).toContain('note ?31m');
    expect(text).toContain('S: 220 hi?');
    // Only our own colour codes remain: ESC [ digits m.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(text.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
