import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  lastWorkbookPathIn,
  prepareNewWorkbookFolder,
  readLastWorkbook,
  rememberLastWorkbook,
} from '../../src/main/shell/workbookChoice';
import { tempDirs } from '../helpers/tempDir';

const dirs = tempDirs();
afterEach(dirs.cleanup);

describe('File → New and Open Workbook', () => {
  it('creates a new workbook only in a new or empty folder, private to the coach', async () => {
    const dir = await dirs.make('new-workbook');
    const fresh = join(dir, 'Coaching Workbook');
    expect(await prepareNewWorkbookFolder(fresh)).toEqual({ ok: true });
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
    const busy = join(dir, 'Documents');
    await mkdir(busy);
    await writeFile(join(busy, 'taxes.pdf'), 'not a workbook');
    const refused = await prepareNewWorkbookFolder(busy);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/already holds files/);
  });

  it('remembers the workbook opened last, and forgets a damaged note', async () => {
    const dir = await dirs.make('last-workbook');
    const memory = lastWorkbookPathIn(dir);
    expect(await readLastWorkbook(memory)).toBeNull();
    await rememberLastWorkbook(memory, join(dir, 'Practice'));
    expect(await readLastWorkbook(memory)).toBe(join(dir, 'Practice'));
    expect((await stat(memory)).mode & 0o777).toBe(0o600);
    await writeFile(memory, '{"folder": "relative/path"}');
    expect(await readLastWorkbook(memory)).toBeNull();
    await writeFile(memory, '{"fold');
    expect(await readLastWorkbook(memory)).toBeNull();
  });
});
