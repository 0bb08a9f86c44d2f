/**
 * The desktop app's main process: one window onto one workbook. Everything here is wiring;
 * the rules live in shell/ (security, IPC, menus, window placement) and the work in store/ and api/.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { createApi, systemDeps } from './api';
import { describeError, openAppLog } from './log/appLog';
import { openWorkbookStore } from './store';
import { CurrentStore } from './store/currentStore';
import { COMMANDS, type CommandContext } from './shell/commands';
import { resolveDataFolder, windowStatePathIn, workbookPathIn } from './shell/dataFolder';
import { listenToPage, registerIpcHandlers } from './shell/ipc';
import { desktopExportTarget } from './shell/exportDialogs';
import { exportFolderPathIn } from './shell/exportFolderMemory';
import { buildMenuTemplate, NO_PAGE } from './shell/menu';
import { applySecurityRules } from './shell/security';
import { applySpellCheckRules, spellCheckOn } from './shell/spellCheck';
import { createMainWindow, windowStateSaved } from './shell/window';
import { lastWorkbookPathIn, readLastWorkbook } from './shell/workbookChoice';
import { workbookSwitcher } from './shell/workbookSwitcher';
import { PAGE_EVENTS_IPC, type MenuState, type PageEvent } from '../shared/contract';

// Before anything else: tests point the app at a fresh folder, and Chromium's own data
// (and the single-instance lock) follow the workbook there.
const dataFolder = resolveDataFolder(process.env, app.getPath('userData'));
app.setPath('userData', dataFolder);
// The app's own log, beside the workbook: events and error codes, nothing from the workbook.
const log = openAppLog({ dataFolder, console: !app.isPackaged });

// electron-vite dev sets this to its server's address; a packaged app never uses it.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const isDev = devServerUrl !== undefined;
const rendererUrl =
  devServerUrl ??
  pathToFileURL(fileURLToPath(new URL('../renderer/index.html', import.meta.url))).href;
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;
let store: CurrentStore | null = null;
/** Set while the window closes to open another workbook: the app must not quit then. */
let switching: (() => Promise<void>) | null = null;

async function openWindow(): Promise<void> {
  mainWindow = await createMainWindow({
    rendererUrl,
    preloadPath,
    windowStatePath: windowStatePathIn(dataFolder),
    spellcheck: spellCheckOn(process.platform),
    log,
  });
  const window = mainWindow;
  // The page holds back closing while edits are still on their way to the disk. Never refuse
  // silently: say so, and let the coach choose.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep the window open', 'Close without them'],
      defaultId: 0,
      cancelId: 0,
      message: 'Some of your latest changes are not saved yet.',
      detail:
        'They are being saved now. If saving keeps failing (a full disk, a disconnected drive), ' +
        'the window shows why. Closing now loses only those changes.',
    });
    if (choice === 1) event.preventDefault();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    // No page, nothing it can do: its menu entries are greyed out until the next one says.
    updateMenu(NO_PAGE);
    const then = switching;
    switching = null;
    if (then !== null) void then();
  });
}

/** How often the app looks for files changed by another computer (a synced folder). */
const CHANGE_CHECK_MS = 2_000;

/** Tell the page something (src/shared/contract/events.ts); nothing when there is no page. */
function sendToPage(event: PageEvent): void {
  const contents = mainWindow?.webContents;
  if (contents === undefined) return;
  // A menu entry acts on the page, as its keys would: where the typing goes, too.
  if (event.type === 'command:run') contents.focus();
  contents.send(PAGE_EVENTS_IPC, event);
}

/** What the menu is built with: the shell's actions, and what the page last said it can do. */
let menuContext: CommandContext | null = null;
let pageState: MenuState = NO_PAGE;

function updateMenu(state: MenuState = pageState): void {
  pageState = state;
  if (menuContext === null) return;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(COMMANDS, menuContext, pageState)),
  );
}

function installMenu(current: CurrentStore): void {
  const switcher = workbookSwitcher({
    store: current,
    window: () => mainWindow,
    closeWindowThen: (then) => {
      if (mainWindow === null) {
        void then();
        return;
      }
      switching = then;
      mainWindow.close();
    },
    openWindow,
    memoryPath: lastWorkbookPathIn(dataFolder),
    documentsFolder: app.getPath('documents'),
  });
  menuContext = {
    isMac: process.platform === 'darwin',
    isDev,
    showDataFolder: () => {
      void shell.openPath(current.filePath);
    },
    openWorkbook: () => void switcher.openWorkbook(),
    newWorkbook: () => void switcher.newWorkbook(),
    runInPage: (id) => {
      sendToPage({ type: 'command:run', id });
    },
  };
  updateMenu();
}

async function start(): Promise<void> {
  await app.whenReady();
  log.info('app started', {
    version: app.getVersion(),
    electron: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
    packaged: app.isPackaged,
  });
  app.setAboutPanelOptions({
    applicationName: 'Coaching Workbook',
    applicationVersion: app.getVersion(),
    credits: 'Your clients and worksheets stay on this computer.',
  });
  applySecurityRules({ sendCspHeader: !isDev, log });
  // Nothing leaves the machine: no dictionary downloads (shell/spellCheck.ts).
  applySpellCheckRules({
    session: session.defaultSession,
    platform: process.platform,
    dataFolder,
    log,
  });
  // The workbook opened last with File → Open or New, else the usual one in the data folder.
  const last = await readLastWorkbook(lastWorkbookPathIn(dataFolder));
  const opened = new CurrentStore(await openWorkbookStore(last ?? workbookPathIn(dataFolder)));
  store = opened;
  log.info('workbook opened', { state: opened.info().state, chosenBefore: last !== null });
  setInterval(() => void opened.checkForChanges(), CHANGE_CHECK_MS).unref();
  const exportTarget = desktopExportTarget({
    window: () => mainWindow,
    memoryPath: exportFolderPathIn(dataFolder),
    defaultFolder: app.getPath('documents'),
    log,
  });
  registerIpcHandlers(createApi({ ...systemDeps(opened), exportTarget }), rendererUrl);
  // The page says what it can do now (Undo with nothing to undo cannot): the menu follows.
  listenToPage(rendererUrl, (message) => {
    updateMenu(message);
  });
  installMenu(opened);
  await openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another window already has this workbook open: it comes forward instead (second-instance).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && switching === null) app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && store !== null && BrowserWindow.getAllWindows().length === 0) {
      void openWindow();
    }
  });
  let released = false;
  app.on('will-quit', (event) => {
    if (released) return;
    // Finish the last write to the workbook and the window position before the process ends.
    event.preventDefault();
    void Promise.allSettled([store?.close(), windowStateSaved()]).then(() => {
      log.info('app quit');
      released = true;
      app.quit();
    });
  });
  start().catch((error: unknown) => {
    log.error('start failed', describeError(error));
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      'Coaching Workbook could not start',
      `Something went wrong while opening your workbook in ${dataFolder}.\n\n${reason}`,
    );
    app.exit(1);
  });
}
