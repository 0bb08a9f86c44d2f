import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { makePrivateFolder, writeTextAtomic } from '../store/atomicTextFile';

/** A rectangle on the desktop, in screen pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window as the user left it. */
export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

/** The window the app opens the first time, or when the saved one no longer fits anywhere. */
export const DEFAULT_SIZE = { width: 1280, height: 820 };
/** Below this the pages stop being usable. */
export const MIN_SIZE = { width: 720, height: 520 };
/** How much of the window must stay on a screen for the user to grab it and move it. */
const MIN_VISIBLE = { width: 120, height: 60 };

const int = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int.min(1), height: int.min(1) }),
  isMaximized: z.boolean(),
});

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centeredIn(area: Rect, width: number, height: number): Rect {
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved place when enough of it is still on one of the screens
 * (screens get unplugged), shrunk to fit that screen; otherwise centred on the primary screen.
 * `workAreas` lists each screen's usable area, the primary screen first.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const fit = (area: Rect, size: { width: number; height: number }) => ({
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height)),
  });
  if (saved !== null) {
    const home = workAreas.find((area) => {
      const seen = overlap(saved.bounds, area);
      return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height;
    });
    if (home !== undefined) {
      const { width, height } = fit(home, saved.bounds);
      // Pull the window fully inside the screen it is mostly on.
      const x = Math.min(Math.max(saved.bounds.x, home.x), home.x + home.width - width);
      const y = Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - height);
      return { bounds: { x, y, width, height }, isMaximized: saved.isMaximized };
    }
  }
  const size = fit(primary, saved?.bounds ?? DEFAULT_SIZE);
  return {
    bounds: centeredIn(primary, size.width, size.height),
    isMaximized: saved?.isMaximized ?? false,
  };
}

/** The saved window state, or null when there is none or it cannot be read (never fatal). */
export async function loadWindowState(filePath: string): Promise<WindowState | null> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Remember the window for next time, with the app's one atomic writer: a crash never leaves half
 * a file. A new file is private (0600) in a private folder (0700).
 */
export async function saveWindowState(filePath: string, state: WindowState): Promise<void> {
  await makePrivateFolder(dirname(filePath));
  await writeTextAtomic(filePath, `${JSON.stringify(state, null, 2)}\n`);
}
