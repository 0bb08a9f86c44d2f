/**
 * Every e2e test gets its own running app: a fresh temporary folder, the web server started on
 * a free port against a workbook file in that folder, and the server stopped and the folder
 * removed afterwards. Tests open `app.url` (which carries the per-run token).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/** The web server of one test. */
export interface RunningApp {
  /** The address to open, token included: `http://127.0.0.1:<port>/#token=<token>`. */
  url: string;
  /** `http://127.0.0.1:<port>`, for calls that must not carry the token. */
  origin: string;
  token: string;
  /** Everything the server printed so far (attached to failing tests). */
  output(): string;
}

interface AppFixtures {
  /** A fresh folder for this test only, deleted afterwards. */
  dataDir: string;
  /** The workbook file the server uses (inside dataDir). */
  workbookFile: string;
  /** Where exported documents go (inside dataDir, passed with --exports). */
  exportsDir: string;
  /** Text to put in the workbook file before the server starts; null starts a new workbook. */
  initialWorkbook: string | null;
  app: RunningApp;
}

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * The web server as `npm run web` runs it: bundled by scripts/build-node.mjs (`npm run test:e2e`
 * builds it first, and the global setup makes sure it is there), started by plain node.
 */
export const WEB_SERVER = join(ROOT, 'out', 'node', 'web.mjs');
const READY = /Coaching Workbook is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+))/;

/** A web server started by a test, with what it printed. */
export interface StartedServer {
  url: string;
  port: number;
  token: string;
  output(): string;
  /** Stop it (SIGTERM, then SIGKILL after 10 s) and wait until it has exited. */
  stop(): Promise<void>;
}

/**
 * Start the built web server on `workbook`: on a free port unless `port` is given (a test that
 * restarts a server needs the same address). Answers are checked against the contract.
 */
export async function startServer(
  workbook: string,
  exportsDir: string,
  port = 0,
): Promise<StartedServer> {
  await mkdir(exportsDir, { recursive: true });
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [WEB_SERVER, '--workbook', workbook, '--exports', exportsDir, '--port', String(port)],
    { cwd: ROOT, stdio: 'pipe', env: { ...process.env, WORKBOOK_CHECK_CONTRACT: '1' } },
  );
  let printed = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    }
  };
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The web server printed no address within 30 s:\n${printed}`));
    }, 30_000);
    const take = (chunk: Buffer) => {
      printed += chunk.toString();
      const found = READY.exec(printed);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The web server stopped before it was ready:\n${printed}`));
    });
  });
  const [, url = '', started = '', token = ''] = match;
  return { url, port: Number(started), token, output: () => printed, stop };
}

export const test = base.extend<AppFixtures>({
  initialWorkbook: [null, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  workbookFile: async ({ dataDir }, use) => {
    await use(join(dataDir, 'workbook.json'));
  },

  exportsDir: async ({ dataDir }, use) => {
    const dir = join(dataDir, 'exports');
    await mkdir(dir, { recursive: true });
    await use(dir);
  },

  app: async ({ workbookFile, exportsDir, initialWorkbook }, use, testInfo) => {
    if (initialWorkbook !== null) await writeFile(workbookFile, initialWorkbook, 'utf8');
    const server = await startServer(workbookFile, exportsDir);
    try {
      await use({
        url: server.url,
        origin: `http://127.0.0.1:${server.port}`,
        token: server.token,
        output: () => server.output(),
      });
    } finally {
      await server.stop();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('web-server-output', {
          body: server.output(),
          contentType: 'text/plain',
        });
      }
    }
  },
});
