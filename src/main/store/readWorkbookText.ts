import { CURRENT_SCHEMA_VERSION, workbook, type Workbook } from '../../shared/schema';
import type { Problem } from '../../shared/result';
import { validate } from '../../shared/validation';
import { migrateToCurrent } from './migrations';
import { isRecord } from './migrations/record';
import { jsonErrorPosition } from './jsonErrorPosition';

/**
 * What the text of a workbook file turned out to be. One reading path, shared by the store
 * (when it opens a file or a backup) and by `cli check`.
 * - `valid`: a workbook this build can use (`migrated` when it came from an older version;
 *   the file itself is not changed by reading);
 * - `unparseable`: not JSON at all (empty, truncated, damaged);
 * - `unknownVersion`: JSON without a usable `schemaVersion`;
 * - `invalid`: the right version (after migration) but fields are wrong; `problems` names them;
 * - `newer`: written by a newer app. `preview` is the workbook as far as this build can show it
 *   (null when it cannot, then `previewMessage` says why).
 */
export type WorkbookReading =
  | { kind: 'valid'; workbook: Workbook; fromVersion: number; migrated: boolean }
  | { kind: 'unparseable'; message: string }
  | { kind: 'unknownVersion'; message: string }
  | { kind: 'invalid'; fromVersion: number; message: string; problems: Problem[] }
  | {
      kind: 'newer';
      fromVersion: number;
      message: string;
      preview: Workbook | null;
      previewMessage: string;
    };

/**
 * Parse, migrate and validate the text of a workbook file. Pure: no I/O, never throws.
 * Every `message` is a sentence a coach can read.
 */
export function readWorkbookText(text: string): WorkbookReading {
  const parsed = parseJson(text);
  if (!parsed.ok) return { kind: 'unparseable', message: parsed.message };
  const migration = migrateToCurrent(parsed.value);
  switch (migration.kind) {
    case 'unknown':
      return { kind: 'unknownVersion', message: migration.message };
    case 'newer':
      return readNewer(parsed.value, migration.fromVersion);
    case 'current':
    case 'migrated': {
      const checked = validate(workbook, migration.data, 'The workbook file');
      if (!checked.ok) {
        return {
          kind: 'invalid',
          fromVersion: migration.fromVersion,
          message: checked.error.message,
          problems: checked.error.problems ?? [],
        };
      }
      return {
        kind: 'valid',
        workbook: checked.value,
        fromVersion: migration.fromVersion,
        migrated: migration.kind === 'migrated',
      };
    }
  }
}

function readNewer(data: unknown, fromVersion: number): WorkbookReading {
  const message =
    `This workbook was saved by a newer version of Coaching Workbook (file version ` +
    `${fromVersion}, this app reads up to ${CURRENT_SCHEMA_VERSION}). It is open read-only so ` +
    `nothing in it can be lost: update the app to make changes.`;
  // Show what we can: a newer file often only adds things, so try it as if it were current.
  const asCurrent = isRecord(data) ? { ...data, schemaVersion: CURRENT_SCHEMA_VERSION } : data;
  const checked = validate(workbook, asCurrent, 'The workbook file');
  if (checked.ok)
    return { kind: 'newer', fromVersion, message, preview: checked.value, previewMessage: '' };
  return {
    kind: 'newer',
    fromVersion,
    message,
    preview: null,
    previewMessage:
      'This version of the app cannot show this workbook: the newer version keeps it in a ' +
      'different shape. Please update Coaching Workbook to open it.',
  };
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse with messages a coach can act on instead of a parser's jargon. */
export function parseJson(text: string): Parsed {
  // Some editors (Windows Notepad) add a byte-order mark; it is not part of the data.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const position = jsonErrorPosition(body) ?? body.length;
    if (position >= body.trimEnd().length) {
      return {
        ok: false,
        message: 'The file ends too early (truncated?): it may have been cut off.',
      };
    }
    return {
      ok: false,
      message: `The file is not valid workbook data: something is wrong near ${lineAndColumn(body, position)}.`,
    };
  }
}

/** "line 3, column 14" for a character position, as a text editor would count. */
function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** A workbook as one JSON text: the file format before workbooks were folders (and backups of it). */
export function serializeWorkbook(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
