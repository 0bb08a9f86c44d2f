// Build what is missing or older than its sources, so `npm run cli`, `npm run web`, `npm start`
// and the e2e tests start fast when nothing changed:
//   app   main, preload and renderer into out/ (electron-vite)
//   node  the CLI and the web server into out/node (scripts/build-node.mjs)
// Usage: node scripts/ensure-build.mjs [--quiet] [app] [node]   (no target: both)
// Everything it prints goes to stderr, so a command's own output stays clean; with --quiet the
// tools only say something when it goes wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode, METAFILE, nodeOutputs } from './build-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const unknown = args.filter((arg) => !['--quiet', 'app', 'node'].includes(arg));
if (unknown.length > 0) {
  console.error(`ensure-build: unknown argument ${unknown.join(' ')}`);
  console.error('Usage: node scripts/ensure-build.mjs [--quiet] [app] [node]');
  process.exit(2);
}
const named = args.filter((arg) => arg !== '--quiet');
const wanted = named.length > 0 ? named : ['app', 'node'];

/** Newest modification time of a file or of any file under a folder. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Why it must be built: the first output missing, or null when all are there. */
function missingOutput(outputs) {
  const missing = outputs.find((file) => !existsSync(join(root, file)));
  return missing === undefined ? null : `${missing} is missing`;
}

/** Why it must be built again: inputs (files or folders) gone or newer than `built`, or null. */
function changedInputs(inputs, built) {
  const gone = inputs.find((path) => !existsSync(join(root, path)));
  if (gone) return `${gone} is gone`;
  const changed = inputs.filter((path) => newest(join(root, path)) > built);
  if (changed.length === 0) return null;
  const named = changed.slice(0, 3).join(', ');
  const more = changed.length > 3 ? ` and ${changed.length - 3} more` : '';
  return `${named}${more} changed since the last build`;
}

const SHARED_INPUTS = ['package.json', 'tsconfig.base.json'];

/** The desktop app and the page: any file under src may go into them. */
function appReason() {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  const inputs = ['src', 'electron.vite.config.ts', ...SHARED_INPUTS].filter((path) =>
    existsSync(join(root, path)),
  );
  const missing = missingOutput(outputs);
  if (missing !== null) return missing;
  const built = Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  return changedInputs(inputs, built);
}

/** The Node bundles: exactly the sources esbuild read last time (its metafile names them). */
function nodeReason() {
  const missing = missingOutput(nodeOutputs());
  if (missing !== null) return missing;
  let sources;
  try {
    sources = Object.keys(JSON.parse(readFileSync(join(root, METAFILE), 'utf8')).inputs);
  } catch {
    return `${METAFILE} is unreadable`;
  }
  // Dated when that build began (see build-node.mjs).
  const built = statSync(join(root, METAFILE)).mtimeMs;
  return changedInputs(['scripts/build-node.mjs', ...SHARED_INPUTS, ...sources], built);
}

function buildApp() {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const logLevel = quiet ? ['--logLevel', 'warn'] : [];
  // The tools' output goes to stderr too: stdout belongs to the command that runs after.
  const result = spawnSync(process.execPath, [cli, 'build', ...logLevel], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  return result.status === 0;
}

async function buildNodeBundles() {
  try {
    await buildNode();
    return true;
  } catch (error) {
    if (!Array.isArray(error?.errors)) console.error(error);
    return false;
  }
}

const TARGETS = {
  app: { what: 'the app', reason: appReason, build: buildApp },
  node: { what: 'the CLI and the web server', reason: nodeReason, build: buildNodeBundles },
};

for (const name of ['app', 'node'].filter((target) => wanted.includes(target))) {
  const target = TARGETS[name];
  const reason = target.reason();
  if (reason === null) continue;
  const started = performance.now();
  console.error(`Building ${target.what} (${reason})…`);
  if (!(await target.build())) {
    console.error(`The build of ${target.what} failed; see the messages above.`);
    process.exit(1);
  }
  console.error(`Built ${target.what} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
