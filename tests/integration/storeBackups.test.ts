import { copyFile, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { ok } from '../../src/shared/result';
import { tempDirs } from '../helpers/tempDir';
import {
  mainFile,
  readWorkbookFolder,
  workbookWith,
  writeWorkbookFolder,
} from './support/workbooks';

const dirs = tempDirs();
afterEach(dirs.cleanup);
const MINUTE = 60 * 1000;

async function setup(options: { backupsToKeep?: number } = {}) {
  const dir = await dirs.make('backups');
  const folder = join(dir, 'workbook');
  await writeWorkbookFolder(folder, workbookWith(1));
  const clock = { at: Date.parse('2025-05-01T08:00:00.000Z') };
  const store = await openWorkbookStore(folder, { ...options, now: () => new Date(clock.at) });
  const setPhone = (phone: string) =>
    store.update((draft) => {
      draft.practice = { ...draft.practice, phone };
      return ok(null);
    });
  const backupsFolder = join(folder, 'backups');
  const backupNames = async () => (await readdir(backupsFolder)).sort();
  return { dir, folder, backupsFolder, store, clock, setPhone, backupNames };
}

/** The practice phone a workbook folder (or a backup of one) holds. */
const phoneIn = async (folder: string) => (await readWorkbookFolder(folder)).practice.phone;

/**
 * Every workbook file under `folder` with its bytes: the lock, the validation cache and a
 * backup's size note (`backup.json`) left out.
 */
async function filesIn(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    const note = e.name === '.validated.json' || e.name === 'backup.json';
    if (e.isFile() && !path.includes('workbook.lock') && !note)
      files.set(relative(folder, path), await readFile(path));
  }
  return files;
}

