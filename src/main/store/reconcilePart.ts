import { basename } from 'node:path';
import { mergeRecords } from '../../shared/domain/mergeRecords';
import type { PartKey } from './folderLayout';
import { asideNameOf, partFileName } from './folderLayout';
import { serializePart, type PartData } from './partFiles';
import type { PartDisk } from './partDisk';
import { partOfRecords, recordsOf, RECORD_MERGE_RULES } from './partRecords';
import { keepAside } from './setAside';

export interface ReconcileContext {
  folder: string;
  disk: PartDisk;
  /** Each part as this process and the disk last shared it. */
  base: ReadonlyMap<PartKey, PartData | null>;
}

export type Reconciled =
  | { kind: 'merged'; data: PartData | null; tookTheirs: boolean }
  | { kind: 'blocked'; message: string };

/**
 * A part's file changed on disk since this process last saw it. Valid and of this version: our
 * version (`ours`, what memory holds now) and theirs are merged record by record against the
 * last version both shared; a record changed on both sides keeps one version and the other is
 * kept aside as a conflict for the coach to pick. Newer, unreadable or invalid: the file is
 * never written over; our version is kept aside and the answer is `blocked`.
 */
export async function reconcilePart(
  context: ReconcileContext,
  key: PartKey,
  ours: PartData | null,
  at: Date,
): Promise<Reconciled> {
  const found = await context.disk.read(key);
  let theirs: PartData | null = null;
  if (found.kind === 'read') {
    const { reading } = found;
    if (reading.kind !== 'valid') {
      const name = partFileName(key);
      let kept = '';
      if (ours !== null) {
        const path = await keepAside(
          context.folder,
          asideNameOf(key),
          'unsaved',
          at,
          serializePart(ours),
        );
        kept = ` The latest version from this window was kept as "${basename(path)}" in the set-aside folder.`;
      }
      const why =
        reading.kind === 'newer'
          ? `${name} was saved by a newer version of Coaching Workbook on another computer.`
          : `${name} was changed by another program and can no longer be read (${reading.message}). It was left exactly as it is.`;
      return {
        kind: 'blocked',
        message: `${why}${kept} The workbook is now read-only here so that nothing is written over.`,
      };
    }
    theirs = reading.data;
  }
  const base = context.base.get(key) ?? null;
  const outcome = mergeRecords(
    recordsOf(base),
    recordsOf(ours),
    recordsOf(theirs),
    RECORD_MERGE_RULES,
  );
  for (const conflict of outcome.conflicts) {
    const text = JSON.stringify({
      part: partFileName(key),
      record: conflict.key,
      kept: conflict.kept,
      other: conflict.other,
    });
    await keepAside(context.folder, asideNameOf(key), 'conflict', at, text);
  }
  const fallback = ours ?? theirs ?? base;
  const data =
    outcome.merged.size === 0 || fallback === null
      ? null
      : partOfRecords(key, outcome.merged, fallback);
  return {
    kind: 'merged',
    data,
    tookTheirs: outcome.takenFromTheirs.length > 0 || outcome.conflicts.length > 0,
  };
}
