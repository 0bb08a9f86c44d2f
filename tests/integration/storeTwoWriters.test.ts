import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbookAt } from '../../src/main/store';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import type { Client } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';

const dirs = tempDirs();
const running: ChildProcess[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  await dirs.cleanup();
});

import { CLI_BUNDLE, WEB_BUNDLE } from './support/bundles';

/** Start `npm run web` on a workbook; resolves with its address and token once it prints them. */
async function startServer(
  workbook: string,
): Promise<{ url: URL; output: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [WEB_BUNDLE, '--workbook', workbook, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no address printed:\n${output}`));
    }, 60_000);
    child.stdout.on('data', () => {
      const match = /is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(new URL(match[1]));
      }
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const stop = () => {
    child.kill('SIGINT');
    return exited;
  };
  return { url, output: () => output, stop };
}

async function call(url: URL, channel: string, body: unknown): Promise<unknown> {
  const token = url.hash.replace('#token=', '');
  const reply = await fetch(new URL(`/api/${channel}`, url.origin), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return reply.json();
}

function runCli(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [CLI_BUNDLE, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      resolve({ code, output });
    }),
  );
}

describe('two writers on one workbook (real processes)', () => {
  it('refuses a second server and the CLI while a server has the workbook; nothing is lost', async () => {
    const dir = await dirs.make('two-writers');
    const folder = join(dir, 'workbook');
    const first = await startServer(folder);
    const created = await call(first.url, 'clients:create', {
      client: { ...EMPTY_CLIENT_DRAFT, name: 'Ada Lovelace', status: 'active' },
    });
    expect(created).toMatchObject({ ok: true });

    const sample = await runCli(['sample', '--out', folder, '--clients', '2', '--force']);
    expect(sample.code).toBe(1);
    expect(sample.output).toMatch(/open in another window or on another computer since \d\d:\d\d/);

    const second = await startServer(folder);
    expect(second.output()).toMatch(/open in another window or on another computer/);
    const info = await call(second.url, 'workbook:info', {});
    expect(info).toMatchObject({ ok: true, value: { state: 'readOnly', canRetry: true } });
    const refused = await call(second.url, 'clients:create', {
      client: { name: 'Second Window' },
    });
    expect(refused).toMatchObject({ ok: false });

    const onDisk = await readWorkbookAt(folder);
    expect(onDisk.kind === 'valid' && onDisk.workbook.clients.map((c) => c.name)).toEqual([
      'Ada Lovelace',
    ]);
    expect(await readdir(join(folder, 'clients'))).toHaveLength(1);
  }, 120_000);

  it('web mode exits 1 on Ctrl+C, naming the file, when a change had to be kept aside', async () => {
    const dir = await dirs.make('web-unsaved');
    const folder = join(dir, 'workbook');
    const server = await startServer(folder);
    const created = (await call(server.url, 'clients:create', {
      client: { ...EMPTY_CLIENT_DRAFT, name: 'Grace Hopper', status: 'active' },
    })) as { ok: true; value: Client };
    // A sync client drops a damaged copy of her file in; the next change cannot be written there.
    const file = join(folder, 'clients', `${created.value.id}.json`);
    await writeFile(`${file}.partial`, '{"schemaVersion": 3, "cli');
    await rename(`${file}.partial`, file);
    const refused = await call(server.url, 'clients:update', {
      client: { ...created.value, notes: 'Typed while the file was damaged' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'readOnly' } });
    expect(await server.stop()).toBe(1);
    expect(server.output()).toMatch(/kept in its set-aside folder \(clients-.*\.unsaved-/);
    expect(server.output()).not.toContain('Your workbook is saved');
  }, 120_000);
});
