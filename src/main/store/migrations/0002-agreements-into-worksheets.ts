import { isRecord } from './record';

/**
 * Schema 1 → 2. Why: agreements are worksheets like the other four, so version 2 keeps them in
 * `worksheets` (kind 'agreement') instead of a separate top-level `agreements` list.
 *
 * Pure: returns a new object and leaves its input untouched. A malformed version-1 file is
 * never "repaired" by guessing: the odd part is carried over so validation names it.
 */
export function agreementsIntoWorksheets(v1: Record<string, unknown>): Record<string, unknown> {
  const { agreements, worksheets, ...rest } = v1;
  const sheets = listOrNull(worksheets ?? []);
  const separate = listOrNull(agreements ?? []);
  if (sheets === null || separate === null) return { ...v1, schemaVersion: 2 };
  const folded = separate.map((agreement) =>
    isRecord(agreement) ? { ...agreement, kind: 'agreement' } : agreement,
  );
  return { ...rest, schemaVersion: 2, worksheets: [...sheets, ...folded] };
}

function listOrNull(value: unknown): readonly unknown[] | null {
  return Array.isArray(value) ? (value as readonly unknown[]) : null;
}
