// Build main, preload and renderer into out/ only when they are missing or older than the
// sources, so `npm run web` and the e2e tests start fast when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const inputs = ['src', 'electron.vite.config.ts', 'package.json', 'tsconfig.base.json'];

/** Newest modification time of a file or of any file under a folder. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function buildReason() {
  const missing = outputs.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  const changed = inputs.filter(
    (path) => existsSync(join(root, path)) && newest(join(root, path)) > built,
  );
  return changed.length > 0 ? `${changed.join(', ')} changed since the last build` : null;
}

const reason = buildReason();
if (reason !== null) {
  console.log(`Building the app (${reason})…`);
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
