import { describe, expect, it } from 'vitest';
import { asPlainPaste, withoutCopyMarks } from '../../../../src/bounce/extract/pasted-text.js';
import { readBounceRecords } from '../../../../src/diagnose/diagnose-bounce.js';

/** Round 29: what a copy adds to a pasted bounce, taken off before it is read (src/bounce/extract/pasted-text.ts). */
describe('withoutCopyMarks', () => {
  it('removes zero-width characters, the byte-order mark and soft hyphens', () => {
    expect(withoutCopyMarks('\ufeff550\u200b 5.1.1 <bob@\u200bexample.org>: User un\u00adknown')).toBe(
      '550 5.1.1 <bob@example.org>: User unknown',
    );
  });
  it('reads no-break spaces as spaces', () => {
    expect(withoutCopyMarks('550\u00a05.1.1\u202fUser unknown')).toBe('550 5.1.1 User unknown');
  });
  it("starts at the raw message under Gmail's 'Show original' summary", () => {
    const raw = 'From: a@example.com\nTo: b@example.org\nSubject: x\n\nbody';
    expect(
      withoutCopyMarks(`Original Message\nMessage ID\t<1@x>\nDownload Original\tCopy to clipboard\n${raw}`),
    ).toBe(raw);
  });
  it('keeps a summary whose rest is no email', () => {
    const text = 'Download Original\tCopy to clipboard\n550 5.1.1 User unknown';
    expect(withoutCopyMarks(text)).toBe(text);
  });
});

describe('asPlainPaste', () => {
  it('reads HTML source as text, a mailto link as Outlook writes it', () => {
    expect(asPlainPaste('<p><a href="mailto:bob@example.org">Bob</a><br>\nUser&nbsp;unknown&#39;s</p>')).toBe(
      "Bob<mailto:bob@example.org>\nUser unknown's\n",
    );
  });
  it("keeps a bounce's own angle brackets when HTML follows it (a returned message's HTML body)", () => {
    const text = [
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
      '<<< 550 5.1.1 <bob@example.org>... User unknown',
      '<html><body><p>Hi Bob,<br>see you <b>Monday</b></p></body></html>',
    ].join('\n');
    expect(asPlainPaste(text)).toBe(
      [
        '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
        '<<< 550 5.1.1 <bob@example.org>... User unknown',
        'Hi Bob,\nsee you Monday\n',
      ].join('\n'),
    );
  });
  it("leaves a bounce's own angle brackets alone when there is no HTML", () => {
    const text = '550 5.1.1 <bob@example.org>: User unknown';
    expect(asPlainPaste(text)).toBe(text);
  });
  it("takes off bullets and Discord's spoiler bars", () => {
    expect(asPlainPaste('• 550 5.1.1 <||bob@example.org||>\n  ◦ User unknown')).toBe(
      '550 5.1.1 <bob@example.org>\n  User unknown',
    );
  });
  it('decodes the entities of a text escaped without tags, numeric ones too', () => {
    expect(asPlainPaste('550&nbsp;5.1.1 &lt;bob@example.org&gt;: wasn&#8217;t &#x27;found&#x27;')).toBe(
      "550 5.1.1 <bob@example.org>: wasn\u2019t 'found'",
    );
  });
  it('leaves a lone || alone', () => {
    expect(asPlainPaste('exit 1 || true')).toBe('exit 1 || true');
  });
});

describe('adversarial pastes stay fast', () => {
  const MIB = 1 << 20;
  const fragments = [
    '<a href="mailto:',
    '<a href=mailto:a@b ',
    '<a href="mailto:a@b">',
    '<a@',
    '<mailto:a@b',
    '||a',
    '<br>\n',
    '</p>',
    '\u00a0\u200b',
    '• ',
    'Download Original\t',
  ];
  it.each(fragments)('%j repeated to 1 MiB', async (fragment) => {
    const text = `${fragment.repeat(Math.ceil(MIB / fragment.length)).slice(0, MIB)}!`;
    const started = performance.now();
    asPlainPaste(withoutCopyMarks(text));
    await readBounceRecords(`<p>${text}</p>`);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
