import { readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { ok } from '../../src/shared/result';
import { CURRENT_SCHEMA_VERSION, workbook } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import { fileText, workbookWith } from './support/workbooks';

const dirs = tempDirs();
afterEach(dirs.cleanup);

/** A workbook folder whose backups hold an older and a newer good version of the work. */
async function folderWithBackups() {
  const dir = await dirs.make('recovery');
  const path = join(dir, 'workbook.json');
  let clock = Date.parse('2025-03-01T09:00:00.000Z');
  const now = () => new Date(clock);
  const store = await openWorkbookStore(path, { now });
  for (const name of ['First version', 'Second version', 'Third version']) {
    clock += 11 * 60 * 1000; // each save 11 minutes apart: each takes a backup first
    await store.update((draft) => {
      draft.practice.coachName = name;
      return ok(null);
    });
  }
  await store.close();
  return { dir, path };
}

const validText = fileText(workbookWith(1));
const vip = validText.replace('"status": "active"', '"status": "vip"');
const CASES: [string, string | Buffer, RegExp][] = [
  [
    'corrupt',
    Buffer.from([0x7b, 0x22, 0xff, 0x00, 0x13, 0x37, 0x0a]),
    /not valid workbook data|truncated/,
  ],
  ['truncated', validText.slice(0, validText.length / 2), /ends too early \(truncated\?\)/],
  ['hand-edited with a client status "vip"', vip, /clients\.0\.status/],
  ['empty', '', /empty/],
  ['without a version', JSON.stringify({ clients: [] }), /version/],
];

describe('a file that cannot be read', () => {
  it.each(CASES)(
    '%s: kept aside byte for byte, recovery offers the newest valid backup',
    async (_, bytes, reason) => {
      const { dir, path } = await folderWithBackups();
      await writeFile(path, bytes);
      const store = await openWorkbookStore(path);
      const info = store.info();
      expect(info.state).toBe('recovery');
      expect(info.message).toMatch(reason);
      expect(info.keptAsidePath).toMatch(/workbook\.unreadable-.+\.json$/);
      expect(info.message).toContain(basename(info.keptAsidePath ?? ''));
      expect(await readFile(info.keptAsidePath ?? '')).toEqual(Buffer.from(bytes));
      expect((await readdir(dir)).includes('workbook.json')).toBe(false);

      expect(store.read().ok).toBe(false);
      const refused = await store.update(() => ok(null));
      expect(!refused.ok && refused.error.code).toBe('recovery');

      // Backups are offered newest first; the newest holds the last version saved before it.
      const newest = info.backups[0];
      expect(info.backups).toHaveLength(3);
      const restored = await store.restoreBackup(newest?.id ?? '');
      expect(restored.ok && restored.value.state).toBe('ok');
      expect(restored.ok && restored.value.keptAsidePath).toBe(info.keptAsidePath);
      const shown = store.read();
      expect(shown.ok && shown.value.practice.coachName).toBe('Second version');
      const saved = workbook.parse(JSON.parse(await readFile(path, 'utf8')));
      expect(saved.practice.coachName).toBe('Second version');
      expect(await readFile(info.keptAsidePath ?? '')).toEqual(Buffer.from(bytes));
      expect(await store.update(() => ok(1))).toEqual(ok(1));
    },
  );

  it('skips a damaged backup: only backups that can be restored are offered', async () => {
    const { dir, path } = await folderWithBackups();
    const backupDir = join(dir, 'workbook.backups');
    const names = (await readdir(backupDir)).sort();
    await writeFile(join(backupDir, names[names.length - 1] ?? ''), '{"schemaVersion": 2, "cli');
    await writeFile(path, 'not json');
    const store = await openWorkbookStore(path);
    expect(store.info().backups.map((b) => b.id)).toEqual(names.slice(0, -1).reverse());
    await store.restoreBackup(store.info().backups[0]?.id ?? '');
    const shown = store.read();
    expect(shown.ok && shown.value.practice.coachName).toBe('First version');
  });

  it('stays in recovery after a restart without restoring, so the backups are not forgotten', async () => {
    const { path } = await folderWithBackups();
    await writeFile(path, '{');
    await (await openWorkbookStore(path)).close();
    const again = await openWorkbookStore(path);
    expect(again.info()).toMatchObject({ state: 'recovery', backups: [{}, {}, {}] });
    expect(again.info().message).toMatch(/missing/);
  });

  it('with no backup at all, says so', async () => {
    const dir = await dirs.make('recovery');
    const path = join(dir, 'workbook.json');
    await writeFile(path, '[]');
    const store = await openWorkbookStore(path);
    expect(store.info()).toMatchObject({ state: 'recovery', backups: [] });
    expect(store.info().message).toMatch(/No backup/);
  });
});

describe('a file from a newer version of the app', () => {
  it('opens read-only, shows the workbook, and is never written', async () => {
    const dir = await dirs.make('newer');
    const path = join(dir, 'workbook.json');
    const text = fileText({ ...workbookWith(2), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await writeFile(path, text);
    const store = await openWorkbookStore(path);
    expect(store.info()).toMatchObject({
      state: 'readOnly',
      fileSchemaVersion: 3,
      keptAsidePath: null,
    });
    expect(store.info().message).toMatch(/newer version/);
    const shown = store.read();
    expect(shown.ok && shown.value.clients).toHaveLength(2);
    const refused = await store.update(() => ok(null));
    expect(!refused.ok && refused.error.code).toBe('readOnly');
    await store.close();
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['workbook.json']);
  });

  it('explains when it cannot even show it', async () => {
    const dir = await dirs.make('newer');
    const path = join(dir, 'workbook.json');
    await writeFile(path, JSON.stringify({ schemaVersion: 99, people: [] }));
    const store = await openWorkbookStore(path);
    const shown = store.read();
    expect(store.info().state).toBe('readOnly');
    expect(!shown.ok && shown.error.message).toMatch(/update/i);
  });
});