describe('backups', () => {
  it('copies the files before the first write of a session, then at most every 10 minutes', async () => {
    const { backupsFolder, store, clock, setPhone, backupNames } = await setup();
    await setPhone('1');
    expect(await backupNames()).toEqual(['2025-05-01T08-00-00-000Z']);
    clock.at += 9 * MINUTE;
    await setPhone('2');
    expect(await backupNames()).toHaveLength(1);
    clock.at += 2 * MINUTE;
    await setPhone('3');
    const names = await backupNames();
    expect(names).toEqual(['2025-05-01T08-00-00-000Z', '2025-05-01T08-11-00-000Z']);
    // The backups hold the files as they were just before: the original, then the state after '2'.
    const inBackups = await Promise.all(names.map((n) => phoneIn(join(backupsFolder, n))));
    expect(inBackups).toEqual(['', '2']);
    // Each backup mirrors the layout: the main file, the coach's file and each client's.
    expect([...(await filesIn(join(backupsFolder, names[0] ?? ''))).keys()].sort()).toEqual([
      'clients/client-0.json',
      'coach.json',
      'workbook.json',
    ]);
    expect(store.info().backups.map((b) => b.takenAt)).toEqual([
      '2025-05-01T08:11:00.000Z',
      '2025-05-01T08:00:00.000Z',
    ]);
  });

  it('keeps only the newest backups, as many as configured', async () => {
    const { backupsFolder, clock, setPhone, backupNames, store } = await setup({
      backupsToKeep: 3,
    });
    for (let n = 1; n <= 7; n += 1) {
      await setPhone(String(n));
      clock.at += 10 * MINUTE;
    }
    const names = await backupNames();
    expect(names).toHaveLength(3);
    const inBackups = await Promise.all(names.map((n) => phoneIn(join(backupsFolder, n))));
    expect(inBackups).toEqual(['4', '5', '6']);
    expect((await store.listBackups()).map((b) => b.id)).toEqual([...names].reverse());
  });

  it('keeps 20 by default', async () => {
    const { clock, setPhone, backupNames } = await setup();
    for (let n = 1; n <= 23; n += 1) {
      await setPhone(String(n));
      clock.at += 10 * MINUTE;
    }
    expect(await backupNames()).toHaveLength(20);
  });

  it('links a file unchanged since the last backup instead of copying it again', async () => {
    const { backupsFolder, store, clock, setPhone, backupNames } = await setup();
    await setPhone('1');
    clock.at += 11 * MINUTE;
    await setPhone('2');
    const [first, second] = await backupNames();
    const inode = async (backup: string | undefined, file: string) =>
      (await stat(join(backupsFolder, backup ?? '', file))).ino;
    // The client did not change: one file on disk, in both backups.
    expect(await inode(second, 'clients/client-0.json')).toBe(
      await inode(first, 'clients/client-0.json'),
    );
    // The main file did (the phone): the second backup holds its own copy, as it was then.
    expect(await inode(second, 'workbook.json')).not.toBe(await inode(first, 'workbook.json'));
    expect(await phoneIn(join(backupsFolder, second ?? ''))).toBe('1');
    expect(store.info().backups[0]?.sizeBytes).toBeGreaterThan(0);
  });

  it('restores a backup in normal use, keeping what it replaced as a backup, untouched', async () => {
    const { folder, backupsFolder, store, clock, setPhone } = await setup();
    await setPhone('before');
    clock.at += 11 * MINUTE;
    await setPhone('after');
    clock.at += 1 * MINUTE;
    const current = await filesIn(folder);
    const [newest] = await store.listBackups();
    expect(newest?.id).toBe('2025-05-01T08-11-00-000Z');
    const restored = await store.restoreBackup(newest?.id ?? '');
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.state).toBe('ok');
    expect(restored.value.message).toMatch(/restored.*kept as a backup/s);
    expect(await phoneIn(folder)).toBe('before');
    const shown = store.read();
    expect(shown.ok && shown.value.practice.phone).toBe('before');
    // What was replaced is the newest backup now, byte for byte.
    const [replaced] = restored.value.backups;
    expect(replaced?.id).toBe('2025-05-01T08-12-00-000Z');
    const kept = await filesIn(join(backupsFolder, replaced?.id ?? ''));
    for (const [name, bytes] of kept) {
      expect(bytes, name).toEqual(current.get(name));
    }
    expect([...kept.keys()].sort()).toEqual(
      [...current.keys()].filter((n) => !n.startsWith('backups')).sort(),
    );
    const leftovers = [...(await filesIn(folder)).keys()].filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('restores an old-version backup (a single file) by upgrading it', async () => {
    const { folder, backupsFolder, store } = await setup();
    await mkdir(backupsFolder, { recursive: true });
    const id = '2024-03-02T16-45-00-000Z-version-1.json';
    await copyFile(
      new URL('../fixtures/workbook-v1.json', import.meta.url),
      join(backupsFolder, id),
    );
    const restored = await store.restoreBackup(id);
    expect(restored.ok && restored.value.state).toBe('ok');
    const saved = await readWorkbookFolder(folder);
    expect(saved.practice.coachName).toBe('Helen Okafor');
    expect(saved.worksheets.filter((s) => s.kind === 'agreement')).toHaveLength(2);
  });

  it.each([
    '../workbook.json',
    '..',
    'backups/../../etc/passwd',
    '..\\workbook.json',
    '/etc/passwd',
    '2025-05-01T08-00-00-000Z/..',
    '2025-05-01T08-00-00-000Z/../../workbook.json',
    '',
  ])('refuses the backup id %j and changes nothing', async (id) => {
    const { folder, store, setPhone } = await setup();
    await setPhone('kept');
    const before = await filesIn(folder);
    expect(before.has('workbook.json')).toBe(true);
    const result = await store.restoreBackup(id);
    expect(!result.ok && result.error.code).toBe('invalid');
    expect(await filesIn(folder)).toEqual(before);
    expect(await readFile(mainFile(folder))).toEqual(before.get('workbook.json'));
  });

  it('refuses a well-formed id that is not an existing backup', async () => {
    const { store } = await setup();
    for (const id of ['2001-01-01T00-00-00-000Z', '2001-01-01T00-00-00-000Z-version-1.json']) {
      const result = await store.restoreBackup(id);
      expect(!result.ok && result.error.code).toBe('notFound');
    }
  });
});
