/**
 * `npm start` where Electron's program is missing, and `npm run web` without --workbook, as a
 * person runs them: real processes, a real data folder under a fresh home folder.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { usualDataFolder } from '../../src/main/dataFolder';
import { tempDirs } from '../helpers/tempDir';
import { WEB_BUNDLE } from './support/bundles';

const ROOT = join(import.meta.dirname, '..', '..');
const START = join(ROOT, 'scripts', 'start.mjs');
const ADDRESS = /Coaching Workbook is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/;

const dirs = tempDirs();
afterEach(dirs.cleanup);

/**
 * An environment whose home and settings folders are `home` (so the data folder is found
 * under it on Linux, macOS and Windows alike), with no data-folder override, no CI flag.
 */
function freshHome(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    APPDATA: join(home, 'AppData', 'Roaming'),
  };
  delete env.COACHING_WORKBOOK_DATA_DIR;
  delete env.CI;
  return env;
}

function dataFolderIn(home: string): string {
  return usualDataFolder({ platform: process.platform, env: freshHome(home), home });
}

/**
 * Runs a program, collecting what it prints; `address` resolves once the address is printed.
 * In a process group of its own, so that `abandon` ends what it started too (npm start's server).
 */
function run(args: string[], env: NodeJS.ProcessEnv) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    detached: process.platform !== 'win32',
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const address = new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no address printed:\n${output}`));
    }, 100_000);
    const look = () => {
      const match = ADDRESS.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve(new URL(match[1]));
    };
    child.stdout.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`it ended before printing an address:\n${output}`));
    });
  });
  const abandon = () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGKILL');
  };
  return { child, exited, address, abandon, output: () => output };
}

/** One channel of the running server, called with the printed token. */
async function callApi(url: URL, channel: string, input: unknown): Promise<unknown> {
  const token = url.hash.replace('#token=', '');
  const reply = await fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return reply.json();
}

/** What the server says its workbook is, asked with the printed token. */
function workbookInfo(url: URL): Promise<unknown> {
  return callApi(url, 'workbook:info', {});
}

describe('npm start where Electron cannot run', () => {
  it('serves the app on the desktop app’s workbook, made on first run, until Ctrl+C', async () => {
    const home = await dirs.make('start-home');
    const noElectron = await dirs.make('start-no-electron');
    const env = { ...freshHome(home), ELECTRON_OVERRIDE_DIST_PATH: noElectron };
    const started = run([START, '--no-open'], env);
    try {
      const url = await started.address;

      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const workbook = join(dataFolderIn(home), 'workbook');
      expect(await workbookInfo(url)).toMatchObject({ ok: true, value: { filePath: workbook } });
      expect((await stat(workbook)).isDirectory()).toBe(true);
      if (process.platform !== 'win32') {
        expect((await stat(dataFolderIn(home))).mode & 0o777).toBe(0o700);
      }
      expect(started.output()).toContain('runs in your browser instead');
      expect(started.output()).toContain(`Workbook: ${workbook}`);
      // Exporting works from the start: into "Coaching Workbook documents" (no Documents here).
      const documents = join(home, 'Coaching Workbook documents');
      expect(started.output()).toContain(`Exported documents go to: ${documents}`);
      expect(await callApi(url, 'exports:save', { document: 'practice-summary' })).toMatchObject({
        ok: true,
        value: { status: 'saved', folder: documents },
      });
      expect(started.output()).not.toContain('Opening it in your browser');

      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
      expect(started.output()).toContain('Stopped. Your workbook is saved.');
    } finally {
      started.abandon();
    }
  });
});

describe('npm run web without --workbook', () => {
  it('opens the workbook the desktop app opened last (File → Open), not the usual one', async () => {
    const home = await dirs.make('web-home');
    const elsewhere = join(await dirs.make('web-elsewhere'), 'Practice');
    const dataFolder = dataFolderIn(home);
    await mkdir(dataFolder, { recursive: true });
    await writeFile(
      join(dataFolder, 'last-workbook.json'),
      `${JSON.stringify({ folder: elsewhere })}\n`,
    );
    const started = run([WEB_BUNDLE, '--port', '0', '--no-open'], freshHome(home));
    try {
      const url = await started.address;
      expect(await workbookInfo(url)).toMatchObject({ ok: true, value: { filePath: elsewhere } });
      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
      expect(started.output()).toContain('Stopped.');
    } finally {
      started.abandon();
    }
  });

  it('refuses what it does not understand, with the usage line (exit 2)', async () => {
    const started = run([WEB_BUNDLE, '--colour', 'blue'], freshHome(await dirs.make('web-bad')));
    started.address.catch(() => undefined);
    expect(await started.exited).toBe(2);
    expect(started.output()).toContain('Usage: npm run web -- [--workbook <folder>]');
  });
});
