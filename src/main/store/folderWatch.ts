import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CLIENTS_FOLDER } from './folderLayout';

/** How often every file is checked even when the folders look unchanged. */
const FULL_SCAN_MS = 30_000;

/**
 * Tells cheaply whether any file of a workbook folder may have changed: a file renamed into
 * place (as sync clients and this app do) moves its folder's modification time, so two stats
 * answer "no" almost always; every 30 s the answer is "look" anyway, for writers that edit in
 * place.
 */
export class FolderWatch {
  private times = '';
  private lastFullScan = 0;

  constructor(private readonly folder: string) {}

  async mayHaveChanged(): Promise<boolean> {
    const due = Date.now() - this.lastFullScan > FULL_SCAN_MS;
    if (!due && (await this.timesNow()) === this.times) return false;
    this.lastFullScan = Date.now();
    return true;
  }

  /** Everything up to now has been seen (after a scan, or after this app's own writes). */
  async settle(): Promise<void> {
    this.times = await this.timesNow();
  }

  private async timesNow(): Promise<string> {
    const times = await Promise.all(
      [this.folder, join(this.folder, CLIENTS_FOLDER)].map((path) =>
        stat(path).then(
          (s) => s.mtimeMs,
          () => 0,
        ),
      ),
    );
    return times.join('/');
  }
}
