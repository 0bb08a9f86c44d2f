import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** `/data/workbook.json` → `workbook`. */
export function stemOf(filePath: string): string {
  const name = basename(filePath);
  const ext = extname(name);
  return ext === '' ? name : name.slice(0, -ext.length);
}

/** Backups live next to the workbook: `/data/workbook.json` → `/data/workbook.backups/`. */
export function backupsFolderOf(filePath: string): string {
  return join(dirname(filePath), `${stemOf(filePath)}.backups`);
}

/** A moment as a file-name-safe UTC stamp: `2025-03-04T09-05-01-123Z` (sorts by time). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

/** The moment a fileStamp stands for, or null if `stamp` is not one. */
export function parseFileStamp(stamp: string): Date | null {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) return null;
  const [, day, h, m, s, ms] = match;
  const date = new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Why a file was moved aside: it could not be read, or a restored backup replaced it. */
export type AsideReason = 'unreadable' | 'replaced';

/**
 * A free path next to the workbook for keeping a file aside, e.g.
 * `workbook.unreadable-2025-03-04T09-05-01-123Z.json` (a counter is added if taken).
 */
export async function freeAsidePath(
  filePath: string,
  reason: AsideReason,
  at: Date,
): Promise<string> {
  const base = join(dirname(filePath), `${stemOf(filePath)}.${reason}-${fileStamp(at)}`);
  for (let n = 0; ; n += 1) {
    const candidate = n === 0 ? `${base}.json` : `${base}-${n}.json`;
    if (!(await exists(candidate))) return candidate;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
