import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  placeWindow,
  saveWindowState,
  type Rect,
} from '../../src/main/shell/windowState';
import { modeOf, underPermissiveUmask } from '../helpers/privateFiles';

// Windows has no Unix permission bits, and creating symbolic links there needs extra rights.
const posix = process.platform !== 'win32';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const externalRight: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('placeWindow', () => {
  it('opens centred at the default size the first time', () => {
    const placed = placeWindow(null, [laptop]);
    expect(placed.isMaximized).toBe(false);
    expect(placed.bounds).toEqual({
      x: (1440 - DEFAULT_SIZE.width) / 2,
      y: 25 + Math.round((875 - DEFAULT_SIZE.height) / 2),
      ...DEFAULT_SIZE,
    });
  });

  it('comes back exactly where it was left when that is still on a screen', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, isMaximized: true };
    expect(placeWindow(saved, [laptop, externalRight])).toEqual(saved);
  });

  it('moves to the primary screen when the screen it was on is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, isMaximized: false };
    const placed = placeWindow(saved, [laptop]);
    expect(placed.bounds).toEqual({ x: 120, y: 25 + 38, width: 1200, height: 800 });
  });

  it('pulls a window hanging off the edge back inside the screen', () => {
    const saved = { bounds: { x: 1000, y: -200, width: 1000, height: 700 }, isMaximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({
      x: 440,
      y: 25,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than the screen it lands on', () => {
    const saved = { bounds: { x: 1500, y: 0, width: 2500, height: 1400 }, isMaximized: false };
    const onLaptopOnly = placeWindow(saved, [laptop]);
    expect(onLaptopOnly.bounds.width).toBeLessThanOrEqual(laptop.width);
    expect(onLaptopOnly.bounds.height).toBeLessThanOrEqual(laptop.height);
    expect(onLaptopOnly.bounds.x).toBeGreaterThanOrEqual(laptop.x);
    expect(onLaptopOnly.bounds.y).toBeGreaterThanOrEqual(laptop.y);
  });

  it('treats a window with only a sliver on screen as lost', () => {
    const saved = { bounds: { x: 1420, y: 100, width: 900, height: 600 }, isMaximized: false };
    const placed = placeWindow(saved, [laptop]);
    expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(1440);
    expect(placed.bounds.x).toBe((1440 - 900) / 2);
  });

  it('always keeps the whole window on a screen, whatever was saved', () => {
    const screens = [laptop, externalRight];
    const samples = [-5000, -300, 0, 700, 1430, 2000, 3900, 9000];
    for (const x of samples) {
      for (const y of samples) {
        const placed = placeWindow(
          { bounds: { x, y, width: 1100, height: 760 }, isMaximized: false },
          screens,
        );
        const { bounds } = placed;
        const home = screens.find(
          (s) =>
            bounds.x >= s.x &&
            bounds.y >= s.y &&
            bounds.x + bounds.width <= s.x + s.width &&
            bounds.y + bounds.height <= s.y + s.height,
        );
        expect(home, `saved at ${x},${y}`).toBeDefined();
      }
    }
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('remembers what was saved', async () => {
    const file = join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, isMaximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('forgets a missing, damaged or nonsense file instead of failing', async () => {
    const file = join(dir, 'window-state.json');
    expect(await loadWindowState(file)).toBeNull();
    await writeFile(file, '{"bounds": {"x": 1', 'utf8');
    expect(await loadWindowState(file)).toBeNull();
    await writeFile(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 1e9 } }));
    expect(await loadWindowState(file)).toBeNull();
    expect(await readFile(file, 'utf8')).toContain('-5');
  });

  describe.skipIf(!posix)('permissions and links', () => {
    const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, isMaximized: false };
    underPermissiveUmask();

    it('creates the file private (0600) in private folders (0700)', async () => {
      const file = join(dir, 'Coaching Workbook', 'settings', 'window-state.json');
      await saveWindowState(file, state);
      expect(await modeOf(file)).toBe(0o600);
      expect(await modeOf(join(dir, 'Coaching Workbook'))).toBe(0o700);
      expect(await modeOf(join(dir, 'Coaching Workbook', 'settings'))).toBe(0o700);
      expect(await readdir(join(dir, 'Coaching Workbook', 'settings'))).toEqual([
        'window-state.json',
      ]);
    });

    it('keeps the mode the user gave an existing file (0640)', async () => {
      const file = join(dir, 'window-state.json');
      await writeFile(file, '{}');
      await chmod(file, 0o640);
      await saveWindowState(file, state);
      expect(await modeOf(file)).toBe(0o640);
      expect(await loadWindowState(file)).toEqual(state);
    });

    it('writes through a symbolic link, which stays a link', async () => {
      await mkdir(join(dir, 'synced'));
      const target = join(dir, 'synced', 'window-state.json');
      await writeFile(target, '{}');
      const link = join(dir, 'window-state.json');
      await symlink(target, link);
      await saveWindowState(link, state);
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await loadWindowState(target)).toEqual(state);
      expect(await readdir(join(dir, 'synced'))).toEqual(['window-state.json']);
    });
  });
});
