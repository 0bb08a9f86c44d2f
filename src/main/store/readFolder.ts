import type { Problem } from '../../shared/result';
import type { Workbook } from '../../shared/schema';
import type { PartKey } from './folderLayout';
import { assembleWorkbook, type PartData } from './partFiles';
import type { PartDisk } from './partDisk';

/** A workbook folder as found on disk, part by part. */
export interface FolderReading {
  /** The main file is missing: no workbook here (yet). */
  missingMain: boolean;
  /** Every part that read as valid. */
  parts: Map<PartKey, PartData>;
  /** Parts that could not be used, with why. */
  unreadable: { key: PartKey; message: string; problems: Problem[] }[];
  /** The first part written by a newer version of the app, if any. */
  newer: { key: PartKey; fromVersion: number; message: string } | null;
  /** The workbook from the valid parts; null without a valid main file. */
  workbook: Workbook | null;
}

/**
 * Read every part of a folder (files are independent: one bad client file spoils no other), or
 * only the parts `wanted` keeps (the workbook then holds just those clients).
 */
export async function readWorkbookFolder(
  disk: PartDisk,
  wanted: (key: PartKey) => boolean = () => true,
): Promise<FolderReading> {
  const keys = (await disk.listParts()).filter(wanted);
  const reading: FolderReading = {
    missingMain: false,
    parts: new Map(),
    unreadable: [],
    newer: null,
    workbook: null,
  };
  // One after another: PartDisk reads synchronously, so running several at once gains nothing.
  for (const key of keys) {
    const found = await disk.read(key);
    if (found.kind === 'missing') {
      if (key === 'main') reading.missingMain = true;
      continue;
    }
    const { reading: part } = found;
    if (part.kind === 'valid') reading.parts.set(key, part.data);
    else if (part.kind === 'newer') reading.newer ??= { key, ...part };
    else reading.unreadable.push({ key, message: part.message, problems: part.problems ?? [] });
  }
  reading.workbook = assembleWorkbook(reading.parts);
  return reading;
}
