import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, type CommandContext } from '../../src/main/shell/commands';
import { buildMenuTemplate } from '../../src/main/shell/menu';
import {
  exportFolderPathIn,
  loadLastExportFolder,
  saveLastExportFolder,
} from '../../src/main/shell/exportFolderMemory';
import { tempDirs } from '../helpers/tempDir';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { modeOf, underPermissiveUmask } from '../helpers/privateFiles';

function fileMenu(isMac: boolean, runInPage = vi.fn()): MenuItemConstructorOptions[] {
  const context: CommandContext = {
    isMac,
    isDev: false,
    showDataFolder: vi.fn(),
    openWorkbook: vi.fn(),
    newWorkbook: vi.fn(),
    runInPage,
  };
  const file = buildMenuTemplate(COMMANDS, context).find((menu) => menu.label === 'File');
  return Array.isArray(file?.submenu) ? file.submenu : [];
}

describe('File > Export to Word', () => {
  it('comes after New and Open in File, beside New Client, with Ctrl+E (⌘E on a Mac) shown but left to the page', () => {
    const entries = fileMenu(false);
    expect(entries.slice(0, 6).map((entry) => entry.id ?? entry.type)).toEqual([
      'file.new',
      'file.open',
      'separator',
      'file.newClient',
      'file.export',
      'separator',
    ]);
    const item = entries[4];
    expect(item?.label).toBe('Export to Word…');
    expect(item?.accelerator).toBe('CmdOrCtrl+E');
    // The page knows what is on screen; the key must reach it rather than stop at the menu.
    expect(item?.registerAccelerator).toBe(false);
  });

  it('asks the page to export its screen when clicked', () => {
    for (const isMac of [false, true]) {
      const runInPage = vi.fn();
      const item = fileMenu(isMac, runInPage).find((entry) => entry.id === 'file.export');
      if (item?.click) Reflect.apply(item.click, undefined, []);
      expect(runInPage).toHaveBeenCalledWith('export');
    }
  });
});

describe('the last export folder', () => {
  const dirs = tempDirs();
  afterEach(dirs.cleanup);

  it('is remembered next to the window state, and read back', async () => {
    const dataFolder = await dirs.make('export-memory');
    const file = exportFolderPathIn(dataFolder);
    expect(file).toBe(join(dataFolder, 'export-folder.json'));
    expect(await loadLastExportFolder(file)).toBeNull();
    await saveLastExportFolder(file, '/home/coach/Clients/Jane');
    expect(await loadLastExportFolder(file)).toBe('/home/coach/Clients/Jane');
  });

  it('is forgotten, not fatal, when the file is damaged or names a relative path', async () => {
    const dataFolder = await dirs.make('export-memory');
    const file = exportFolderPathIn(dataFolder);
    await writeFile(file, '{"lastFolder": ');
    expect(await loadLastExportFolder(file)).toBeNull();
    await writeFile(file, JSON.stringify({ lastFolder: 'Documents' }));
    expect(await loadLastExportFolder(file)).toBeNull();
  });

  describe.skipIf(process.platform === 'win32')('on disk', () => {
    underPermissiveUmask();

    it('is kept private: the file 0600, the folders it makes 0700', async () => {
      const home = await dirs.make('export-memory');
      const dataFolder = join(home, 'Coaching Workbook', 'data');
      const file = exportFolderPathIn(dataFolder);
      await saveLastExportFolder(file, '/home/coach/Clients/Jane');
      await saveLastExportFolder(file, '/home/coach/Clients/Sam');
      expect(await loadLastExportFolder(file)).toBe('/home/coach/Clients/Sam');
      expect(await modeOf(file)).toBe(0o600);
      expect(await modeOf(dataFolder)).toBe(0o700);
      expect(await modeOf(join(home, 'Coaching Workbook'))).toBe(0o700);
      expect(await readdir(dataFolder)).toEqual(['export-folder.json']);
    });
  });
});
