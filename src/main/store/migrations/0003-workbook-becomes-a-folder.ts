/**
 * Schema 2 → 3. Why: from version 3 a workbook is a folder of files (one per client) instead of
 * one file, so that a save writes only what changed. The records keep their shape; the new
 * version number makes an older app, which only knows the single file, open a version-3
 * `workbook.json` read-only instead of taking it for an empty workbook and writing over it.
 *
 * Pure: returns a new object and leaves its input untouched.
 */
export function workbookBecomesAFolder(v2: Record<string, unknown>): Record<string, unknown> {
  return { ...v2, schemaVersion: 3 };
}
