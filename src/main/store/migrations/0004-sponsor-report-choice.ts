/**
 * Schema 3 → 4. Why: a client may now hold the choice of what goes in their sponsor report
 * (`sponsorReport`, absent until the coach makes one) and the export history may name a
 * sponsor report; an older app would take either for damage, so the new version number makes
 * it open such a file read-only instead. No record changes shape, in a whole workbook or in
 * one file of a workbook folder.
 *
 * Pure: returns a new object and leaves its input untouched.
 */
export function sponsorReportChoice(v3: Record<string, unknown>): Record<string, unknown> {
  return { ...v3, schemaVersion: 4 };
}
