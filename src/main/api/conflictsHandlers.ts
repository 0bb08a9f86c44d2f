import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { kindSpec } from '../../shared/kinds';
import type { ConflictDetails } from '../../shared/contract';
import { sameRecord } from '../../shared/domain/mergeRecords';
import { fail, ok, type Result } from '../../shared/result';
import {
  agreementTemplate,
  client,
  exportRecord,
  isLockedAgreementRecord,
  practiceProfile,
  worksheet,
  type Workbook,
  type Worksheet,
} from '../../shared/schema';
import { validate } from '../../shared/validation';
import { writeTextAtomic } from '../store/atomicTextFile';
import { clientIdOfPart, partOfFileName, SET_ASIDE_FOLDER } from '../store/folderLayout';
import type { ApiDeps, HandlersOf } from './types';

/**
 * A conflict file as the store writes it (src/main/store/reconcilePart.ts): which file and which
 * record, the version that stayed in the workbook and the other one.
 */
const conflictFile = z.strictObject({
  part: z.string().max(300),
  record: z.string().max(300),
  kept: z.unknown(),
  other: z.unknown(),
});
type ConflictFile = z.infer<typeof conflictFile>;

/** Which record of the workbook a conflict is about. */
type Target =
  | { kind: 'practice' }
  | { kind: 'template' }
  | { kind: 'client'; id: string }
  | { kind: 'worksheet'; id: string; clientId: string | null }
  | { kind: 'export'; id: string };

function targetOf({ part, record }: ConflictFile): Target | null {
  const key = partOfFileName(part);
  if (key === null) return null;
  const clientId = clientIdOfPart(key);
  const owner = clientId === null ? key : 'client';
  if (record === 'practice' || record === 'template') {
    return owner === 'main' ? { kind: record } : null;
  }
  if (record === 'client') return clientId === null ? null : { kind: 'client', id: clientId };
  const [prefix, id, ...rest] = record.split(':');
  if (id === undefined || id === '' || rest.length > 0) return null;
  if (prefix === 'worksheet' && owner !== 'main') return { kind: 'worksheet', id, clientId };
  if (prefix === 'export' && owner !== 'coach') return { kind: 'export', id };
  return null;
}

/** The record a conflict is about as the workbook holds it now, or undefined when it is gone. */
function currentOf(book: Workbook, target: Target): unknown {
  switch (target.kind) {
    case 'practice':
      return book.practice;
    case 'template':
      return book.agreementTemplate;
    case 'client':
      return book.clients.find((c) => c.id === target.id);
    case 'worksheet':
      return book.worksheets.find((w) => w.id === target.id);
    case 'export':
      return book.exportHistory.find((e) => e.id === target.id);
  }
}

function clientName(book: Workbook, id: string | null): string | null {
  if (id === null) return null;
  return book.clients.find((c) => c.id === id)?.name ?? null;
}

function worksheetLabel(book: Workbook, sheet: Worksheet): string {
  const kind =
    sheet.kind === 'agreement'
      ? `${kindSpec('agreement').label}, version ${sheet.version}`
      : kindSpec(sheet.kind).label;
  const owner = clientName(book, sheet.clientId);
  if (sheet.clientId === null) return `Your own ${kind}`;
  return owner === null ? kind : `${kind} of ${owner}`;
}

/** What the conflict is about, in the coach's words. */
function labelOf(book: Workbook, target: Target, current: unknown): string {
  switch (target.kind) {
    case 'practice':
      return 'Practice profile';
    case 'template':
      return 'Agreement template';
    case 'client': {
      const name = clientName(book, target.id);
      return name === null ? 'A client record' : `Client record of ${name}`;
    }
    case 'worksheet': {
      const parsed = worksheet.safeParse(current);
      return parsed.success ? worksheetLabel(book, parsed.data) : 'A worksheet';
    }
    case 'export': {
      const parsed = exportRecord.safeParse(current);
      return parsed.success ? `Export history entry "${parsed.data.title}"` : 'An export entry';
    }
  }
}

function stampOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || !('updatedAt' in record)) return null;
  const stamp = record.updatedAt;
  return typeof stamp === 'string' && !Number.isNaN(Date.parse(stamp)) ? stamp : null;
}

/** `yearlyCheckInDate` → "Yearly check in date". */
function fieldWords(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The top-level fields in which two versions differ, leaving out when each was changed. */
function differencesOf(a: unknown, b: unknown): string[] {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return [];
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  keys.delete('updatedAt');
  return [...keys]
    .filter((key) => !sameRecord(left[key], right[key]))
    .map(fieldWords)
    .slice(0, 100);
}

/** A conflict file that was read, with the record it is about. */
interface Reading {
  path: string;
  file: ConflictFile;
  target: Target;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'no details';
}

const NOT_LISTED = 'That conflict is no longer in the set-aside folder.';

/** Read a conflict file the store listed (never a path the page made up). */
async function readConflict(deps: ApiDeps, name: string): Promise<Result<Reading>> {
  const { store } = deps;
  const listed = store
    .info()
    .setAside.some((file) => file.name === name && file.reason === 'conflict');
  if (!listed) return fail('notFound', NOT_LISTED);
  const path = join(store.filePath, SET_ASIDE_FOLDER, name);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    if (missing) return fail('notFound', NOT_LISTED);
    return fail('invalid', 'This conflict file can no longer be read, so it was left as it is.');
  }
  const parsed = conflictFile.safeParse(json);
  const target = parsed.success ? targetOf(parsed.data) : null;
  if (!parsed.success || target === null) {
    return fail(
      'invalid',
      'This file does not look like a conflict the app kept aside, so it was left as it is.',
    );
  }
  return ok({ path, file: parsed.data, target });
}

