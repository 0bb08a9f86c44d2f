import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { fail, ok } from '../../src/shared/result';
import { workbook } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import { client, fileText, workbookWith } from './support/workbooks';

const dirs = tempDirs();
afterEach(dirs.cleanup);

async function setup(initial?: string) {
  const dir = await dirs.make('store');
  const path = join(dir, 'workbook.json');
  if (initial !== undefined) await writeFile(path, initial);
  let writes = 0;
  const store = await openWorkbookStore(path, { onWrite: () => (writes += 1) });
  return { dir, path, store, writes: () => writes };
}

const onDisk = async (path: string) => workbook.parse(JSON.parse(await readFile(path, 'utf8')));

describe('opening', () => {
  it('creates and saves a new workbook when there is no file', async () => {
    const { path, store } = await setup();
    expect(store.info()).toMatchObject({ state: 'ok', isNew: true, filePath: path });
    expect((await onDisk(path)).clients).toEqual([]);
  });

  it('opens an existing workbook as it was', async () => {
    const book = workbookWith(2);
    const { store } = await setup(fileText(book));
    expect(store.read()).toEqual(ok(book));
    expect(store.info()).toMatchObject({ state: 'ok', isNew: false, fileSchemaVersion: 2 });
  });

  it('upgrades a version-1 file, saves it, and keeps the old file as a backup', async () => {
    const v1 = await readFile(new URL('../fixtures/workbook-v1.json', import.meta.url), 'utf8');
    const { dir, path, store } = await setup(v1);
    expect(store.info()).toMatchObject({ state: 'ok', fileSchemaVersion: 2 });
    expect(store.info().message).toMatch(/updated/);
    const saved = await onDisk(path);
    expect(saved.worksheets.filter((s) => s.kind === 'agreement')).toHaveLength(2);
    const backups = await readdir(join(dir, 'workbook.backups'));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dir, 'workbook.backups', backups[0] ?? ''), 'utf8')).toBe(v1);
  });
});

describe('saving', () => {
  it('writes atomically: the file holds the change and no temp file is left', async () => {
    const { dir, path, store } = await setup();
    const result = await store.update((draft) => {
      draft.practice.coachName = 'Helen Okafor';
      return ok('done');
    });
    expect(result).toEqual(ok('done'));
    expect((await onDisk(path)).practice.coachName).toBe('Helen Okafor');
    expect((await readdir(dir)).sort()).toEqual(['workbook.json']);
    expect(store.info().isNew).toBe(false);
  });

  it('coalesces a burst: 100 changes all resolve, in far fewer writes, and all are saved', async () => {
    const { path, store, writes } = await setup();
    const before = writes();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        store.update((draft) => {
          draft.clients.push(client(n));
          return ok(n);
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 100 }, (_, n) => ok(n)));
    expect(writes() - before).toBeLessThanOrEqual(3);
    expect((await onDisk(path)).clients).toHaveLength(100);
  });

  it('resolves a change only once it is on disk', async () => {
    const { path, store } = await setup();
    for (let n = 0; n < 5; n += 1) {
      await store.update((draft) => {
        draft.practice.phone = String(n);
        return ok(null);
      });
      expect((await onDisk(path)).practice.phone).toBe(String(n));
    }
  });

  it('refuses an invalid change, naming the field, and writes nothing', async () => {
    const { path, store, writes } = await setup();
    await store.update((draft) => {
      draft.clients.push(client(1));
      return ok(null);
    });
    const bytes = await readFile(path);
    const before = writes();
    const result = await store.update((draft) => {
      draft.practice.coachName = 'Changed too';
      Object.assign(draft.clients[0] ?? {}, { status: 'vip' });
      return ok(null);
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toContain('clients.0.status');
    expect(result.error.problems?.map((p) => p.path)).toEqual(['clients.0.status']);
    expect(await readFile(path)).toEqual(bytes);
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

  it('keeps a change that could not be written, says so, and saves it with the next change', async () => {
    const { dir, path, store } = await setup();
    // The folder disappears (a USB stick pulled out): the write cannot happen.
    await rm(dir, { recursive: true });
    const failed = await store.update((draft) => {
      draft.practice.coachName = 'Typed while the disk was gone';
      return ok(null);
    });
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('io');
      expect(failed.error.message).toMatch(/could not be saved.*kept/s);
    }
    const shown = store.read();
    expect(shown.ok && shown.value.practice.coachName).toBe('Typed while the disk was gone');

    await mkdir(dir);
    const next = await store.update((draft) => {
      draft.practice.businessName = 'Northbridge';
      return ok(null);
    });
    expect(next).toEqual(ok(null));
    expect((await onDisk(path)).practice).toMatchObject({
      coachName: 'Typed while the disk was gone',
      businessName: 'Northbridge',
    });
  });

  it('saves each change to a 1,000-client workbook (timing: npm run bench)', async () => {
    const { path, store } = await setup(fileText(workbookWith(1000)));
    for (let n = 0; n < 5; n += 1) {
      const result = await store.update((draft) => {
        const first = draft.clients[0];
        if (first) first.notes = `Updated ${n}`;
        return ok(null);
      });
      expect(result).toEqual(ok(null));
    }
    expect((await onDisk(path)).clients[0]?.notes).toBe('Updated 4');
  });

  it('close waits for pending writes, then refuses changes', async () => {
    const { path, store } = await setup();
    const pending = store.update((draft) => {
      draft.practice.coachName = 'Last words';
      return ok(null);
    });
    await store.close();
    expect((await onDisk(path)).practice.coachName).toBe('Last words');
    expect(await pending).toEqual(ok(null));
    expect((await store.update(() => ok(null))).ok).toBe(false);
  });
});
