import { readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { fail, ok } from '../../src/shared/result';
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import {
  client,
  clientFile,
  fileText,
  inStoredOrder,
  mainFile,
  readWorkbookFolder,
  workbookWith,
  writeWorkbookFolder,
} from './support/workbooks';

const dirs = tempDirs();
afterEach(dirs.cleanup);

/**
 * A store on the folder `<temp>/workbook`: new, or holding `initial` (written as a folder), or
 * converted from the single file `<temp>/workbook.json` holding `initial` text.
 */
async function setup(initial?: Workbook | string) {
  const dir = await dirs.make('store');
  const folder = join(dir, 'workbook');
  if (typeof initial === 'string') await writeFile(join(dir, 'workbook.json'), initial);
  else if (initial !== undefined) await writeWorkbookFolder(folder, initial);
  const written: string[] = [];
  const store = await openWorkbookStore(typeof initial === 'string' ? `${folder}.json` : folder, {
    onWrite: ({ path }) => written.push(relative(folder, path)),
  });
  return { dir, folder, store, writes: () => written.length, written };
}

const onDisk = readWorkbookFolder;

/**
 * Every file of the workbook under `folder`, relative, sorted: the lock (a folder of its own)
 * and the cache of validated hashes (`.validated.json`, no workbook data) left out.
 */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.parentPath.includes('workbook.lock'))
    .filter((e) => e.name !== '.validated.json')
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
}

describe('opening', () => {
  it('creates and saves a new workbook when there is no file', async () => {
    const { folder, store } = await setup();
    expect(store.info()).toMatchObject({ state: 'ok', isNew: true, filePath: folder });
    expect((await onDisk(folder)).clients).toEqual([]);
    expect(await filesIn(folder)).toEqual(['coach.json', 'workbook.json']);
  });

  it('opens an existing workbook folder as it was', async () => {
    const book = workbookWith(2);
    const { store } = await setup(book);
    expect(store.read()).toEqual(ok(inStoredOrder(book)));
    expect(store.info()).toMatchObject({
      state: 'ok',
      isNew: false,
      fileSchemaVersion: CURRENT_SCHEMA_VERSION,
    });
  });

  it('converts a version-2 single file into a folder, and keeps the old file as a backup', async () => {
    const book = workbookWith(2);
    const v2 = fileText({ ...book, schemaVersion: 2 });
    const { dir, folder, store } = await setup(v2);
    expect(store.info()).toMatchObject({
      state: 'ok',
      fileSchemaVersion: CURRENT_SCHEMA_VERSION,
      filePath: folder,
    });
    expect(store.info().message).toMatch(/updated/);
    expect(store.read()).toEqual(ok(inStoredOrder(book)));
    expect(await onDisk(folder)).toEqual(inStoredOrder(book));
    expect(await readdir(dir)).toEqual(['workbook']);
    const backups = await readdir(join(folder, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^\d{4}-.*Z-version-2\.json$/)]);
    expect(await readFile(join(folder, 'backups', backups[0] ?? ''), 'utf8')).toBe(v2);
  });

  it('upgrades a version-1 file, saves it, and keeps the old file as a backup', async () => {
    const v1 = await readFile(new URL('../fixtures/workbook-v1.json', import.meta.url), 'utf8');
    const { dir, folder, store } = await setup(v1);
    expect(store.info()).toMatchObject({ state: 'ok', fileSchemaVersion: CURRENT_SCHEMA_VERSION });
    expect(store.info().message).toMatch(/updated/);
    const saved = await onDisk(folder);
    expect(saved.worksheets.filter((s) => s.kind === 'agreement')).toHaveLength(2);
    expect(await readdir(dir)).toEqual(['workbook']);
    const backups = await readdir(join(folder, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/-version-1\.json$/)]);
    expect(await readFile(join(folder, 'backups', backups[0] ?? ''), 'utf8')).toBe(v1);
  });
});