/**
 * The other version, checked with its record's schema and against the record it would replace.
 * Answers why it cannot be used, in the coach's words, when it cannot.
 */
function usable(target: Target, current: unknown, other: unknown): Result<unknown> {
  if (current === undefined) {
    return fail(
      'notFound',
      'This item is no longer in the workbook (it was deleted since), so there is nothing to replace.',
    );
  }
  if (isLockedAgreementRecord(current)) {
    return fail(
      'conflict',
      'A signed agreement is never replaced by another version: it stays as what was agreed. The other version is kept beside it in this file.',
    );
  }
  const schema = {
    practice: practiceProfile,
    template: agreementTemplate,
    client,
    worksheet,
    export: exportRecord,
  }[target.kind];
  const checked = validate(schema, other, 'The other version');
  if (!checked.ok) return checked;
  const next: unknown = checked.value;
  if (isLockedAgreementRecord(next)) {
    return fail(
      'conflict',
      'The other version is a signed agreement. It is kept beside, never put in place of a version still being prepared: make a new version instead.',
    );
  }
  if (target.kind !== 'practice' && target.kind !== 'template') {
    const ids = next as { id: string };
    const now = current as { id: string };
    if (ids.id !== now.id) return fail('invalid', 'The other version is of a different item.');
  }
  if (target.kind === 'worksheet') {
    const a = current as Worksheet;
    const b = next as Worksheet;
    const sameSeries =
      a.kind !== 'agreement' || (b.kind === 'agreement' && a.seriesId === b.seriesId);
    if (a.kind !== b.kind || a.clientId !== b.clientId || !sameSeries) {
      return fail('invalid', 'The other version is of a different kind of worksheet or client.');
    }
  }
  if (
    sameRecord(
      { ...(current as object), updatedAt: null },
      { ...(next as object), updatedAt: null },
    )
  ) {
    return fail('conflict', 'Your workbook already holds this version.');
  }
  return ok(next);
}

/** A time later than `now` and than `after`, so the version put in wins from now on. */
function laterStamp(now: Date, after: string | null): string {
  const floor = after === null ? Number.NEGATIVE_INFINITY : Date.parse(after) + 1;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

/** Put `record` in place of the target's record in the draft (replace, never mutate). */
function putInto(draft: Workbook, target: Target, record: unknown): void {
  switch (target.kind) {
    case 'practice':
      draft.practice = record as Workbook['practice'];
      return;
    case 'template':
      draft.agreementTemplate = record as Workbook['agreementTemplate'];
      return;
    case 'client':
      draft.clients = draft.clients.map((c) =>
        c.id === target.id ? (record as Workbook['clients'][number]) : c,
      );
      return;
    case 'worksheet':
      draft.worksheets = draft.worksheets.map((w) =>
        w.id === target.id ? (record as Worksheet) : w,
      );
      return;
    case 'export':
      draft.exportHistory = draft.exportHistory.map((e) =>
        e.id === target.id ? (record as Workbook['exportHistory'][number]) : e,
      );
      return;
  }
}

/**
 * Conflicts kept aside: what each is about, and putting the other version in the workbook
 * instead. Nothing set aside is deleted: the version replaced goes into the same file.
 */
export function conflictsHandlers(
  deps: ApiDeps,
): Pick<HandlersOf<'workbook'>, 'workbook:conflictDetails' | 'workbook:useOtherVersion'> {
  const { store } = deps;
  return {
    'workbook:conflictDetails': async ({ name }) => {
      const book = store.read();
      if (!book.ok) return book;
      const reading = await readConflict(deps, name);
      if (!reading.ok) {
        if (reading.error.code === 'notFound') return reading;
        const details: ConflictDetails = {
          label: 'An item that cannot be read',
          currentUpdatedAt: null,
          otherUpdatedAt: null,
          differences: [],
          canUse: false,
          why: reading.error.message,
        };
        return ok(details);
      }
      const { target, file } = reading.value;
      const current = currentOf(book.value, target);
      const use = usable(target, current, file.other);
      const details: ConflictDetails = {
        label: labelOf(book.value, target, current ?? file.kept),
        currentUpdatedAt: stampOf(current),
        otherUpdatedAt: stampOf(file.other),
        differences: current === undefined ? [] : differencesOf(current, file.other),
        canUse: use.ok && store.info().state === 'ok',
        why: use.ok ? null : use.error.message,
      };
      return ok(details);
    },
    'workbook:useOtherVersion': async ({ name }) => {
      const book = store.read();
      if (!book.ok) return book;
      const reading = await readConflict(deps, name);
      if (!reading.ok) return reading;
      const { target, file, path } = reading.value;
      const before = currentOf(book.value, target);
      const use = usable(target, before, file.other);
      if (!use.ok) return use;
      const next =
        stampOf(use.value) === null
          ? use.value
          : { ...(use.value as object), updatedAt: laterStamp(deps.now(), stampOf(before)) };
      // The version to be replaced goes into the file first, so the coach can switch back and
      // nothing is lost even if the change cannot be saved.
      const swapped = JSON.stringify({ ...file, kept: next, other: before });
      try {
        await writeTextAtomic(path, swapped);
      } catch (error) {
        return fail(
          'io',
          `The conflict file could not be written, so nothing was changed (${describe(error)}).`,
        );
      }
      const replaced = await store.update((draft) => {
        if (!sameRecord(currentOf(draft, target), before)) {
          return fail(
            'conflict',
            'This item changed meanwhile. Look at both versions again, then choose.',
          );
        }
        putInto(draft, target, next);
        return ok(null);
      });
      if (!replaced.ok) {
        // The workbook still holds the version it had: the file goes back to what it said.
        await writeTextAtomic(path, JSON.stringify(file)).catch(() => undefined);
        return replaced;
      }
      return ok(store.info());
    },
  };
}
