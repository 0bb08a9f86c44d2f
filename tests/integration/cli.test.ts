import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { serializeWorkbook } from '../../src/main/store';
import { CURRENT_SCHEMA_VERSION } from '../../src/shared/schema';

const ROOT = resolve(import.meta.dirname, '../..');
import { CLI_BUNDLE } from './support/bundles';
const TODAY = '2026-03-15';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The real CLI in its own process, as a person would run it from the project folder. */
function cli(args: string[], command = process.execPath, prefix = [CLI_BUNDLE]): Promise<Run> {
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
 * Content hash, size and modification time of a file, or of every file in a workbook folder
 * (by path): what "nothing changed" means. (A hash, because a deep comparison of buffers,
 * element by element, takes minutes.) A file added to a folder shows up too.
 */
async function snapshot(path: string): Promise<Record<string, unknown>> {
  const one = async (file: string) => {
    const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
    return {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: info.size,
      mtimeMs: info.mtimeMs,
    };
  };
  if (!(await stat(path)).isDirectory()) return { '': await one(path) };
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files: Record<string, unknown> = {};
  for (const e of entries) {
    const file = join(e.parentPath, e.name);
    files[relative(path, file)] = e.isFile() ? await one(file) : 'folder';
  }
  files['.'] = (await stat(path)).mtimeMs;
  return files;
}

/** Every file of a workbook folder, by path, with its bytes. */
async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const e of entries) {
    const file = join(e.parentPath, e.name);
    if (e.isFile()) files.set(relative(folder, file), await readFile(file));
  }
  return files;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const bytes of (await filesOf(folder)).values()) total += bytes.length;
  return total;
}

function smallSample() {
  return generateSampleWorkbook({ clients: 5, seed: 'small', today: TODAY });
}

let dir = '';
let big = '';
const timings: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-cli-'));
  big = join(dir, 'big');
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
  timings.sample = `${(made.ms / 1000).toFixed(1)} s, ${((await folderBytes(big)) / 1e6).toFixed(1)} MB`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  console.log(`cli timings (process start included): ${JSON.stringify(timings)}`);
});

describe('cli sample + check', () => {
  it('writes 1,000 clients (a folder) that check then finds valid, without touching it', async () => {
    const files = [...(await filesOf(big)).keys()];
    expect(files.filter((f) => f.startsWith('clients/'))).toHaveLength(1000);
    // Besides the workbook: the hashes of the files it wrote, so the app need not check them again.
    expect(files.filter((f) => !f.startsWith('clients/')).sort()).toEqual([
      '.validated.json',
      'coach.json',
      'workbook.json',
    ]);
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
    expect(await readdir(dir)).toEqual(['big']);
    // Naming its main file works as well.
    expect((await cli(['check', '--workbook', join(big, 'workbook.json')])).stdout).toMatch(
      /^OK: 1000 clients/,
    );
    expect(await snapshot(big)).toEqual(before);
  });

  it('gives the same bytes for the same seed, and refuses to overwrite without --force', async () => {
    const again = join(dir, 'again');
    const args = ['sample', '--out', again, '--clients', '1000', '--seed', 'it', '--today', TODAY];
    expect((await cli(args)).code).toBe(0);
    const [first, second] = [await filesOf(big), await filesOf(again)];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);

    // An older single-file workbook at that name counts too: it is left alone.
    const notes = join(dir, 'notes.json');
    await writeFile(notes, 'my own notes');
    const refusedFile = await cli(['sample', '--out', notes, '--clients', '2']);
    expect(refusedFile.code).toBe(1);
    expect(refusedFile.stderr).toMatch(/already exists.*--force/);
    expect(await readFile(notes, 'utf8')).toBe('my own notes');
    expect(await readdir(dir)).not.toContain('notes');
    await rm(notes);

    const small = join(dir, 'small');
    const made = await cli(['sample', '--out', small, '--clients', '5', '--today', TODAY]);
    expect(made.code).toBe(0);
    const before = await snapshot(small);
    const refused = await cli(['sample', '--out', small, '--clients', '2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(await snapshot(small)).toEqual(before);

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
    // The clients of the replaced sample are gone with it.
    expect(await readdir(join(small, 'clients'))).toHaveLength(2);
    await rm(again, { recursive: true });
    await rm(small, { recursive: true });
  });

  it('reports a truncated file of a copy as unreadable, exit 1, and leaves its bytes alone', async () => {
    const copy = join(dir, 'cut');
    await cp(big, copy, { recursive: true });
    const [clientName] = (await readdir(join(copy, 'clients'))).sort();
    const cut = join(copy, 'clients', clientName ?? '');
    const whole = await readFile(cut);
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = await snapshot(copy);
    const checked = await cli(['check', '--workbook', copy]);
    expect(checked.code).toBe(1);
    expect(checked.stdout + checked.stderr).toMatch(
      new RegExp(`clients/${clientName ?? ''}.*(truncated|ends too early|cut off)`, 's'),
    );
    expect(await snapshot(copy)).toEqual(before);
    await rm(copy, { recursive: true });
  });

  it('reports a truncated single file (an older workbook) as unreadable, exit 1', async () => {
    const cut = join(dir, 'cut.json');
    const whole = serializeWorkbook({ ...smallSample(), schemaVersion: 2 });
    await writeFile(cut, whole.slice(0, Math.floor(whole.length / 2)));
    const before = await snapshot(cut);
    const checked = await cli(['check', '--workbook', cut]);
    expect(checked.code).toBe(1);
    expect(checked.stdout + checked.stderr).toMatch(
      /cut\.json.*(truncated|ends too early|cut off)/s,
    );
    expect(await snapshot(cut)).toEqual(before);
    expect(await readdir(dir)).not.toContain('cut');
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
    expect(broken.stdout + broken.stderr).toMatch(/notes\.json.*line 1, column \d+/);

    const binary = join(dir, 'picture.json');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x81]));
    expect((await cli(['check', '--workbook', binary])).stderr).toMatch(/not text/);

    const missing = await cli(['check', '--workbook', join(dir, 'nowhere.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no workbook at .*nowhere/);
    const folder = await cli(['check', '--workbook', dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/There is no workbook at/);
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'my notes');
    const notAWorkbook = await cli(['check', '--workbook', text]);
    expect(notAWorkbook.code).toBe(1);
    expect(notAWorkbook.stderr).toMatch(/notes\.txt is a file, not a workbook.*folder/);
    await Promise.all([newer, notJson, binary, text].map((file) => rm(file)));
    // Checking created nothing: no folder for any of these files.
    expect((await readdir(dir)).sort()).toEqual(['big']);
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
