import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, SPONSOR_PARTS } from '../../src/shared/schema';
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

describe('npm run cli -- export --document sponsor-report', () => {
  const sponsor = (out: string, ...more: string[]) =>
    cli([
      '--workbook',
      workbookFile,
      '--client',
      mary.name,
      '--document',
      'sponsor-report',
      '--out',
      join(dir, out),
      '--today',
      TODAY,
      ...more,
    ]);
  const idp = book.worksheets.find((s) => s.kind === 'idp' && s.clientId === mary.id);
  if (idp?.kind !== 'idp') throw new Error('Mary has no IDP');
  // A salary conversation to show when it is ticked (an untouched one is left out of every
  // document). Set before the workbook file is written, in beforeAll.
  idp.review.salary.notes = 'A raise was discussed; the manager will confirm it in writing.';
  const goals = idp.goals.shortTerm.replace(/\s+/g, ' ').slice(0, 30);

  it('without --include: the goals and progress, prepared for the manager in the plan', async () => {
    const run = await sponsor('sponsor-default.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Saved Sponsor Report for ${mary.name}`);
    const text = (await docxText(join(dir, 'sponsor-default.docx'))).replace(/\s+/g, ' ');
    expect(text).toContain(`Confidential — prepared for ${idp.profile.manager.trim()}`);
    expect(text).toContain(goals);
    expect(text).toContain('Progress at a glance');
    expect(text).not.toContain('Salary conversation');
    expect(text).not.toContain('Boundary Map');
  });

  it('with --include and --prepared-for: only the parts named, for the name given', async () => {
    const run = await sponsor(
      'sponsor-include.docx',
      '--include',
      'idp-salary, boundary-map',
      '--prepared-for',
      'Rick Alvarez',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = (await docxText(join(dir, 'sponsor-include.docx'))).replace(/\s+/g, ' ');
    expect(text).toContain('Confidential — prepared for Rick Alvarez');
    expect(text).toContain('Salary conversation');
    expect(text).toContain('Boundary Map');
    expect(text).not.toContain(goals);
    expect(text).not.toContain('Progress at a glance');
    expect(text).not.toContain('Skills Inventory');
  });

  it('a part it does not know, or --include with another document: exit 2, naming the parts', async () => {
    const unknown = await sponsor('x.docx', '--include', 'idp-goals,salary');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no part "salary" for --include');
    expect(unknown.stderr).toContain('idp-salary');
    const none = await sponsor('x.docx', '--include', ' , ');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Name at least one part');
    const elsewhere = await cli([
      '--workbook',
      workbookFile,
      '--client',
      mary.name,
      '--document',
      'client-report',
      '--include',
      'idp-goals',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('go with --document sponsor-report only');
    expect(await readdir(dir)).not.toContain('x.docx');
  });

  it('--help names every part --include takes', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const part of SPONSOR_PARTS) expect(run.stdout).toContain(part);
  });
});
