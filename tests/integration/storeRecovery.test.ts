import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookStore } from '../../src/main/store';
import { ok } from '../../src/shared/result';
import { CURRENT_SCHEMA_VERSION } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import {
  clientFile,
  fileText,
  mainFile,
  readWorkbookFolder,
  workbookWith,
  writeWorkbookFolder,
} from './support/workbooks';

const dirs = tempDirs();
afterEach(dirs.cleanup);

/** A workbook folder whose backups hold an older and a newer good version of the work. */
async function folderWithBackups() {
  const dir = await dirs.make('recovery');
  const folder = join(dir, 'workbook');
  await writeWorkbookFolder(folder, workbookWith(1));
  let clock = Date.parse('2025-03-01T09:00:00.000Z');
  const now = () => new Date(clock);
  const store = await openWorkbookStore(folder, { now });
  for (const name of ['First version', 'Second version', 'Third version']) {
    clock += 11 * 60 * 1000; // each save 11 minutes apart: each takes a backup first
    await store.update((draft) => {
      draft.practice = { ...draft.practice, coachName: name };
      return ok(null);
    });
  }
  await store.close();
  return { dir, folder, path: mainFile(folder) };
}

/** Every file under `folder` with its bytes (the lock left out). */
async function filesIn(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    if (e.isFile() && !path.includes('workbook.lock'))
      files.set(relative(folder, path), await readFile(path));
  }
  return files;
}

const mainText = JSON.stringify({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  practice: workbookWith(0).practice,
  agreementTemplate: workbookWith(0).agreementTemplate,
  exportHistory: [],
});
const A5 = mainText.replace('"paperSize":"A4"', '"paperSize":"A5"');
const CASES: [string, string | Buffer, RegExp][] = [
  ['corrupt', Buffer.from([0x7b, 0x22, 0xff, 0x00, 0x13, 0x37, 0x0a]), /not text/],
  ['truncated', mainText.slice(0, mainText.length / 2), /ends too early \(truncated\?\)/],
  ['hand-edited with a paper size "A5"', A5, /paperSize/],
  ['empty', '', /empty/],
  ['without a version', JSON.stringify({ clients: [] }), /version/i],
];

describe('a main file that cannot be read', () => {
  it('the hand edit of the cases below is one', () => {
    expect(A5).not.toBe(mainText);
  });

  it.each(CASES)(
    '%s: set aside byte for byte, recovery offers the newest valid backup',
    async (_, bytes, reason) => {
      const { folder, path } = await folderWithBackups();
      await writeFile(path, bytes);
      const store = await openWorkbookStore(folder);
      const info = store.info();
      expect(info.state).toBe('recovery');
      expect(info.message).toMatch(reason);
      const [aside, ...others] = info.setAside;
      expect(others).toEqual([]);
      expect(aside).toMatchObject({ reason: 'unreadable' });
      expect(aside?.name).toMatch(/^workbook\.unreadable-.+\.json$/);
      expect(info.message).toContain(aside?.name);
      const asidePath = join(folder, 'set-aside', aside?.name ?? '');
      expect(await readFile(asidePath)).toEqual(Buffer.from(bytes));
      expect((await readdir(folder)).includes('workbook.json')).toBe(false);

      expect(store.read().ok).toBe(false);
      const refused = await store.update(() => ok(null));
      expect(!refused.ok && refused.error.code).toBe('recovery');

      // Backups are offered newest first; the newest holds the last version saved before it.
      const newest = info.backups[0];
      expect(info.backups).toHaveLength(3);
      const restored = await store.restoreBackup(newest?.id ?? '');
      expect(restored.ok && restored.value.state).toBe('ok');
      expect(restored.ok && restored.value.setAside).toEqual(info.setAside);
      const shown = store.read();
      expect(shown.ok && shown.value.practice.coachName).toBe('Second version');
      expect((await readWorkbookFolder(folder)).practice.coachName).toBe('Second version');
      expect(await readFile(asidePath)).toEqual(Buffer.from(bytes));
      expect(await store.update(() => ok(1))).toEqual(ok(1));
      await store.close();
    },
  );

  it('skips a damaged backup: only backups that can be restored are offered', async () => {
    const { folder, path } = await folderWithBackups();
    const backupDir = join(folder, 'backups');
    const names = (await readdir(backupDir)).sort();
    await writeFile(
      mainFile(join(backupDir, names[names.length - 1] ?? '')),
      '{"schemaVersion": 3, "pr',
    );
    await writeFile(path, 'not json');
    const store = await openWorkbookStore(folder);
    expect(store.info().backups.map((b) => b.id)).toEqual(names.slice(0, -1).reverse());
    await store.restoreBackup(store.info().backups[0]?.id ?? '');
    const shown = store.read();
    expect(shown.ok && shown.value.practice.coachName).toBe('First version');
    await store.close();
  });

  it('stays in recovery after a restart without restoring, so the backups are not forgotten', async () => {
    const { folder, path } = await folderWithBackups();
    await writeFile(path, '{');
    await (await openWorkbookStore(folder)).close();
    const again = await openWorkbookStore(folder);
    expect(again.info()).toMatchObject({ state: 'recovery', backups: [{}, {}, {}] });
    expect(again.info().message).toMatch(/missing/);
    expect(again.info().setAside).toHaveLength(1);
    await again.close();
  });

  it('with no backup at all, says so; a new workbook is started only when asked', async () => {
    const dir = await dirs.make('recovery');
    const folder = join(dir, 'workbook');
    await writeWorkbookFolder(folder, workbookWith(1));
    await writeFile(mainFile(folder), '[]');
    const store = await openWorkbookStore(folder);
    expect(store.info()).toMatchObject({ state: 'recovery', backups: [] });
    expect(store.info().message).toMatch(/No backup/);
    await store.close();
  });
});

