import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBytes, writeDocx, writeErrorMessage } from '../../src/main/export';

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
