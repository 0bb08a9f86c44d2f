import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, type CommandContext } from '../../src/main/shell/commands';
import { buildMenuTemplate } from '../../src/main/shell/menu';

function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    isMac: false,
    isDev: false,
    showDataFolder: vi.fn(),
    openWorkbook: vi.fn(),
    newWorkbook: vi.fn(),
    pressInPage: vi.fn(),
    ...overrides,
  };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : [];
}

function ids(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((menu) => items(menu).flatMap((item) => (item.id ? [item.id] : [])));
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

  it('runs the registered action when a custom entry is clicked', () => {
    const pressInPage = vi.fn();
    const ctx = context({ pressInPage });
    const help = buildMenuTemplate(COMMANDS, ctx).find((m) => m.label === 'Help');
    const shortcuts = help ? items(help).find((item) => item.id === 'help.shortcuts') : undefined;
    expect(shortcuts?.label).toBe('Keyboard Shortcuts');
    const click = shortcuts?.click;
    expect(click).toBeTypeOf('function');
    // Electron would pass the item, window and event; our actions do not look at them.
    if (click) Reflect.apply(click, undefined, []);
    expect(pressInPage).toHaveBeenCalledWith('F1');
  });

  it('leaves undo and redo to the page, whose history spans every editor', () => {
    for (const isMac of [false, true]) {
      const pressInPage = vi.fn();
      const edit = buildMenuTemplate(COMMANDS, context({ isMac, pressInPage })).find(
        (m) => m.label === 'Edit',
      );
      const undo = edit ? items(edit).find((item) => item.id === 'edit.undo') : undefined;
      const redo = edit ? items(edit).find((item) => item.id === 'edit.redo') : undefined;
      // Not Electron's text-box undo, and the keys reach the page instead of the menu.
      expect(undo?.role).toBeUndefined();
      expect(undo?.registerAccelerator).toBe(false);
      expect(redo?.registerAccelerator).toBe(false);
      const mod = isMac ? 'meta' : 'control';
      if (undo?.click) Reflect.apply(undo.click, undefined, []);
      if (redo?.click) Reflect.apply(redo.click, undefined, []);
      expect(pressInPage.mock.calls).toEqual([
        ['Z', [mod]],
        ['Z', [mod, 'shift']],
      ]);
    }
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
