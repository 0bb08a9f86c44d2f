/**
 * The desktop main process wired end to end, with Electron replaced by a recorder (Electron's
 * binary cannot run here) and a real workbook in a temporary data folder: the folder override,
 * the single-instance lock, the window's security settings, every channel served with its
 * sender checked, the window position remembered, and a quit that waits for the last write.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readWorkbookAt } from '../../src/main/store';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, type MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, PAGE_EVENTS_IPC, PAGE_MESSAGES_IPC } from '../../src/shared/contract';

type Listener = (...args: unknown[]) => void;
type IpcHandler = (event: unknown, payload: unknown) => Promise<unknown>;
type IpcListener = (event: unknown, payload: unknown) => void;

const recorder = vi.hoisted(() => {
  /** Just enough of an event emitter for what main does with app and windows. */
  class Emitter {
    private listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  const calls: string[] = [];
  const handlers = new Map<string, IpcHandler>();
  const listeners = new Map<string, IpcListener>();
  const sentToPage: { channel: string; content: unknown }[] = [];
  const windows: FakeWindow[] = [];
  const paths: Record<string, string> = { userData: '/nowhere/usual-user-data' };
  const menus: { template: unknown }[] = [];
  class FakeApp extends Emitter {
    isPackaged = false;
    getPath = (name: string) => paths[name] ?? '';
    setPath = (name: string, value: string) => {
      calls.push(`setPath ${name}`);
      paths[name] = value;
    };
    requestSingleInstanceLock = () => {
      calls.push('requestSingleInstanceLock');
      return true;
    };
    whenReady = () => Promise.resolve();
    isReady = () => true;
    getVersion = () => '0.0.0-test';
    setAboutPanelOptions = () => undefined;
    quit = () => {
      calls.push('quit');
      this.emit('will-quit', {
        preventDefault: () => {
          calls.push('quit held until saved');
        },
      });
    };
    exit = (code: number) => {
      calls.push(`exit ${code}`);
    };
  }
  class FakeWindow extends Emitter {
    webContents = Object.assign(new Emitter(), {
      focus: () => calls.push('page focused'),
      send: (channel: string, content: unknown) => {
        sentToPage.push({ channel, content });
      },
    });
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
    }
    static getAllWindows = () => windows;
    maximize = () => undefined;
    show = () => undefined;
    isMaximized = () => false;
    isMinimized = () => false;
    focus = () => calls.push('focus');
    restore = () => undefined;
    getNormalBounds = () => ({ x: 40, y: 50, width: 1000, height: 700 });
    loadURL = (url: string) => {
      calls.push(`loadURL ${url}`);
      return Promise.resolve();
    };
  }
  return { calls, handlers, listeners, sentToPage, windows, paths, menus, FakeApp, FakeWindow };
});

