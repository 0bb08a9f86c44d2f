import { chmod, mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBytes, writeDocx, writeErrorMessage } from '../../src/main/export';
import { webExportTarget } from '../../src/main/web/exportTarget';
import { modeOf, underPermissiveUmask } from '../helpers/privateFiles';

let dir = '';
const doc = (): Document => new Document({ sections: [{ children: [new Paragraph('Hello')] }] });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-write-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('writeDocx', () => {
  it('writes a Word file (a zip) and nothing else', async () => {
    const folder = join(dir, 'ok');
    await mkdir(folder);
    const target = join(folder, 'Plan.docx');
    const result = await writeDocx(doc(), target);
    expect(result.ok && result.value.path).toBe(target);
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(result.ok && result.value.bytes).toBe(bytes.length);
    expect(await readdir(folder)).toEqual(['Plan.docx']);
  });

  it('replaces an older copy in one step', async () => {
    const folder = join(dir, 'replace');
    await mkdir(folder);
    const target = join(folder, 'Plan.docx');
    await writeFile(target, 'old version');
    const result = await writeDocx(doc(), target);
    expect(result.ok).toBe(true);
    expect((await readFile(target)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await readdir(folder)).toEqual(['Plan.docx']);
  });

  it('fails with a clear message and leaves no temporary file when the target is a folder', async () => {
    const folder = join(dir, 'busy');
    await mkdir(join(folder, 'Plan.docx'), { recursive: true });
    const result = await writeDocx(doc(), join(folder, 'Plan.docx'));
    expect(!result.ok && result.error.code).toBe('io');
    expect(!result.ok && result.error.message).toMatch(/folder/i);
    expect(await readdir(folder)).toEqual(['Plan.docx']);
  });

  it('fails clearly when the folder is missing', async () => {
    const result = await writeBytes(new Uint8Array([1, 2, 3]), join(dir, 'nowhere', 'x.docx'));
    expect(!result.ok && result.error.message).toContain('There is no folder');
  });
});

// Windows has no Unix permission bits.
describe.skipIf(process.platform === 'win32')('exports are private to the coach', () => {
  underPermissiveUmask();

  it('a new export is created 0600', async () => {
    const folder = join(dir, 'private');
    await mkdir(folder);
    const target = join(folder, 'Plan.docx');
    expect((await writeDocx(doc(), target)).ok).toBe(true);
    expect(await modeOf(target)).toBe(0o600);
  });

  it('a copy the coach chose to replace keeps the mode it had', async () => {
    const folder = join(dir, 'replace-mode');
    await mkdir(folder);
    const target = join(folder, 'Plan.docx');
    await writeFile(target, 'old version');
    await chmod(target, 0o644);
    expect((await writeDocx(doc(), target)).ok).toBe(true);
    expect(await modeOf(target)).toBe(0o644);
  });

  it("web mode's exports folder is made 0700, and its documents are 0600", async () => {
    const folder = join(dir, 'web', 'exports');
    const target = webExportTarget(folder);
    const chosen = await target.chooseFile('Plan.docx');
    if (!chosen.ok || chosen.value === null) throw new Error('web mode always gives a path');
    expect((await writeDocx(doc(), chosen.value)).ok).toBe(true);
    expect(await modeOf(join(dir, 'web'))).toBe(0o700);
    expect(await modeOf(folder)).toBe(0o700);
    expect(await modeOf(chosen.value)).toBe(0o600);
    expect(await readdir(folder)).toEqual(['Plan.docx']);
  });
});

describe('writeErrorMessage', () => {
  it.each([
    ['EACCES', 'permission'],
    ['EPERM', 'did not allow'],
    ['EROFS', 'read-only'],
    ['ENOSPC', 'disk is full'],
    ['EBUSY', 'open in another program'],
  ])('%s is explained in plain words', (code, words) => {
    const error = Object.assign(new Error('raw'), { code });
    const message = writeErrorMessage(error, '/Users/jane/Documents/Plan.docx');
    expect(message).toContain(words);
    expect(message).not.toContain(code);
  });

  it('anything else keeps the system message', () => {
    expect(writeErrorMessage(new Error('strange'), '/x/Plan.docx')).toContain('strange');
  });
});
