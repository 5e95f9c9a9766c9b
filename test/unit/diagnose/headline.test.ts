import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';
import { AUTO_REPLY, COMPLAINT, DELIVERED_DSN, READ_RECEIPT } from './not-failure-samples.js';

describe('the headline of an outcome that is not a failure', () => {
  it.each([
    ['a delivery report', DELIVERED_DSN, 'delivered'],
    ['a read receipt', READ_RECEIPT, 'read-receipt'],
    ['an out-of-office reply', AUTO_REPLY, 'auto-reply'],
  ])('%s says it was delivered and nothing needs fixing', async (_name, input, cause) => {
    const report = await diagnoseBounce(input);
    expect(report.records[0]?.cause).toBe(cause);
    expect(report.headline).toMatch(/ · delivered · nothing needs fixing$/);
    expect(report.headline).not.toMatch(/temporary|permanent|may need to act/);
  });

  it('a complaint report says it was delivered, and keeps that the sender must act', async () => {
    const report = await diagnoseBounce(COMPLAINT);
    expect(report.records[0]?.cause).toBe('feedback-report');
    expect(report.headline).toMatch(/ · delivered · your side must act$/);
    expect(report.headline).not.toMatch(/temporary|nothing needs fixing/);
  });

  it('a failure keeps its permanence and side', async () => {
    const report = await diagnoseBounce(
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    );
    expect(report.headline).toMatch(/ · permanent · /);
    expect(report.headline).not.toMatch(/delivered/);
  });
});
