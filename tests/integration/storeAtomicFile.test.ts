import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { AtomicTextFile, writeTextAtomic } from '../../src/main/store/atomicTextFile';
import { UnreadableWorkbookError, WorkbookFile } from '../../src/main/store/workbookFile';
import { emptyWorkbook } from '../../src/shared/domain/emptyRecords';
import { tempDirs } from '../helpers/tempDir';
import { fileText, workbookWith } from './support/workbooks';

const dirs = tempDirs();
afterEach(dirs.cleanup);

describe('atomic text file', () => {
  it('replaces the whole file and leaves nothing else behind', async () => {
    const dir = await dirs.make('atomic');
    const file = new AtomicTextFile(join(dir, 'notes.json'));
    expect(await file.read()).toBeNull();
    await file.write('first');
    await file.write('second, longer than the first');
    expect(await file.read()).toBe('second, longer than the first');
    expect(await readdir(dir)).toEqual(['notes.json']);
  });

  it('on failure, leaves the target as it was and removes its temp file', async () => {
    const dir = await dirs.make('atomic');
    const target = join(dir, 'taken');
    await mkdir(target); // a folder sits where the file should go: rename must fail
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await expect(writeTextAtomic(target, 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });
});

describe('the lowdb adapter', () => {
  it('works with lowdb: read gives the workbook, write saves it', async () => {
    const dir = await dirs.make('adapter');
    const path = join(dir, 'workbook.json');
    const db = new Low(new WorkbookFile(path), emptyWorkbook());
    await db.read();
    expect(db.data).toEqual(emptyWorkbook());
    db.data = workbookWith(2);
    await db.write();
    const again = new Low(new WorkbookFile(path), emptyWorkbook());
    await again.read();
    expect(again.data).toEqual(workbookWith(2));
    expect(await readFile(path, 'utf8')).toBe(fileText(workbookWith(2)));
  });

  it('refuses to hand lowdb an unreadable file', async () => {
    const dir = await dirs.make('adapter');
    const path = join(dir, 'workbook.json');
    await writeFile(path, '{"schemaVersion": 2');
    await expect(new WorkbookFile(path).read()).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });
});

describe('opening after a crash', () => {
  it('removes temp files a killed write left behind, and creates missing folders', async () => {
    const dir = await dirs.make('stale');
    const folder = join(dir, 'Coaching Workbook', 'data');
    const path = join(folder, 'workbook.json');
    let store = await openWorkbookStore(path);
    await store.close();
    await writeFile(join(folder, '.workbook.json.4242-abcdef.tmp'), '{"half": ');
    await writeFile(join(folder, 'unrelated.tmp'), 'not ours');
    store = await openWorkbookStore(path);
    expect(store.info().state).toBe('ok');
    expect((await readdir(folder)).sort()).toEqual(['unrelated.tmp', 'workbook.json']);
  });
});
