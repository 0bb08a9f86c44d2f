import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { ok } from '../../src/shared/result';
import { workbook } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import { fileText, workbookWith } from './support/workbooks';

const dirs = tempDirs();
afterEach(dirs.cleanup);
const MINUTE = 60 * 1000;

async function setup(options: { backupsToKeep?: number } = {}) {
  const dir = await dirs.make('backups');
  const path = join(dir, 'workbook.json');
  await writeFile(path, fileText(workbookWith(1)));
  const clock = { at: Date.parse('2025-05-01T08:00:00.000Z') };
  const store = await openWorkbookStore(path, { ...options, now: () => new Date(clock.at) });
  const setPhone = (phone: string) =>
    store.update((draft) => {
      draft.practice.phone = phone;
      return ok(null);
    });
  const backupFiles = async () => (await readdir(join(dir, 'workbook.backups'))).sort();
  return { dir, path, store, clock, setPhone, backupFiles };
}

const phoneIn = async (file: string) =>
  workbook.parse(JSON.parse(await readFile(file, 'utf8'))).practice.phone;

describe('backups', () => {
  it('copies the file before the first write of a session, then at most every 10 minutes', async () => {
    const { dir, store, clock, setPhone, backupFiles } = await setup();
    await setPhone('1');
    expect(await backupFiles()).toHaveLength(1);
    clock.at += 9 * MINUTE;
    await setPhone('2');
    expect(await backupFiles()).toHaveLength(1);
    clock.at += 2 * MINUTE;
    await setPhone('3');
    const files = await backupFiles();
    expect(files).toHaveLength(2);
    // The backups hold the file as it was just before: the original, then the state after '2'.
    const inBackups = await Promise.all(
      files.map((f) => phoneIn(join(dir, 'workbook.backups', f))),
    );
    expect(inBackups).toEqual(['', '2']);
    expect(store.info().backups.map((b) => b.takenAt)).toEqual([
      '2025-05-01T08:11:00.000Z',
      '2025-05-01T08:00:00.000Z',
    ]);
  });

  it('keeps only the newest backups, as many as configured', async () => {
    const { dir, clock, setPhone, backupFiles, store } = await setup({ backupsToKeep: 3 });
    for (let n = 1; n <= 7; n += 1) {
      await setPhone(String(n));
      clock.at += 10 * MINUTE;
    }
    const files = await backupFiles();
    expect(files).toHaveLength(3);
    const inBackups = await Promise.all(
      files.map((f) => phoneIn(join(dir, 'workbook.backups', f))),
    );
    expect(inBackups).toEqual(['4', '5', '6']);
    expect((await store.listBackups()).map((b) => b.id)).toEqual([...files].reverse());
  });

  it('keeps 20 by default', async () => {
    const { clock, setPhone, backupFiles } = await setup();
    for (let n = 1; n <= 23; n += 1) {
      await setPhone(String(n));
      clock.at += 10 * MINUTE;
    }
    expect(await backupFiles()).toHaveLength(20);
  });

  it('restores a backup in normal use, keeping the replaced file aside untouched', async () => {
    const { dir, path, store, clock, setPhone } = await setup();
    await setPhone('before');
    clock.at += 11 * MINUTE;
    await setPhone('after');
    const current = await readFile(path);
    const [newest] = await store.listBackups();
    const restored = await store.restoreBackup(newest?.id ?? '');
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.keptAsidePath).toMatch(/workbook\.replaced-.+\.json$/);
    expect(await readFile(restored.value.keptAsidePath ?? '')).toEqual(current);
    expect(await phoneIn(path)).toBe('before');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('restores an old-version backup by upgrading it', async () => {
    const { dir, path, store } = await setup();
    await mkdir(join(dir, 'workbook.backups'));
    await copyFile(
      new URL('../fixtures/workbook-v1.json', import.meta.url),
      join(dir, 'workbook.backups', 'workbook-2024-03-02T16-45-00-000Z.json'),
    );
    const restored = await store.restoreBackup('workbook-2024-03-02T16-45-00-000Z.json');
    expect(restored.ok && restored.value.state).toBe('ok');
    const saved = workbook.parse(JSON.parse(await readFile(path, 'utf8')));
    expect(saved.practice.coachName).toBe('Helen Okafor');
    expect(saved.worksheets.filter((s) => s.kind === 'agreement')).toHaveLength(2);
  });

  it.each([
    '../workbook.json',
    '..',
    'workbook.backups/../../etc/passwd',
    '..\\workbook.json',
    '/etc/passwd',
    'workbook-2025-05-01T08-00-00-000Z.json/..',
    '',
  ])('refuses the backup id %j and changes nothing', async (id) => {
    const { dir, path, store, setPhone } = await setup();
    await setPhone('kept');
    const bytes = await readFile(path);
    const before = (await readdir(dir)).sort();
    const result = await store.restoreBackup(id);
    expect(!result.ok && result.error.code).toBe('invalid');
    expect(await readFile(path)).toEqual(bytes);
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('refuses a well-formed id that is not an existing backup', async () => {
    const { store } = await setup();
    const result = await store.restoreBackup('workbook-2001-01-01T00-00-00-000Z.json');
    expect(!result.ok && result.error.code).toBe('notFound');
  });
});
