/**
 * `npm run web`: the app in a browser, where Electron cannot run (`npm start` falls back to
 * it), for developing the UI, and for end-to-end tests. Same renderer, same handlers, and
 * unless told otherwise the same workbook as the desktop app; loopback only, one token per run.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi, systemDeps } from '../api';
import type { WorkbookInfo } from '../../shared/contract';
import { defaultWorkbook } from '../defaultWorkbook';
import { openWorkbookStore } from '../store';
import { DEFAULT_WEB_PORT, defaultExportsFolder, parseWebArgs, shouldOpenBrowser } from './cliArgs';
import { webExportTarget } from './exportTarget';
import { openBrowser } from './openBrowser';
import { startWebServer } from './server';

/**
 * The built page, out/renderer in the project folder. This file runs from source (tsx, the
 * tests) and bundled as out/node/web.mjs, at different depths: the project folder is the
 * nearest one above that holds package.json.
 */
function builtRendererDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The project folder (with package.json) was not found.');
    dir = parent;
  }
  return join(dir, 'out', 'renderer');
}

async function main(): Promise<void> {
  const parsed = parseWebArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const { args } = parsed;
  const rendererDir = builtRendererDir();
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.warn('The page is not built yet, so the browser will find nothing to show.');
    console.warn('Build it with `npm run build:app` (`npm run web` does this for you).');
  }
  const startedAt = new Date();
  // Unnamed: the desktop app's workbook in its data folder, both made on the first run.
  const workbook = args.workbook ?? (await defaultWorkbook()).workbook;
  const store = await openWorkbookStore(workbook);
  const opened = store.info();
  if (opened.state !== 'ok') console.warn(opened.message);
  else if (opened.message !== '') console.log(opened.message);
  const token = randomBytes(32).toString('base64url');
  // Unnamed: the Documents folder's "Coaching Workbook", so exporting works from the start.
  const exportsFolder =
    args.exports ??
    defaultExportsFolder(homedir(), (path) => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    });
  const options = {
    api: createApi({ ...systemDeps(store), exportTarget: webExportTarget(exportsFolder) }),
    rendererDir,
    token,
  };
  const server = await startWebServer({ ...options, port: args.port ?? DEFAULT_WEB_PORT }).catch(
    (error: unknown) => {
      if (args.port !== null || !isAddressInUse(error)) throw error;
      console.warn(
        `The usual port ${DEFAULT_WEB_PORT} is taken (is the workbook open in another window?), so a free one is used. A page left open on the old address cannot reach this one.`,
      );
      return startWebServer({ ...options, port: 0 });
    },
  );

  // Files changed by another computer (a synced folder) are picked up while the server runs.
  const watching = setInterval(() => void store.checkForChanges(), CHANGE_CHECK_MS);
  watching.unref();

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(watching);
    // Open pages say so calmly instead of finding out from a failed save.
    server.send({ type: 'server:stopping' });
    // Stop taking requests, let the last write land, then say truthfully how it ended.
    void server
      .close()
      .then(() => store.close())
      .then(
        () => {
          const ending = closingWords(store.info(), startedAt);
          (ending.ok ? console.log : console.error)(ending.message);
          process.exit(ending.ok ? 0 : 1);
        },
        (error: unknown) => {
          console.error('Stopped, but the workbook could not be closed cleanly:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const address = `${server.origin}/#token=${token}`;
  console.log(`Workbook: ${store.filePath}`);
  console.log(`Exported documents go to: ${exportsFolder}`);
  console.log(`Coaching Workbook is running at ${address}`);
  const opening = shouldOpenBrowser(args, {
    platform: process.platform,
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY,
  });
  if (opening) {
    console.log('Opening it in your browser…');
    openBrowser(address, () => {
      console.log('No browser could be opened here: open the address above in one.');
    });
  }
  console.log('Press Ctrl+C to stop.');
}

/** How often the server looks for files changed by another computer or program. */
const CHANGE_CHECK_MS = 2_000;

/**
 * What to say when stopping. Every answered change is already on disk (a change that failed
 * was answered as failed and never applied), so the workbook is saved unless changes of this
 * run had to be kept aside (the files had been changed elsewhere): those are named.
 */
function closingWords(info: WorkbookInfo, since: Date): { ok: boolean; message: string } {
  const unsaved = info.setAside.filter(
    (f) => f.reason === 'unsaved' && new Date(f.at).getTime() >= since.getTime(),
  );
  if (unsaved.length > 0) {
    const names = unsaved.map((f) => f.name).join(', ');
    return {
      ok: false,
      message: `Stopped. Some changes could not be saved in the workbook; they were kept in its set-aside folder (${names}).`,
    };
  }
  if (info.state === 'ok') return { ok: true, message: 'Stopped. Your workbook is saved.' };
  return { ok: true, message: 'Stopped. Nothing was changed in the workbook.' };
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}

function explain(error: unknown): string {
  if (isAddressInUse(error)) {
    return 'That port is already in use. Choose another with --port, or leave --port out to pick a free one.';
  }
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const path = error instanceof Error && 'path' in error ? String(error.path) : 'the workbook';
  if (code === 'EACCES' || code === 'EPERM') return `You do not have permission to use ${path}.`;
  if (code === 'ENOTDIR') return `${path} is inside a file, not a folder.`;
  if (code === 'EISDIR') return `${path} is a folder where a file was expected.`;
  if (code === 'ENOSPC') return 'The disk is full, so the workbook cannot be opened for writing.';
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`Coaching Workbook could not start: ${explain(error)}`);
  process.exit(1);
});
