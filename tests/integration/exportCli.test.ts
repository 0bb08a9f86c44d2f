import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../src/shared/schema';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { docxParts, part, wordText } from './support/docxParts';
import { docxText } from './support/libreoffice';
import { writeWorkbookFolder } from './support/workbooks';

const ROOT = resolve(import.meta.dirname, '../..');
import { CLI_BUNDLE } from './support/bundles';
const TODAY = '2026-11-23';
const book = generateSampleWorkbook({ clients: 3, seed: 'cli-export', today: TODAY });
const mary = book.clients[0];
if (!mary) throw new Error('no client');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- export …` in its own process, as a person would run it. */
function cli(args: string[]): Promise<Run> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'export', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', failed);
    child.on('close', (code) => {
      done({ code, stdout, stderr });
    });
  });
}

let dir = '';
let workbookFile = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-cli-export-'));
  // A workbook is a folder (workbook.json, coach.json, clients/<id>.json).
  workbookFile = join(dir, 'workbook');
  await writeWorkbookFolder(workbookFile, book);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run cli -- export', () => {
  it.each(DOCUMENT_KINDS)('exports %s to a Word file that LibreOffice opens', async (kind) => {
    const out = join(dir, `${kind}.docx`);
    const client = kind === 'practice-summary' ? [] : ['--client', mary.name];
    const run = await cli([
      '--workbook',
      workbookFile,
      '--document',
      kind,
      '--out',
      out,
      '--today',
      TODAY,
      ...client,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Saved .+ \(\d+(\.\d)? KB\)\.\n$/);
    const text = await docxText(out);
    expect(text).toContain(book.practice.businessName);
    if (kind !== 'practice-summary') expect(text).toContain(mary.name);
  });

  it('finds a client by id as well as by exact name', async () => {
    const out = join(dir, 'by-id.docx');
    const run = await cli([
      '--workbook',
      workbookFile,
      '--client',
      mary.id,
      '--document',
      'skills',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const text = wordText(part(docxParts(await readFile(out)), 'word/document.xml'));
    expect(text).toContain(mary.name);
  });

  it('a name that matches nobody: exit 1, and the names that come close', async () => {
    const typo = mary.name.replace(/.$/, 'x');
    const out = join(dir, 'typo.docx');
    const run = await cli([
      '--workbook',
      workbookFile,
      '--client',
      typo,
      '--document',
      'idp',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`There is no client "${typo}"`);
    expect(run.stderr).toContain('Did you mean');
    expect(run.stderr).toContain(mary.name);
    expect(await readdir(dir)).not.toContain('typo.docx');
  });

  it('a client document without --client: exit 2 with the usage', async () => {
    const run = await cli([
      '--workbook',
      workbookFile,
      '--document',
      'agreement',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--client');
    expect(run.stderr).toContain('Usage: npm run cli -- export');
  });

  it('an unknown document kind or option: exit 2', async () => {
    const kind = await cli([
      '--workbook',
      workbookFile,
      '--document',
      'letter',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('There is no document kind "letter"');
    const option = await cli(['--workbook', workbookFile, '--colour', 'red']);
    expect(option.code).toBe(2);
  });

  it('an output folder that cannot be written: exit 1, a clear message and no file left', async () => {
    // A path through a file cannot be a folder, even for root (chmod would not stop root).
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const run = await cli([
      '--workbook',
      workbookFile,
      '--document',
      'practice-summary',
      '--out',
      join(blocker, 'summary.docx'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a folder|no folder/i);
    const missing = join(dir, 'missing', 'deeper');
    const second = await cli([
      '--workbook',
      workbookFile,
      '--document',
      'practice-summary',
      '--out',
      join(missing, 'summary.docx'),
    ]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('There is no folder');
    await mkdir(join(dir, 'empty'));
    expect(await readdir(join(dir, 'empty'))).toEqual([]);
  });

  it('a workbook that is not there or not valid: exit 1', async () => {
    const missing = await cli([
      '--workbook',
      join(dir, 'nope.json'),
      '--document',
      'practice-summary',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no workbook');
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"schemaVersion": 2, "clients": 7}');
    const invalid = await cli([
      '--workbook',
      broken,
      '--document',
      'practice-summary',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('not a valid workbook');
  });

  it('a client named by id is exported from their own file: a broken file of another client does not stop it', async () => {
    const other = book.clients[1];
    if (!other) throw new Error('no second client');
    const copy = join(dir, 'one-broken');
    await writeWorkbookFolder(copy, book);
    await writeFile(join(copy, 'clients', `${other.id}.json`), '{ not json');
    const out = join(dir, 'mary-by-id.docx');
    const byId = await cli([
      '--workbook',
      copy,
      '--document',
      'client-report',
      '--client',
      mary.id,
      '--out',
      out,
    ]);
    expect(byId.stderr).toBe('');
    expect(byId.code).toBe(0);
    expect(await docxText(out)).toContain(mary.name);
    // By name, every client must be read to find them: the broken file is reported.
    const byName = await cli([
      '--workbook',
      copy,
      '--document',
      'client-report',
      '--client',
      mary.name,
      '--out',
      join(dir, 'mary-by-name.docx'),
    ]);
    expect(byName.code).toBe(1);
    expect(byName.stderr).toContain('not a valid workbook');
  });
});
