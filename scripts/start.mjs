// `npm start`: the desktop app. Builds if needed, then runs Electron — when its binary is
// installed. Where it could not be downloaded, say so and point at the browser version instead
// of letting the electron package try (and hang) downloading it again.
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

const binary = electronBinary();
if (binary === null) {
  console.error(
    [
      '',
      'The desktop window needs Electron, and its program could not be downloaded on this machine.',
      'You can use the same app in your browser instead:',
      '',
      '    npm run web -- --workbook <file.json>',
      '',
      'It prints an address to open; the workbook stays on this computer.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
