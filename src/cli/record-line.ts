import type { BounceRecord } from '../report/types.js';

/**
 * One JSON Lines record, `file` first. Records from the reader carry no `file`, so the field is put in
 * front of the serialised record: the same text as withFile, without copying a 27-field object twice.
 */
export function recordLine(record: BounceRecord, file: string): string {
  if (record.file !== undefined) return JSON.stringify(withFile(record, file));
  const json = JSON.stringify(record);
  return json === '{}'
    ? `{"file":${JSON.stringify(file)}}`
    : `{"file":${JSON.stringify(file)},${json.slice(1)}`;
}

/** `file` first, as DESIGN.md lists it. */
export function withFile(record: BounceRecord, file: string): BounceRecord {
  const { file: _ignored, ...rest } = record;
  return { file, ...rest };
}
