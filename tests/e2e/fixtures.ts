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

function waitForAddress(
  child: ChildProcessWithoutNullStreams,
  output: () => string,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The web server printed no address within 30 s:\n${output()}`));
    }, 30_000);
    const check = () => {
      const match = READY.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web server stopped (exit ${code}) before it was ready:\n${output()}`));
    });
  });
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
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
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', WEB_SERVER, '--workbook', workbookFile, '--exports', exportsDir],
      { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'test' } },
    );
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const output = () => printed;
    try {
      const [, url = '', port = '', token = ''] = await waitForAddress(child, output);
      await use({ url, origin: `http://127.0.0.1:${port}`, token, output });
    } finally {
      await stop(child);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('web-server-output', { body: printed, contentType: 'text/plain' });
      }
    }
  },
});
