// Bundle the Node programs (the CLI, the web server) into out/node, one ES module each, so they
// start with plain `node` instead of transpiling TypeScript on every run (tsx). Dependencies stay
// in node_modules (`packages: 'external'`). Run directly, or through scripts/ensure-build.mjs,
// which calls this only when a bundle is missing or older than its sources.
import { existsSync, mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const OUT_DIR = 'out/node';
/** esbuild's record of what went into the bundles: ensure-build compares their times. */
export const METAFILE = `${OUT_DIR}/meta.json`;

/** Every bundle: its entry in src, and its name in out/node (`<out>.mjs`). Add new ones here. */
const ENTRIES = [
  { in: 'src/main/cli/index.ts', out: 'cli' },
  { in: 'src/main/web/cli.ts', out: 'web' },
  { in: 'src/main/export/worker/exportWorker.ts', out: 'exportWorker', optional: true },
];

/** The entries to build: optional ones only once their source exists. */
export function nodeEntries() {
  return ENTRIES.filter((entry) => !entry.optional || existsSync(join(root, entry.in))).map(
    (entry) => ({ in: entry.in, out: entry.out }),
  );
}

/** The files the build writes (paths relative to the project folder), metafile included. */
export function nodeOutputs() {
  return [...nodeEntries().map((entry) => `${OUT_DIR}/${entry.out}.mjs`), METAFILE];
}

/** Build every bundle into out/node. Throws (after esbuild has printed why) when it fails. */
export async function buildNode() {
  // Loaded here, not at the top: ensure-build imports this file on every run, and most runs
  // have nothing to build.
  const { build } = await import('esbuild');
  const started = new Date();
  const result = await build({
    absWorkingDir: root,
    entryPoints: nodeEntries(),
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  for (const file of result.outputFiles) writeInPlace(file.path, file.contents);
  const metafile = join(root, METAFILE);
  writeInPlace(metafile, JSON.stringify(result.metafile));
  // Dated when the build began: a source saved while esbuild was reading is newer, so the next
  // run builds again.
  utimesSync(metafile, started, started);
}

/** Written aside and renamed over the old file, so a program starting meanwhile never reads half. */
function writeInPlace(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, contents);
  renameSync(aside, file);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildNode().catch((error) => {
    // esbuild has printed its own errors already; anything else (a file not writable) is news.
    if (!Array.isArray(error?.errors)) console.error(error);
    console.error('The build of out/node failed; see the messages above.');
    process.exit(1);
  });
}
