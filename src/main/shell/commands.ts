import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, acceleratorOf, type MenuActionId, type MenuName } from '../../shared/actions';

export { MENUS, type MenuName } from '../../shared/actions';

/** What commands can see and do; index.ts supplies the real actions. */
export interface CommandContext {
  isMac: boolean;
  /** Running from `npm run dev`: reload and developer tools are offered. */
  isDev: boolean;
  showDataFolder(): void;
  /** File → Open Workbook: choose a workbook folder and open it in place of this one. */
  openWorkbook(): void;
  /** File → New Workbook: choose where, create an empty workbook there and open it. */
  newWorkbook(): void;
  /**
   * Ask the page to run one of its actions (`command:run`): the page owns undo/redo (across
   * all editors, not just one text box), what "this screen" is, and the shortcuts overlay.
   */
  runInPage(action: MenuActionId): void;
}

/**
 * One command: a menu entry and, with an accelerator, its keyboard shortcut. Standard editing
 * and window actions use Electron's roles so they behave as users expect on each system; the
 * page's own actions come from its registry (src/shared/actions.ts).
 */
export interface Command {
  id: string;
  menu: MenuName;
  label?: string;
  role?: NonNullable<MenuItemConstructorOptions['role']>;
  accelerator?: string;
  /**
   * One of the page's actions: the menu shows its keys but lets them reach the page, a click
   * sends it `command:run`, and it is greyed out while the page says it cannot be done.
   */
  pageAction?: MenuActionId;
  /** Draw a line above this entry, starting a new group. */
  groupStart?: boolean;
  /** Leave the command out when this says no (e.g. developer tools outside development). */
  when?: (context: CommandContext) => boolean;
  run?: (context: CommandContext) => void;
}

/** The menu entry of one of the page's actions, labelled and placed as its registry says. */
function pageEntry(
  id: string,
  action: MenuActionId,
  options: Pick<Command, 'groupStart'> = {},
): Command {
  const spec = ACTIONS[action];
  return {
    id,
    menu: spec.menu.menu,
    label: spec.menu.label,
    accelerator: acceleratorOf(spec.keys[0]),
    pageAction: action,
    ...options,
  };
}

const macOnly = (context: CommandContext) => context.isMac;
const notMac = (context: CommandContext) => !context.isMac;
const devOnly = (context: CommandContext) => context.isDev;

/** Every command of the app, in menu order. */
export const COMMANDS: readonly Command[] = [
  { id: 'app.about', menu: 'app', role: 'about' },
  { id: 'app.services', menu: 'app', role: 'services', groupStart: true },
  { id: 'app.hide', menu: 'app', role: 'hide', groupStart: true },
  { id: 'app.hideOthers', menu: 'app', role: 'hideOthers' },
  { id: 'app.unhide', menu: 'app', role: 'unhide' },
  {
    id: 'app.quit',
    menu: 'app',
    role: 'quit',
    label: 'Quit',
    accelerator: 'Cmd+Q',
    groupStart: true,
  },

  {
    id: 'file.new',
    menu: 'file',
    label: 'New Workbook…',
    run: (context) => {
      context.newWorkbook();
    },
  },
  {
    id: 'file.open',
    menu: 'file',
    label: 'Open Workbook…',
    accelerator: 'CmdOrCtrl+O',
    run: (context) => {
      context.openWorkbook();
    },
  },
  pageEntry('file.newClient', 'newClient', { groupStart: true }),
  pageEntry('file.export', 'export'),
  {
    id: 'file.showDataFolder',
    menu: 'file',
    label: 'Show Workbook Folder',
    groupStart: true,
    run: (context) => {
      context.showDataFolder();
    },
  },
  {
    id: 'file.close',
    menu: 'file',
    role: 'close',
    label: 'Close Window',
    accelerator: 'CmdOrCtrl+W',
    groupStart: true,
  },
  {
    id: 'file.quit',
    menu: 'file',
    role: 'quit',
    label: 'Quit',
    accelerator: 'Ctrl+Q',
    when: notMac,
  },

  pageEntry('edit.undo', 'undo'),
  pageEntry('edit.redo', 'redo'),
  {
    id: 'edit.cut',
    menu: 'edit',
    role: 'cut',
    label: 'Cut',
    accelerator: 'CmdOrCtrl+X',
    groupStart: true,
  },
  { id: 'edit.copy', menu: 'edit', role: 'copy', label: 'Copy', accelerator: 'CmdOrCtrl+C' },
  { id: 'edit.paste', menu: 'edit', role: 'paste', label: 'Paste', accelerator: 'CmdOrCtrl+V' },
  {
    id: 'edit.selectAll',
    menu: 'edit',
    role: 'selectAll',
    label: 'Select All',
    accelerator: 'CmdOrCtrl+A',
  },

  { id: 'view.reload', menu: 'view', role: 'reload', when: devOnly },
  { id: 'view.devTools', menu: 'view', role: 'toggleDevTools', when: devOnly },
  {
    id: 'view.resetZoom',
    menu: 'view',
    role: 'resetZoom',
    label: 'Actual Size',
    accelerator: 'CmdOrCtrl+0',
    groupStart: true,
  },
  {
    id: 'view.zoomIn',
    menu: 'view',
    role: 'zoomIn',
    label: 'Zoom In',
    accelerator: 'CmdOrCtrl+Plus',
  },
  {
    id: 'view.zoomOut',
    menu: 'view',
    role: 'zoomOut',
    label: 'Zoom Out',
    accelerator: 'CmdOrCtrl+-',
  },
  { id: 'view.fullScreen', menu: 'view', role: 'togglefullscreen', groupStart: true },

  {
    id: 'window.minimize',
    menu: 'window',
    role: 'minimize',
    label: 'Minimize',
    accelerator: 'CmdOrCtrl+M',
  },
  { id: 'window.zoom', menu: 'window', role: 'zoom', when: macOnly },
  { id: 'window.front', menu: 'window', role: 'front', when: macOnly, groupStart: true },

  { id: 'help.about', menu: 'help', role: 'about', label: 'About Coaching Workbook', when: notMac },
  pageEntry('help.shortcuts', 'help'),
];
