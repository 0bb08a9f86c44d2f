import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_NAME,
  DATA_DIR_ENV,
  lastWorkbookPathIn,
  resolveDataFolder,
  usualDataFolder,
  windowStatePathIn,
  workbookPathIn,
} from '../../src/main/dataFolder';

describe('usualDataFolder (Electron’s userData, found without Electron)', () => {
  it('is named after the app as Electron names it: package.json’s productName', () => {
    const manifest: unknown = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(manifest).toMatchObject({ productName: APP_NAME });
  });

  it('on Linux: in $XDG_CONFIG_HOME, else in ~/.config', () => {
    const home = '/home/coach';
    expect(usualDataFolder({ platform: 'linux', env: {}, home })).toBe(
      '/home/coach/.config/Coaching Workbook',
    );
    expect(usualDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home })).toBe(
      '/home/coach/.config/Coaching Workbook',
    );
    expect(
      usualDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg/config' }, home }),
    ).toBe('/xdg/config/Coaching Workbook');
  });

  it('on macOS: in ~/Library/Application Support', () => {
    expect(
      usualDataFolder({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/x' }, home: '/Users/c' }),
    ).toBe('/Users/c/Library/Application Support/Coaching Workbook');
  });

  it('on Windows: in %APPDATA%, else in the roaming folder of the home folder', () => {
    expect(
      usualDataFolder({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\c\\AppData\\Roaming' },
        home: 'C:\\Users\\c',
      }),
    ).toBe('C:\\Users\\c\\AppData\\Roaming\\Coaching Workbook');
    expect(usualDataFolder({ platform: 'win32', env: {}, home: 'C:\\Users\\c' })).toBe(
      'C:\\Users\\c\\AppData\\Roaming\\Coaching Workbook',
    );
  });
});

describe('resolveDataFolder', () => {
  const usual = '/home/coach/.config/Coaching Workbook';

  it('uses the usual place when nothing overrides it', () => {
    expect(resolveDataFolder({}, usual)).toBe(usual);
    expect(resolveDataFolder({ [DATA_DIR_ENV]: '   ' }, usual)).toBe(usual);
  });

  it('uses the folder named by the environment variable', () => {
    expect(resolveDataFolder({ [DATA_DIR_ENV]: '/tmp/test-42' }, usual)).toBe('/tmp/test-42');
    expect(resolveDataFolder({ [DATA_DIR_ENV]: 'relative/folder' }, usual)).toBe(
      resolve('relative/folder'),
    );
  });

  it('keeps the workbook, the window state and the last workbook’s note apart in it', () => {
    expect(workbookPathIn('/data')).toBe(join('/data', 'workbook'));
    expect(windowStatePathIn('/data')).toBe(join('/data', 'window-state.json'));
    expect(lastWorkbookPathIn('/data')).toBe(join('/data', 'last-workbook.json'));
  });
});