describe('saving', () => {
  it('writes atomically: the file holds the change and no temp file is left', async () => {
    const { folder, store, written } = await setup();
    written.length = 0;
    const result = await store.update((draft) => {
      draft.practice = { ...draft.practice, coachName: 'Helen Okafor' };
      return ok('done');
    });
    expect(result).toEqual(ok('done'));
    expect((await onDisk(folder)).practice.coachName).toBe('Helen Okafor');
    expect(written).toEqual(['workbook.json']);
    // The files of the workbook, and the backup taken before this session's first write.
    const files = await filesIn(folder);
    expect(files.filter((f) => !f.startsWith('backups'))).toEqual(['coach.json', 'workbook.json']);
    expect(files.filter((f) => f.endsWith('.tmp') || f.includes('/.'))).toEqual([]);
    expect(store.info().isNew).toBe(false);
  });

  it('a burst: 100 changes all resolve, each writes only its own client file, and all are saved', async () => {
    const { folder, store, written } = await setup();
    written.length = 0;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        store.update((draft) => {
          draft.clients.push(client(n));
          return ok(n);
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 100 }, (_, n) => ok(n)));
    expect(written.sort()).toEqual(
      Array.from({ length: 100 }, (_, n) => join('clients', `client-${n}.json`)).sort(),
    );
    expect((await onDisk(folder)).clients).toHaveLength(100);
  });

  it("a change to one client rewrites that client's file only", async () => {
    const { folder, store, written } = await setup(workbookWith(3));
    const untouched = await Promise.all(
      [mainFile(folder), clientFile(folder, 'client-0'), clientFile(folder, 'client-2')].map(
        (path) => readFile(path),
      ),
    );
    written.length = 0;
    const result = await store.update((draft) => {
      draft.clients = draft.clients.map((c) =>
        c.id === 'client-1' ? { ...c, notes: 'Moved to Leeds' } : c,
      );
      return ok(null);
    });
    expect(result).toEqual(ok(null));
    expect(written).toEqual([join('clients', 'client-1.json')]);
    expect(
      await Promise.all(
        [mainFile(folder), clientFile(folder, 'client-0'), clientFile(folder, 'client-2')].map(
          (path) => readFile(path),
        ),
      ),
    ).toEqual(untouched);
    const saved = await onDisk(folder);
    expect(saved.clients.map((c) => c.notes.slice(0, 14))).toEqual([
      'Prefers mornin',
      'Moved to Leeds',
      'Prefers mornin',
    ]);
    // Compact JSON: one line.
    expect(await readFile(clientFile(folder, 'client-1'), 'utf8')).not.toContain('\n');
  });

  it('resolves a change only once it is on disk', async () => {
    const { folder, store } = await setup();
    for (let n = 0; n < 5; n += 1) {
      await store.update((draft) => {
        draft.practice = { ...draft.practice, phone: String(n) };
        return ok(null);
      });
      expect((await onDisk(folder)).practice.phone).toBe(String(n));
    }
  });

  it('refuses an invalid change, naming the field, and writes nothing', async () => {
    const { folder, store, writes } = await setup();
    await store.update((draft) => {
      draft.clients.push(client(1));
      return ok(null);
    });
    const path = mainFile(folder);
    const clientPath = clientFile(folder, 'client-1');
    const bytes = [await readFile(path), await readFile(clientPath)];
    const before = writes();
    const result = await store.update((draft) => {
      draft.practice = { ...draft.practice, coachName: 'Changed too' };
      // Records are frozen: a change replaces the records it changes.
      draft.clients[0] = { ...client(1), status: 'vip' as 'active' };
      return ok(null);
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toContain('status');
    expect(result.error.problems?.map((p) => p.path)).toEqual(['status']);
    expect([await readFile(path), await readFile(clientPath)]).toEqual(bytes);
    expect(writes()).toBe(before);
    const shown = store.read();
    expect(shown.ok && shown.value.practice.coachName).toBe('');
  });

  it('passes on a refusal from the change itself without writing', async () => {
    const { store, writes } = await setup();
    const before = writes();
    expect(await store.update(() => fail('notFound', 'No such client.'))).toEqual(
      fail('notFound', 'No such client.'),
    );
    expect(writes()).toBe(before);
  });

  it('does not apply a change that could not be written, says so, and retrying it works', async () => {
    const { folder, store } = await setup();
    const saved = await store.update((draft) => {
      draft.practice = { ...draft.practice, businessName: 'Northbridge' };
      return ok(null);
    });
    expect(saved).toEqual(ok(null));
    const kept = await readFile(mainFile(folder));
    // The folder disappears (a USB stick pulled out): the write cannot happen.
    const aside = `${folder}-unplugged`;
    await rename(folder, aside);
    const change = (draft: Workbook) => {
      draft.practice = { ...draft.practice, coachName: 'Typed while the disk was gone' };
      return ok(null);
    };
    const failed = await store.update(change);
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('io');
      expect(failed.error.message).toMatch(/was not saved/);
    }
    // Not applied: nothing is kept in memory that is not on disk.
    const shown = store.read();
    expect(shown.ok && shown.value.practice).toMatchObject({
      coachName: '',
      businessName: 'Northbridge',
    });
    await expect(stat(folder)).rejects.toThrow();

    // The stick is back: the same change, tried again, is saved.
    await rename(aside, folder);
    expect(await readFile(mainFile(folder))).toEqual(kept);
    expect(await store.update(change)).toEqual(ok(null));
    expect((await onDisk(folder)).practice).toMatchObject({
      coachName: 'Typed while the disk was gone',
      businessName: 'Northbridge',
    });
    const again = store.read();
    expect(again.ok && again.value.practice.coachName).toBe('Typed while the disk was gone');
  });

  it('saves each change to a 1,000-client workbook (timing: npm run bench)', async () => {
    const { folder, store } = await setup(workbookWith(1000));
    for (let n = 0; n < 5; n += 1) {
      const result = await store.update((draft) => {
        const first = draft.clients[0];
        if (first) draft.clients[0] = { ...first, notes: `Updated ${n}` };
        return ok(null);
      });
      expect(result).toEqual(ok(null));
    }
    expect((await onDisk(folder)).clients[0]?.notes).toBe('Updated 4');
  });

  it('close waits for pending writes, then refuses changes', async () => {
    const { folder, store } = await setup();
    const pending = store.update((draft) => {
      draft.practice = { ...draft.practice, coachName: 'Last words' };
      return ok(null);
    });
    await store.close();
    expect((await onDisk(folder)).practice.coachName).toBe('Last words');
    expect(await pending).toEqual(ok(null));
    expect((await store.update(() => ok(null))).ok).toBe(false);
  });
});
