import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { serializeWorkbook } from '../../src/main/store';
import { CURRENT_SCHEMA_VERSION } from '../../src/shared/schema';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TODAY = '2026-03-15';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The real CLI in its own process, as a person would run it from the project folder. */
function cli(args: string[], command = TSX, prefix = ['src/main/cli/index.ts']): Promise<Run> {
  const started = performance.now();
  return new Promise((done, failed) => {
    const child = spawn(command, [...prefix, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', failed);
    child.on('close', (code) => {
      done({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/**
 * Content hash, size and modification time: what "the file did not change" means. (A hash,
 * because a deep comparison of two 30 MB buffers, element by element, takes minutes.)
 */
async function snapshot(file: string) {
  const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: info.size,
    mtimeMs: info.mtimeMs,
  };
}

function smallSample() {
  return generateSampleWorkbook({ clients: 5, seed: 'small', today: TODAY });
}

let dir = '';
let big = '';
const timings: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-cli-'));
  big = join(dir, 'big.json');
  const made = await cli([
    'sample',
    '--out',
    big,
    '--clients',
    '1000',
    '--seed',
    'it',
    '--today',
    TODAY,
  ]);
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
  timings.sample = `${(made.ms / 1000).toFixed(1)} s, ${((await stat(big)).size / 1e6).toFixed(1)} MB`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  console.log(`cli timings (process start included): ${JSON.stringify(timings)}`);
});

describe('cli sample + check', () => {
  it('writes 1,000 clients that check then finds valid, without touching the file', async () => {
    const before = await snapshot(big);
    const checked = await cli(['check', '--workbook', big]);
    timings.check = `${(checked.ms / 1000).toFixed(1)} s`;
    expect(checked.code).toBe(0);
    expect(checked.stdout.trim()).toMatch(
      new RegExp(
        `^OK: 1000 clients, \\d+ worksheets \\(schema version ${CURRENT_SCHEMA_VERSION}\\)$`,
      ),
    );
    expect(await snapshot(big)).toEqual(before);
    expect(await readdir(dir)).toEqual(['big.json']);
  });

  it('gives the same bytes for the same seed, and refuses to overwrite without --force', async () => {
    const again = join(dir, 'again.json');
    const args = ['sample', '--out', again, '--clients', '1000', '--seed', 'it', '--today', TODAY];
    expect((await cli(args)).code).toBe(0);
    expect((await readFile(again)).equals(await readFile(big))).toBe(true);

    const small = join(dir, 'small.json');
    await writeFile(small, 'my own notes');
    const refused = await cli(['sample', '--out', small, '--clients', '2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(await readFile(small, 'utf8')).toBe('my own notes');

    const forced = await cli([
      'sample',
      '--out',
      small,
      '--clients',
      '2',
      '--force',
      '--today',
      TODAY,
    ]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/2 clients/);
    expect((await cli(['check', '--workbook', small])).stdout).toMatch(/^OK: 2 clients/);
    await rm(again);
    await rm(small);
  });

  it('reports a truncated copy as unreadable, exit 1, and leaves its bytes alone', async () => {
    const cut = join(dir, 'cut.json');
    const whole = await readFile(big);
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = await snapshot(cut);
    const checked = await cli(['check', '--workbook', cut]);
    expect(checked.code).toBe(1);
    expect(checked.stdout + checked.stderr).toMatch(
      /cut\.json.*(truncated|ends too early|cut off)/s,
    );
    expect(await snapshot(cut)).toEqual(before);
    await rm(cut);
  });

  it('lists every problem of a hand-edited copy by its path', async () => {
    const edited = join(dir, 'edited.json');
    // A small sample keeps this quick; the 1,000-client file is checked above.
    const book = JSON.parse(serializeWorkbook(smallSample())) as {
      clients: Record<string, unknown>[];
      worksheets: Record<string, unknown>[];
    };
    const client = book.clients[3];
    const sheet = book.worksheets[10];
    if (!client || !sheet) throw new Error('sample too small');
    client.status = 'vip';
    delete sheet.title;
    await writeFile(edited, JSON.stringify(book, null, 2));
    const before = await snapshot(edited);
    const checked = await cli(['check', '--workbook', edited]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/2 problems/);
    expect(checked.stdout).toMatch(/^clients\.3\.status: .+/m);
    expect(checked.stdout).toMatch(/^worksheets\.10\.title: .+/m);
    expect(await snapshot(edited)).toEqual(before);
    await rm(edited);
  });

  it('accepts a file from an older version as valid and leaves it as it was', async () => {
    const old = join(dir, 'old.json');
    await copyFile(join(ROOT, 'tests', 'fixtures', 'workbook-v1.json'), old);
    const before = await snapshot(old);
    const checked = await cli(['check', '--workbook', old]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^OK: \d+ clients, \d+ worksheets \(schema version 1\)/);
    expect(checked.stdout).toMatch(/older version/);
    expect(await snapshot(old)).toEqual(before);
    await rm(old);
  });

  it('explains files it cannot use: newer version, not JSON, not text, missing, a folder', async () => {
    const newer = join(dir, 'newer.json');
    const future = { ...smallSample(), schemaVersion: CURRENT_SCHEMA_VERSION + 5 };
    await writeFile(newer, JSON.stringify(future));
    const fromFuture = await cli(['check', '--workbook', newer]);
    expect(fromFuture.code).toBe(1);
    expect(fromFuture.stdout).toMatch(/newer version/);

    const notJson = join(dir, 'notes.json');
    await writeFile(notJson, '{ "schemaVersion": 2, oops }');
    const broken = await cli(['check', '--workbook', notJson]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/line 1, column \d+/);

    const binary = join(dir, 'picture.json');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x81]));
    expect((await cli(['check', '--workbook', binary])).stderr).toMatch(/not text/);

    const missing = await cli(['check', '--workbook', join(dir, 'nowhere.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no file/);
    const folder = await cli(['check', '--workbook', dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/folder/);
    await Promise.all([newer, notJson, binary].map((file) => rm(file)));
  });
});

describe('cli usage', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['sample']],
    [['sample', '--out', 'x.json', '--clients', 'many']],
    [['sample', '--out', 'x.json', '--clients', '-3']],
    [['sample', '--out', 'x.json', '--today', '2026-02-30']],
    [['sample', '--out', 'x.json', '--colour', 'blue']],
    [['check']],
    [['check', 'file.json']],
    [['check', '--workbook']],
  ])('exits 2 with usage on stderr for %j', async (args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run cli --/);
    expect(run.stdout).toBe('');
  });

  it('shows help on stdout with exit 0, through npm run cli too', async () => {
    const help = await cli(['--help'], 'npm', ['run', '--silent', 'cli', '--']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/sample[\s\S]*check/);
    const sampleHelp = await cli(['sample', '--help']);
    expect(sampleHelp.code).toBe(0);
    expect(sampleHelp.stdout).toMatch(/--clients N/);
  });
});
