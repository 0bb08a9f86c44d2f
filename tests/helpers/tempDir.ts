import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty folder under the system temp folder, e.g. `/tmp/cw-store-AbC123`. */
export async function makeTempDir(label = 'test'): Promise<string> {
  return mkdtemp(join(tmpdir(), `cw-${label}-`));
}

/** Delete a folder made by makeTempDir, with everything in it. */
export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * For a test file: `const dirs = tempDirs(); afterEach(dirs.cleanup);` then
 * `const dir = await dirs.make('store');` gives a folder that is removed after each test.
 */
export function tempDirs(): {
  make: (label?: string) => Promise<string>;
  cleanup: () => Promise<void>;
} {
  const made: string[] = [];
  return {
    async make(label) {
      const dir = await makeTempDir(label);
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map(removeTempDir));
    },
  };
}
