import { BrowserWindow, screen } from 'electron';
import { describeError, type AppLog } from '../log/appLog';
import { MIN_SIZE, loadWindowState, placeWindow, saveWindowState } from './windowState';

const pendingSaves = new Set<Promise<void>>();

/** Resolves once every window position being written has been written; awaited before quitting. */
export async function windowStateSaved(): Promise<void> {
  await Promise.all(pendingSaves);
}

export interface MainWindowOptions {
  /** The page to show: the dev server URL or the built index.html as a file:// URL. */
  rendererUrl: string;
  preloadPath: string;
  windowStatePath: string;
  /** Whether the page spell checks (shell/spellCheck.ts: only where the system does it). */
  spellcheck: boolean;
  log: AppLog;
}

/**
 * The one workbook window, opened where the user left it. The page is untrusted content as far
 * as the main process is concerned: isolated, sandboxed, no Node.
 */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const workAreas = [
    screen.getPrimaryDisplay().workArea,
    ...screen.getAllDisplays().map((display) => display.workArea),
  ];
  const placed = placeWindow(await loadWindowState(options.windowStatePath), workAreas);
  const window = new BrowserWindow({
    ...placed.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Coaching Workbook',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      // Electronegativity asks for a review of every preload. Reviewed: it exposes two objects,
      // window.workbook, whose functions each invoke their own contract channel and nothing else,
      // and window.workbookShell, which hands the page the content of main's events (never the
      // IPC event) and sends its messages on their one channel (no ipcRenderer, no Node); main
      // checks the sender of every call and message, and the message against the contract
      // (tests/unit/shellPreload.test.ts, tests/integration/shellMain.test.ts).
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK: reviewed, see above
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // No auxclick (the middle button) events: the page has no use for them, and they are a way
      // to open links that left-click handling does not see.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: options.spellcheck,
    },
  });
  if (placed.isMaximized) window.maximize();
  const { log } = options;
  // What happened to the page, for the log: never its content.
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('page crashed', { reason: details.reason, exitCode: details.exitCode });
  });
  window.on('unresponsive', () => {
    log.warn('page unresponsive');
  });
  window.on('responsive', () => {
    log.info('page responsive again');
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('close', () => {
    // getNormalBounds: the size to come back to after un-maximizing, not the maximized one.
    const state = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
    const saving = saveWindowState(options.windowStatePath, state)
      .catch((error: unknown) => {
        // Losing the window position is harmless; the workbook itself is saved elsewhere.
        log.warn('window position not saved', describeError(error));
      })
      .finally(() => pendingSaves.delete(saving));
    pendingSaves.add(saving);
  });
  await window.loadURL(options.rendererUrl);
  log.info('window opened', { maximized: placed.isMaximized });
  return window;
}
