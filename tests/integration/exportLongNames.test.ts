import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Document, Paragraph } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFileName, writeDocx } from '../../src/main/export';
import { webExportTarget } from '../../src/main/web/exportTarget';
import { tempDirs } from '../helpers/tempDir';

const dirs = tempDirs();
afterEach(dirs.cleanup);

const doc = (): Document => new Document({ sections: [{ children: [new Paragraph('Hello')] }] });
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A client's name as long as the app allows, in three bytes a letter and four an emoji. */
const LONG_NAME = '山田 花子 Zoë Ångström-Núñez 👩🏽‍💼🇯🇵 '.repeat(30).trim();

async function isWordFile(path: string): Promise<boolean> {
  return (await readFile(path)).subarray(0, 2).toString('latin1') === 'PK';
}

describe('exporting for a client with a long CJK, accented and emoji name', () => {
  const name = defaultFileName({
    date: '2026-11-23',
    clientName: LONG_NAME,
    title: 'Coaching Agreement',
    version: 3,
  });

  it('suggests a name that fits in 255 bytes', () => {
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(name.startsWith('2026-11-23 山田 花子 Zoë Ångström-Núñez 👩🏽‍💼🇯🇵')).toBe(true);
  });

  it('writes it in web mode, then "(2)" and "(3)" beside it', async () => {
    const folder = join(await dirs.make('long-names'), 'exports');
    const target = webExportTarget(folder);
    const written: string[] = [];
    for (let i = 0; i < 3; i++) {
      const chosen = await target.chooseFile(name);
      if (!chosen.ok || chosen.value === null) throw new Error('web mode always gives a path');
      const result = await writeDocx(doc(), chosen.value);
      if (!result.ok) throw new Error(result.error.message);
      written.push(basename(result.value.path));
    }
    const stem = name.slice(0, -'.docx'.length);
    expect(written).toEqual([name, `${stem} (2).docx`, `${stem} (3).docx`]);
    expect((await readdir(folder)).sort()).toEqual([...written].sort());
    for (const file of written) {
      expect(bytes(file)).toBeLessThanOrEqual(255);
      expect(await isWordFile(join(folder, file))).toBe(true);
    }
  });

  it('leaves room for the last copy the app numbers, "(999)"', async () => {
    const folder = await dirs.make('long-names-999');
    const copy999 = name.replace(/\.docx$/, ' (999).docx');
    const result = await writeDocx(doc(), join(folder, copy999));
    if (!result.ok) throw new Error(result.error.message);
    expect(await readdir(folder)).toEqual([copy999]);
  });
});

describe('a path too long for the file system', () => {
  it('is explained in a sentence when a chosen name is too long', async () => {
    const folder = await dirs.make('too-long-name');
    const result = await writeDocx(doc(), join(folder, `${'漢'.repeat(100)}.docx`));
    expect(!result.ok && result.error.code).toBe('io');
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/too long/);
    expect(message).toMatch(/shorter/);
    expect(message).not.toContain('ENAMETOOLONG');
    expect(await readdir(folder)).toEqual([]);
  });

  it("is explained in a sentence when web mode's exports folder cannot be made", async () => {
    const parent = await dirs.make('too-long-folder');
    const target = webExportTarget(join(parent, 'a'.repeat(300), 'exports'));
    const chosen = await target.chooseFile('2026-11-23 Practice Summary.docx');
    expect(!chosen.ok && chosen.error.code).toBe('io');
    const message = chosen.ok ? '' : chosen.error.message;
    expect(message).toMatch(/too long/);
    expect(message).not.toContain('ENAMETOOLONG');
  });

  it('is explained in a sentence when a folder in the path is too long', async () => {
    const parent = await dirs.make('too-long-path');
    const folder = join(parent, 'b'.repeat(300));
    await expect(mkdir(folder)).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
    const result = await writeDocx(doc(), join(folder, 'Plan.docx'));
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/too long/);
    expect(message).not.toContain('ENAMETOOLONG');
  });
});
