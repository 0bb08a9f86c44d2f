import { CURRENT_SCHEMA_VERSION } from '../../../shared/schema';
import { agreementsIntoWorksheets } from './0002-agreements-into-worksheets';
import { workbookBecomesAFolder } from './0003-workbook-becomes-a-folder';
import { sponsorReportChoice } from './0004-sponsor-report-choice';
import { richTextClauses } from './0005-rich-text-clauses';
import { isRecord } from './record';

/** One step: turns a file of version `to - 1` into version `to`. Pure, no I/O. */
interface MigrationStep {
  to: number;
  migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** Every step, oldest first. Add one file per new schema version and list it here. */
export const MIGRATIONS: readonly MigrationStep[] = [
  { to: 2, migrate: agreementsIntoWorksheets },
  { to: 3, migrate: workbookBecomesAFolder },
  { to: 4, migrate: sponsorReportChoice },
  { to: 5, migrate: richTextClauses },
];

/**
 * The steps for one file of a workbook folder (workbook.json, coach.json, a client's file),
 * oldest first: folders began at version 3. A step here takes one part's data, not a whole
 * workbook; list every step after 3 in both lists.
 */
export const PART_MIGRATIONS: readonly MigrationStep[] = [
  { to: 4, migrate: sponsorReportChoice },
  { to: 5, migrate: richTextClauses },
];

/** The first version written as a folder of files. */
export const OLDEST_PART_VERSION = 3;

/** The oldest schema version we can still read: version 1 was the first file format. */
export const OLDEST_SCHEMA_VERSION = 1;

/**
 * How a file's data relates to this build:
 * - `current`: already the current version; `data` is the input, unchanged;
 * - `migrated`: older; `data` is a new object upgraded step by step (not yet validated);
 * - `newer`: made by a newer version of the app, which this build cannot change;
 * - `unknown`: no usable `schemaVersion` (not a workbook, hand-edited, or too old).
 */
export type MigrationOutcome =
  | { kind: 'current' | 'migrated'; data: unknown; fromVersion: number }
  | { kind: 'newer'; fromVersion: number }
  | { kind: 'unknown'; message: string };

/**
 * Bring parsed file data up to CURRENT_SCHEMA_VERSION. Pure: no I/O and the input is never
 * modified. The result still has to be validated with the `workbook` schema.
 */
export function migrateToCurrent(data: unknown): MigrationOutcome {
  return migrateWith(data, MIGRATIONS, OLDEST_SCHEMA_VERSION);
}

/**
 * The same for the data of one file of a workbook folder; the result still has to be validated
 * with the schema of that part.
 */
export function migratePartToCurrent(data: unknown): MigrationOutcome {
  return migrateWith(data, PART_MIGRATIONS, OLDEST_PART_VERSION);
}

function migrateWith(
  data: unknown,
  steps: readonly MigrationStep[],
  oldest: number,
): MigrationOutcome {
  if (!isRecord(data)) {
    return { kind: 'unknown', message: 'The file does not contain a workbook.' };
  }
  const version = data.schemaVersion;
  if (version === undefined) {
    return {
      kind: 'unknown',
      message: 'The file does not say which version of the workbook it is.',
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      kind: 'unknown',
      message: `The file's version (${JSON.stringify(version)}) is not a whole number.`,
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', fromVersion: version };
  if (version === CURRENT_SCHEMA_VERSION) return { kind: 'current', data, fromVersion: version };
  if (version < oldest) {
    return { kind: 'unknown', message: `The file's version (${version}) is not one we know.` };
  }
  let upgraded = data;
  for (const step of steps) {
    if (step.to > version) upgraded = step.migrate(upgraded);
  }
  return { kind: 'migrated', data: upgraded, fromVersion: version };
}
