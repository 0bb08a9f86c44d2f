import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_DIR_ENV,
  resolveDataFolder,
  windowStatePathIn,
  workbookPathIn,
} from '../../src/main/shell/dataFolder';

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

  it('keeps the workbook and the window state apart in that folder', () => {
    expect(workbookPathIn('/data')).toBe(join('/data', 'workbook'));
    expect(windowStatePathIn('/data')).toBe(join('/data', 'window-state.json'));
  });
});
