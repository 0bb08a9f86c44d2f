// `npm start`: the app. Builds if needed, then runs the desktop app with Electron when its
// program is installed. Where it could not be downloaded, the same app runs in the browser
// instead (out/node/web.mjs, as `npm run web` does), on the desktop app's usual workbook,
// rather than letting the electron package try (and hang) downloading it again.
// Usage: npm start [-- --no-open]   (other options go to the web server: see `npm run web`)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Electron executable, or null when it is not installed. Never triggers a download. */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return relative !== '' && existsSync(binary) ? binary : null;
}

const build = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const args = process.argv.slice(2);
const binary = electronBinary();
let child;
if (binary !== null) {
  // --no-open is about the browser; the desktop window has nothing to open.
  child = spawn(binary, ['.', ...args.filter((arg) => arg !== '--no-open')], {
    cwd: root,
    stdio: 'inherit',
  });
} else {
  console.error(
    'The desktop window needs Electron, whose program could not be downloaded on this machine,\n' +
      'so Coaching Workbook runs in your browser instead. The workbook stays on this computer.\n',
  );
  const web = join(root, 'out', 'node', 'web.mjs');
  child = spawn(process.execPath, ['--enable-source-maps', web, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
}

// The app decides how to stop and says how it went; this process waits and ends as it did.
child.on('error', (error) => {
  console.error(`Coaching Workbook could not start: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Ctrl+C in a terminal reaches the app as well (same process group; on Windows, same
    // console, where kill() would end it without letting it close the workbook): only a signal
    // sent to this process alone needs passing on, and the app stops once however often told.
    if (process.platform !== 'win32') child.kill(signal);
  });
}
