import { stat } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';

/** A file's permission bits, e.g. 0o600. */
export async function modeOf(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

/**
 * For a describe block: run each test under a permissive umask (022, as most desktops have),
 * so that a file the app makes private is private because the app says so, not by chance.
 */
export function underPermissiveUmask(): void {
  let before = 0;
  beforeEach(() => {
    before = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(before);
  });
}
