import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { AtomicTextFile, NotTextError, writeTextAtomic } from '../../src/main/store/atomicTextFile';
import { ok } from '../../src/shared/result';
import { tempDirs } from '../helpers/tempDir';
import { client, fileText, workbookWith } from './support/workbooks';

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
  it('AtomicTextFile is a lowdb Adapter: read gives the text, write saves it atomically', async () => {
    const dir = await dirs.make('adapter');
    const path = join(dir, 'notes.txt');
    const db = new Low<string>(new AtomicTextFile(path), '');
    await db.read();
    expect(db.data).toBe('');
    db.data = fileText(workbookWith(2));
    await db.write();
    const again = new Low<string>(new AtomicTextFile(path), '');
    await again.read();
    expect(again.data).toBe(fileText(workbookWith(2)));
    expect(await readFile(path, 'utf8')).toBe(fileText(workbookWith(2)));
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses to hand lowdb bytes that are not text', async () => {
    const dir = await dirs.make('adapter');
    const path = join(dir, 'notes.txt');
    await writeFile(path, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    await expect(new AtomicTextFile(path).read()).rejects.toBeInstanceOf(NotTextError);
    await expect(new Low<string>(new AtomicTextFile(path), '').read()).rejects.toBeInstanceOf(
      NotTextError,
    );
  });
});

describe('opening after a crash', () => {
  it('removes temp files a killed write left in the folder and clients/, and creates missing folders', async () => {
    const dir = await dirs.make('stale');
    const folder = join(dir, 'Coaching Workbook', 'data', 'workbook');
    let store = await openWorkbookStore(folder);
    expect(
      await store.update((draft) => {
        draft.clients.push(client(1));
        return ok(null);
      }),
    ).toEqual(ok(null));
    await store.close();
    await writeFile(join(folder, '.workbook.json.4242-abcdef.tmp'), '{"half": ');
    await writeFile(join(folder, '.coach.json.4242-abcdef.tmp'), '{"half": ');
    await writeFile(join(folder, 'clients', '.client-1.json.4242-abcdef.tmp'), '{"half": ');
    // A lock folder half made by a process killed while taking it.
    await mkdir(join(folder, '.workbook.lock.4242-abcdef.tmp'));
    await writeFile(join(folder, '.workbook.lock.4242-abcdef.tmp', 'owner.json'), '{}');
    await writeFile(join(folder, 'unrelated.tmp'), 'not ours');
    await writeFile(join(folder, 'clients', 'notes.txt'), 'not ours either');
    store = await openWorkbookStore(folder);
    expect(store.info().state).toBe('ok');
    const shown = store.read();
    expect(shown.ok && shown.value.clients.map((c) => c.id)).toEqual(['client-1']);
    await store.close();
    const names = (await readdir(folder)).filter((n) => n !== 'backups' && n !== 'workbook.lock');
    expect(names.sort()).toEqual([
      '.validated.json',
      'clients',
      'coach.json',
      'unrelated.tmp',
      'workbook.json',
    ]);
    expect((await readdir(join(folder, 'clients'))).sort()).toEqual(['client-1.json', 'notes.txt']);
  });
});