vi.mock('electron', () => ({
  app: new recorder.FakeApp(),
  BrowserWindow: recorder.FakeWindow,
  screen: {
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    getAllDisplays: () => [],
  },
  ipcMain: {
    handle: (channel: string, handler: IpcHandler) => {
      recorder.handlers.set(channel, handler);
    },
    on: (channel: string, listener: IpcListener) => {
      recorder.listeners.set(channel, listener);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      webRequest: { onHeadersReceived: () => undefined },
      setSpellCheckerDictionaryDownloadURL: (url: string) => {
        recorder.calls.push(`dictionaries from ${url}`);
      },
      setSpellCheckerEnabled: (on: boolean) => {
        recorder.calls.push(`spell checking ${on ? 'on' : 'off'}`);
      },
      setSpellCheckerLanguages: (languages: string[]) => {
        recorder.calls.push(`spell checking languages [${languages.join(',')}]`);
      },
    },
  },
  shell: { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') },
  dialog: {
    showErrorBox: (title: string, message: string) => {
      recorder.calls.push(`error ${title}: ${message}`);
    },
    showMessageBox: () => Promise.resolve({}),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (template: unknown) => {
      recorder.menus.push({ template });
    },
  },
}));

let dataDir: string;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An entry of the application menu as main last set it. */
function menuEntry(id: string): MenuItemConstructorOptions | undefined {
  const template = recorder.menus.at(-1)?.template;
  const menus = Array.isArray(template) ? (template as MenuItemConstructorOptions[]) : [];
  return menus
    .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
    .find((entry) => entry.id === id);
}

function loadedUrl(): string | undefined {
  return recorder.calls.find((call) => call.startsWith('loadURL '))?.slice('loadURL '.length);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cw-shell-'));
  vi.stubEnv('COACHING_WORKBOOK_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  await import('../../src/main/index');
  await until(() => loadedUrl() !== undefined);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe('desktop main process', () => {
  it('moves its data to the overriding folder before taking the single-instance lock', () => {
    expect(recorder.paths.userData).toBe(dataDir);
    expect(recorder.calls.indexOf('setPath userData')).toBeGreaterThanOrEqual(0);
    expect(recorder.calls.indexOf('setPath userData')).toBeLessThan(
      recorder.calls.indexOf('requestSingleInstanceLock'),
    );
    expect(recorder.calls.filter((call) => call.startsWith('error'))).toEqual([]);
  });

  it('opens one isolated, sandboxed window on the built page with the CommonJS preload', () => {
    expect(recorder.windows).toHaveLength(1);
    const preferences = recorder.windows[0]?.options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(String(preferences?.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(loadedUrl()).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
  });

  it('fetches no spell-check dictionary from the network; on Linux checks no spelling', () => {
    const dictionaries = recorder.calls.filter((call) => call.startsWith('dictionaries from '));
    expect(dictionaries).toHaveLength(1);
    expect(dictionaries[0]).toMatch(/^dictionaries from file:\/\/\//);
    expect(recorder.calls).toContain('spell checking off');
    expect(recorder.calls).toContain('spell checking languages []');
    // Before the window, whose page would start the spell checker.
    expect(recorder.calls.indexOf('spell checking off')).toBeLessThan(
      recorder.calls.findIndex((call) => call.startsWith('loadURL ')),
    );
    expect(recorder.windows[0]?.options.webPreferences).toMatchObject({
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('serves every channel to our page, and refuses frames and other pages', async () => {
    expect([...recorder.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const info = recorder.handlers.get('workbook:info');
    const page = loadedUrl() ?? '';
    const top = { senderFrame: { url: `${page}#/clients`, parent: null } };
    await expect(info?.(top, {})).resolves.toMatchObject({
      ok: true,
      value: { state: 'ok', filePath: join(dataDir, 'workbook') },
    });
    const framed = { senderFrame: { url: page, parent: {} } };
    const stranger = { senderFrame: { url: 'https://example.com/', parent: null } };
    const gone = { senderFrame: null };
    for (const event of [framed, stranger, gone]) {
      await expect(info?.(event, {})).resolves.toMatchObject({ ok: false });
    }
  });

  it('asks the page to open its shortcuts overlay from Help → Keyboard Shortcuts (command:run)', () => {
    const click = menuEntry('help.shortcuts')?.click;
    expect(click).toBeTypeOf('function');
    if (click) Reflect.apply(click, undefined, []);
    expect(recorder.sentToPage.at(-1)).toEqual({
      channel: PAGE_EVENTS_IPC,
      content: { type: 'command:run', id: 'help' },
    });
    expect(recorder.calls.at(-1)).toBe('page focused');
  });

  it('greys out Undo and Redo as our page says, and hears nobody else', () => {
    const tell = recorder.listeners.get(PAGE_MESSAGES_IPC);
    expect(tell).toBeTypeOf('function');
    const page = loadedUrl() ?? '';
    const top = { senderFrame: { url: `${page}#/clients`, parent: null } };
    // Before the page has said anything, its entries wait for it.
    expect(menuEntry('edit.undo')?.enabled).toBe(false);
    tell?.(top, { type: 'menu:state', enabled: { undo: false, redo: true, export: true } });
    expect(menuEntry('edit.undo')?.enabled).toBe(false);
    expect(menuEntry('edit.redo')?.enabled).toBe(true);
    expect(menuEntry('file.export')?.enabled).toBe(true);
    const built = recorder.menus.length;
    const stranger = { senderFrame: { url: 'https://example.com/', parent: null } };
    const framed = { senderFrame: { url: page, parent: {} } };
    tell?.(stranger, { type: 'menu:state', enabled: { undo: true } });
    tell?.(framed, { type: 'menu:state', enabled: { undo: true } });
    tell?.(top, { type: 'menu:state', enabled: { undo: 'yes' } });
    tell?.(top, { type: 'menu:state', enabled: { quit: true } });
    expect(recorder.menus).toHaveLength(built);
    tell?.(top, { type: 'menu:state', enabled: { undo: true, redo: false } });
    expect(menuEntry('edit.undo')?.enabled).toBe(true);
    expect(menuEntry('edit.redo')?.enabled).toBe(false);
  });

  it('remembers the window in the data folder and finishes saving before it quits', async () => {
    recorder.windows[0]?.emit('close');
    app.quit();
    await until(() => recorder.calls.filter((call) => call === 'quit').length === 2);
    expect(recorder.calls.filter((call) => call === 'quit held until saved')).toHaveLength(1);
    const saved = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toEqual({
      bounds: { x: 40, y: 50, width: 1000, height: 700 },
      isMaximized: false,
    });
    // The workbook folder was saved and released: it reads as a valid workbook.
    const reading = await readWorkbookAt(join(dataDir, 'workbook'));
    expect(reading.kind).toBe('valid');
    expect(reading.kind === 'valid' && Array.isArray(reading.workbook.clients)).toBe(true);
  });
});