describe('a client file that cannot be read', () => {
  it('is set aside byte for byte; the rest of the workbook opens, saying so', async () => {
    const dir = await dirs.make('recovery');
    const folder = join(dir, 'workbook');
    await writeWorkbookFolder(folder, workbookWith(2));
    const text = await readFile(clientFile(folder, 'client-1'), 'utf8');
    const vip = text.replace('"status":"active"', '"status":"vip"');
    expect(vip).not.toBe(text);
    await writeFile(clientFile(folder, 'client-1'), vip);
    const store = await openWorkbookStore(folder);
    const info = store.info();
    expect(info.state).toBe('ok');
    expect(info.message).toMatch(/status/);
    expect(info.setAside).toEqual([expect.objectContaining({ reason: 'unreadable' })]);
    expect(info.message).toContain(info.setAside[0]?.name);
    expect(await readFile(join(folder, 'set-aside', info.setAside[0]?.name ?? ''), 'utf8')).toBe(
      vip,
    );
    const shown = store.read();
    expect(shown.ok && shown.value.clients.map((c) => c.id)).toEqual(['client-0']);
    expect(await store.update(() => ok(1))).toEqual(ok(1));
    await store.close();
  });
});

describe('a workbook from a newer version of the app', () => {
  it('a single file: opens read-only, shows the workbook, and is never written', async () => {
    const dir = await dirs.make('newer');
    const path = join(dir, 'notes.json');
    const text = fileText({ ...workbookWith(2), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await writeFile(path, text);
    const store = await openWorkbookStore(path);
    expect(store.info()).toMatchObject({
      state: 'readOnly',
      fileSchemaVersion: CURRENT_SCHEMA_VERSION + 1,
      keptAsidePath: null,
    });
    expect(store.info().message).toMatch(/newer version/);
    const shown = store.read();
    expect(shown.ok && shown.value.clients).toHaveLength(2);
    const refused = await store.update(() => ok(null));
    expect(!refused.ok && refused.error.code).toBe('readOnly');
    await store.close();
    expect(await readFile(path, 'utf8')).toBe(text);
    const files = await filesIn(dir);
    expect([...files.keys()]).toEqual(['notes.json']);
  });

  it('a folder: opens read-only and is never written', async () => {
    const dir = await dirs.make('newer');
    const folder = join(dir, 'workbook');
    await writeWorkbookFolder(folder, workbookWith(2));
    const main = JSON.parse(await readFile(mainFile(folder), 'utf8')) as Record<string, unknown>;
    await writeFile(
      mainFile(folder),
      JSON.stringify({ ...main, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    );
    const before = await filesIn(folder);
    const store = await openWorkbookStore(folder);
    expect(store.info()).toMatchObject({
      state: 'readOnly',
      fileSchemaVersion: CURRENT_SCHEMA_VERSION + 1,
    });
    expect(store.info().message).toMatch(/newer version/);
    const refused = await store.update(() => ok(null));
    expect(!refused.ok && refused.error.code).toBe('readOnly');
    await store.close();
    expect(await filesIn(folder)).toEqual(before);
  });

  it('explains when it cannot even show it', async () => {
    const dir = await dirs.make('newer');
    const path = join(dir, 'notes.json');
    await writeFile(path, JSON.stringify({ schemaVersion: 99, people: [] }));
    const store = await openWorkbookStore(path);
    const shown = store.read();
    expect(store.info().state).toBe('readOnly');
    expect(!shown.ok && shown.error.message).toMatch(/update/i);
    await store.close();
  });
});
