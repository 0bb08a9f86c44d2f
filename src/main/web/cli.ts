/**
 * `npm run web`: the app in a browser, for developing the UI and for end-to-end tests on
 * machines without Electron. Same renderer, same handlers; loopback only, one token per run.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi, systemDeps } from '../api';
import { openWorkbookStore } from '../store';
import { parseWebArgs } from './cliArgs';
import { webExportTarget } from './exportTarget';
import { startWebServer } from './server';

const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

async function main(): Promise<void> {
  const parsed = parseWebArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const { args } = parsed;
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.warn('The page is not built yet, so the browser will find nothing to show.');
    console.warn('Build it with `npm run build:app` (`npm run web` does this for you).');
  }
  const store = await openWorkbookStore(args.workbook);
  const token = randomBytes(32).toString('base64url');
  const server = await startWebServer({
    api: createApi({ ...systemDeps(store), exportTarget: webExportTarget(args.exports) }),
    rendererDir: RENDERER_DIR,
    token,
    port: args.port,
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Stop taking requests, let the last write land, then leave.
    void server
      .close()
      .then(() => store.close())
      .then(
        () => {
          console.log('Stopped. Your workbook is saved.');
          process.exit(0);
        },
        (error: unknown) => {
          console.error('Stopped, but the workbook could not be closed cleanly:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`Workbook: ${args.workbook}`);
  console.log(`Coaching Workbook is running at ${server.origin}/#token=${token}`);
  console.log('Press Ctrl+C to stop.');
}

function explain(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return 'That port is already in use. Choose another with --port, or leave --port out to pick a free one.';
  }
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`Coaching Workbook could not start: ${explain(error)}`);
  process.exit(1);
});
