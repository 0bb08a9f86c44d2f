/**
 * Before any e2e test: build the app and the bundled web server when they are missing or older
 * than the sources (the fixtures start out/node/web.mjs), so `npx playwright test <spec>` works
 * on its own as well as through `npm run test:e2e`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function globalSetup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const build = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'ensure-build.mjs'), '--quiet'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('The build failed; see the messages above.');
}
