import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  ACTIONS,
  acceleratorOf,
  MENU_ACTION_IDS,
  type MenuActionId,
} from '../../src/shared/actions';
import type { MenuState } from '../../src/shared/contract';
import { COMMANDS, type CommandContext } from '../../src/main/shell/commands';
import { buildMenuTemplate } from '../../src/main/shell/menu';

function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    isMac: false,
    isDev: false,
    showDataFolder: vi.fn(),
    openWorkbook: vi.fn(),
    newWorkbook: vi.fn(),
    runInPage: vi.fn(),
    ...overrides,
  };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : [];
}

function ids(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((menu) => items(menu).flatMap((item) => (item.id ? [item.id] : [])));
}

function entry(
  template: MenuItemConstructorOptions[],
  id: string,
): MenuItemConstructorOptions | undefined {
  return template.flatMap(items).find((item) => item.id === id);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const run = item?.click;
  expect(run).toBeTypeOf('function');
  // Electron would pass the item, window and event; our actions do not look at them.
  if (run) Reflect.apply(run, undefined, []);
}

/** The page said it can do everything but `except`. */
function pageSays(except: readonly MenuActionId[] = []): MenuState {
  const enabled: MenuState['enabled'] = {};
  for (const id of MENU_ACTION_IDS) enabled[id] = !except.includes(id);
  return { type: 'menu:state', enabled };
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux, plus the app menu on macOS', () => {
    expect(buildMenuTemplate(COMMANDS, context()).map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(buildMenuTemplate(COMMANDS, context({ isMac: true })).map((m) => m.label)).toEqual([
      'Coaching Workbook',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('File offers New Workbook and Open Workbook (Ctrl+O), which ask the shell to switch', () => {
    const openWorkbook = vi.fn();
    const newWorkbook = vi.fn();
    const shell = context({ openWorkbook, newWorkbook });
    const file = buildMenuTemplate(COMMANDS, shell).find((m) => m.label === 'File');
    const entries = file ? items(file) : [];
    const open = entries.find((item) => item.id === 'file.open');
    const create = entries.find((item) => item.id === 'file.new');
    expect(create?.label).toBe('New Workbook…');
    expect(open?.label).toBe('Open Workbook…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as (() => void) | undefined)?.();
    (create?.click as (() => void) | undefined)?.();
    expect(openWorkbook).toHaveBeenCalledTimes(1);
    expect(newWorkbook).toHaveBeenCalledTimes(1);
  });

  it('offers reload and developer tools only in development', () => {
    expect(ids(buildMenuTemplate(COMMANDS, context()))).not.toContain('view.devTools');
    expect(ids(buildMenuTemplate(COMMANDS, context()))).not.toContain('view.reload');
    expect(ids(buildMenuTemplate(COMMANDS, context({ isDev: true })))).toEqual(
      expect.arrayContaining(['view.devTools', 'view.reload']),
    );
  });

  it('puts Quit in File except on macOS, where it lives in the app menu', () => {
    expect(ids(buildMenuTemplate(COMMANDS, context()))).toContain('file.quit');
    const mac = ids(buildMenuTemplate(COMMANDS, context({ isMac: true })));
    expect(mac).not.toContain('file.quit');
    expect(mac).toContain('app.quit');
  });

  it('asks the page to run its action (command:run) when one of its entries is clicked', () => {
    const runInPage = vi.fn();
    const template = buildMenuTemplate(COMMANDS, context({ runInPage }), pageSays());
    const shortcuts = entry(template, 'help.shortcuts');
    expect(shortcuts?.label).toBe('Keyboard Shortcuts');
    expect(shortcuts?.accelerator).toBe('F1');
    click(shortcuts);
    expect(runInPage).toHaveBeenCalledWith('help');
  });

  it('offers every page action the registry puts in a menu, once, where it says, with its first keys', () => {
    for (const isMac of [false, true]) {
      const runInPage = vi.fn();
      const template = buildMenuTemplate(COMMANDS, context({ isMac, runInPage }), pageSays());
      const pageEntries = template.flatMap((menu) =>
        items(menu)
          .filter((item) => item.registerAccelerator === false)
          .map((item) => ({ menu: menu.label, item })),
      );
      expect(pageEntries).toHaveLength(MENU_ACTION_IDS.length);
      runInPage.mockClear();
      for (const { item } of pageEntries) click(item);
      // Each entry runs its own action, in the registry's order within each menu.
      expect(runInPage.mock.calls.map(([id]) => id as string).sort()).toEqual(
        [...MENU_ACTION_IDS].sort(),
      );
      for (const [index, { menu, item }] of pageEntries.entries()) {
        const id = runInPage.mock.calls[index]?.[0] as MenuActionId;
        const spec = ACTIONS[id];
        expect(menu).toBe(
          { file: 'File', edit: 'Edit', view: 'View', help: 'Help' }[spec.menu.menu],
        );
        expect(item.label).toBe(spec.menu.label);
        expect(item.accelerator).toBe(acceleratorOf(spec.keys[0]));
        // Not an Electron role: the page's own action, with its own history and screens.
        expect(item.role).toBeUndefined();
      }
    }
  });

  it('leaves undo and redo to the page, whose history spans every editor', () => {
    for (const isMac of [false, true]) {
      const runInPage = vi.fn();
      const template = buildMenuTemplate(COMMANDS, context({ isMac, runInPage }), pageSays());
      const undo = entry(template, 'edit.undo');
      const redo = entry(template, 'edit.redo');
      // Not Electron's text-box undo, and the keys reach the page instead of the menu.
      expect(undo?.role).toBeUndefined();
      expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
      expect(redo?.accelerator).toBe('CmdOrCtrl+Shift+Z');
      expect(undo?.registerAccelerator).toBe(false);
      expect(redo?.registerAccelerator).toBe(false);
      click(undo);
      click(redo);
      expect(runInPage.mock.calls).toEqual([['undo'], ['redo']]);
    }
  });

  it('greys out Undo and Redo when the page says there is nothing to undo or redo', () => {
    const nothingToUndo = buildMenuTemplate(COMMANDS, context(), pageSays(['undo', 'redo']));
    expect(entry(nothingToUndo, 'edit.undo')?.enabled).toBe(false);
    expect(entry(nothingToUndo, 'edit.redo')?.enabled).toBe(false);
    expect(entry(nothingToUndo, 'file.export')?.enabled).toBe(true);
    const canUndo = buildMenuTemplate(COMMANDS, context(), pageSays(['redo']));
    expect(entry(canUndo, 'edit.undo')?.enabled).toBe(true);
    expect(entry(canUndo, 'edit.redo')?.enabled).toBe(false);
    // Electron's own entries are not the page's to grey out.
    expect(entry(canUndo, 'edit.copy')?.enabled).toBeUndefined();
  });

  it('greys out every page entry until a page has said what it can do', () => {
    const template = buildMenuTemplate(COMMANDS, context());
    for (const item of template.flatMap(items)) {
      if (item.registerAccelerator === false) expect(item.enabled, item.id).toBe(false);
      else expect(item.enabled, item.id).toBeUndefined();
    }
    expect(entry(template, 'file.open')?.enabled).toBeUndefined();
  });

  it('never starts or ends a menu with a separator, nor doubles one', () => {
    for (const ctx of [context(), context({ isMac: true, isDev: true })]) {
      for (const menu of buildMenuTemplate(COMMANDS, ctx)) {
        const types = items(menu).map((item) => item.type ?? 'normal');
        expect(types[0]).not.toBe('separator');
        expect(types.at(-1)).not.toBe('separator');
        expect(types.join(',')).not.toContain('separator,separator');
      }
    }
  });

  it('gives every command a distinct id', () => {
    const all = COMMANDS.map((command) => command.id);
    expect(new Set(all).size).toBe(all.length);
  });
});
