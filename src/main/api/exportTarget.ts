import { access } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Result } from '../../shared/result';

/**
 * Where exported documents go: the one thing the export handlers cannot decide alone. The
 * desktop app asks with native dialogs (shell/exportDialogs.ts); web mode writes into the
 * folder given with --exports (web/exportTarget.ts). Paths stay in the main process.
 */
export interface ExportTarget {
  /** "Show in folder" can work (a desktop with a file manager), unlike in a browser. */
  readonly canShowInFolder: boolean;
  /** The folder every document goes to without asking (web mode), or null when the user is asked. */
  readonly fixedFolder: string | null;
  /** Why exporting cannot work here, or null when it can. */
  readonly unavailableReason: string | null;
  /**
   * Where to save one document, `suggestedName` offered as its name: a full path, or null
   * when the user cancelled.
   */
  chooseFile(suggestedName: string): Promise<Result<string | null>>;
  /** A folder for several documents, or null when the user cancelled. */
  chooseFolder(): Promise<Result<string | null>>;
  /** Open the system file manager with this file selected. */
  showInFolder(path: string): Promise<Result<void>>;
}

/** More copies of one name than anyone keeps; past it the folder is surely not what was meant. */
const MAX_COPIES = 999;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `name` in `folder`, or "name (2).docx", "name (3).docx"… when a file of that name is already
 * there, so that an export never replaces an earlier one. Null when every candidate is taken.
 */
export async function freePathIn(folder: string, name: string): Promise<string | null> {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let copy = 1; copy <= MAX_COPIES; copy++) {
    const candidate = join(folder, copy === 1 ? name : `${stem} (${copy})${extension}`);
    if (!(await exists(candidate))) return candidate;
  }
  return null;
}

/** Whether a file is still where the history says it was written. */
export function fileExists(path: string): Promise<boolean> {
  return exists(path);
}
