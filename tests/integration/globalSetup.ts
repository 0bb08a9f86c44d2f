/**
 * Before the integration tests: build the bundled CLI and web server when they are missing or
 * older than the sources. Tests that run them as a person would start `out/node/*.mjs` with
 * node, as `npm run cli` and `npm run web` do (tsx would add about a second per process).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function globalSetup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const build = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'ensure-build.mjs'), '--quiet', 'node'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('The build failed; see the messages above.');
}
