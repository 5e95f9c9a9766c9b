// Types for bench/score-lib.mjs, so the TypeScript tests can import it under strict mode.

export interface LabelRow {
  file: string;
  index?: number;
  reason: string;
  status?: string | null;
  replycode?: string | null;
  recipient?: string | null;
}

export interface PredictionRow {
  file: string;
  recipient?: string | null;
  reason: string;
  status?: string | null;
  replyCode?: number | null;
}

export interface ReasonRow {
  reason: string;
  count: number;
  correct: number;
  accuracy: number;
  mistakenFor: string;
}

export interface ScoreResult {
  labels: number;
  predictions: number;
  correct: number;
  accuracy: number;
  reasons: ReasonRow[];
  status: { agree: number; total: number };
  replyCode: { agree: number; total: number };
  extra: number;
  wrong: { file: string; expected: string; got: string }[];
}

export const V56_MERGES: Record<string, string>;
export function readJsonl(path: string): unknown[];
export function pairFile(
  labels: LabelRow[],
  predictions: PredictionRow[],
): { pairs: [LabelRow, PredictionRow | undefined][]; extra: number };
export function score(
  predictions: PredictionRow[],
  labels: LabelRow[],
  options?: { v56?: boolean },
): ScoreResult;
export function formatReport(result: ScoreResult, options?: { all?: boolean; limit?: number }): string;
