import { describe, expect, it, vi, type Mock } from 'vitest';
import {
  ACTION_IDS,
  ACTIONS,
  actionForKeyPress,
  ariaKeys,
  displayKeys,
  MENU_ACTION_IDS,
  type ActionId,
  type KeyPress,
} from '../../../src/shared/actions';
import {
  PAGE_ACTIONS,
  performAction,
  shortcutRows,
  type ActionContext,
  type ActionState,
} from '../../../src/renderer/src/actions';
import { readPageEvent, readPageMessage } from '../../../src/shared/contract';

/** The key press a person makes for `keys` on one system. */
function press(keys: string, isMac: boolean): KeyPress {
  const parts = keys.split('+');
  const key = parts.at(-1) ?? '';
  const code = /^[A-Z]$/.test(key) ? `Key${key}` : /^\d$/.test(key) ? `Digit${key}` : key;
  const mod = parts.includes('Mod');
  return {
    // The character typed: a capital only with Shift.
    key: key.length === 1 && !parts.includes('Shift') ? key.toLowerCase() : key,
    code,
    ctrlKey: mod && !isMac,
    metaKey: mod && isMac,
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
  };
}

function context(): { [K in keyof ActionContext]: Mock<ActionContext[K]> } {
  return {
    navigate: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    newClient: vi.fn(),
    focusSearch: vi.fn(),
    toggleHelp: vi.fn(),
    exportScreen: vi.fn(),
  };
}

const READY: ActionState = { ready: true, readOnly: false, canUndo: true, canRedo: true };

describe('the action registry', () => {
  it('gives every action a perform and an enabled, and the page nothing the registry lacks', () => {
    expect(Object.keys(PAGE_ACTIONS)).toEqual(ACTION_IDS);
    for (const id of ACTION_IDS) {
      expect(PAGE_ACTIONS[id].perform, id).toBeTypeOf('function');
      expect(PAGE_ACTIONS[id].enabled, id).toBeTypeOf('function');
    }
  });

  it('gives every action a label and at least one key combination', () => {
    for (const id of ACTION_IDS) {
      expect(ACTIONS[id].label.trim(), id).not.toBe('');
      expect(ACTIONS[id].keys.length, id).toBeGreaterThan(0);
    }
  });

  it('never gives two actions the same keys, nor one action the same keys twice', () => {
    const all = ACTION_IDS.flatMap((id) => ACTIONS[id].keys.map((keys) => ({ id, keys })));
    const seen = new Map<string, ActionId>();
    for (const { id, keys } of all) {
      // The same keys in another order are the same keys.
      const canonical = keys.split('+').sort().join('+');
      expect(seen.get(canonical), `${keys} of ${id}`).toBeUndefined();
      seen.set(canonical, id);
    }
  });

  it('finds the action of each of its key combinations, on a Mac (⌘) and elsewhere (Ctrl)', () => {
    for (const isMac of [false, true]) {
      for (const id of ACTION_IDS) {
        for (const keys of ACTIONS[id].keys) {
          expect(actionForKeyPress(press(keys, isMac), isMac), `${keys} on a Mac: ${isMac}`).toBe(
            id,
          );
        }
      }
    }
    // Ctrl on a Mac is not ⌘; a plain Z is typing.
    expect(actionForKeyPress(press('Mod+Z', false), true)).toBeUndefined();
    expect(actionForKeyPress(press('Z', false), false)).toBeUndefined();
    // Alt+N types "˜" on a Mac: the physical key still counts.
    expect(actionForKeyPress({ ...press('Alt+N', true), key: '˜' }, true)).toBe('newClient');
  });

  it('writes keys for people and for assistive technology on each system', () => {
    expect(displayKeys('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayKeys('Mod+Shift+Z', true)).toBe('⌘ShiftZ');
    expect(ariaKeys('Mod+E', false)).toBe('Control+E');
    expect(ariaKeys('Mod+E', true)).toBe('Meta+E');
  });

  it('is what the Help overlay lists: every action, in order, with all its keys', () => {
    for (const isMac of [false, true]) {
      expect(shortcutRows(isMac)).toEqual(
        ACTION_IDS.map((id) => ({
          id,
          label: ACTIONS[id].label,
          keys: ACTIONS[id].keys.map((keys) => displayKeys(keys, isMac)),
        })),
      );
    }
    const redo = shortcutRows(false).find((row) => row.id === 'redo');
    expect(redo?.keys).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
  });

  it('puts Undo, Redo, New client, Export and the shortcuts in the menu, and moving about not', () => {
    expect(MENU_ACTION_IDS).toEqual(['undo', 'redo', 'newClient', 'export', 'help']);
  });
});

describe('performing an action', () => {
  it('runs it when it can, and does nothing when it cannot', () => {
    const ctx = context();
    expect(performAction('undo', READY, ctx)).toBe(true);
    expect(ctx.undo).toHaveBeenCalledTimes(1);
    expect(performAction('undo', { ...READY, canUndo: false }, ctx)).toBe(false);
    expect(performAction('redo', { ...READY, canRedo: false }, ctx)).toBe(false);
    expect(ctx.undo).toHaveBeenCalledTimes(1);
    expect(ctx.redo).not.toHaveBeenCalled();
    // No new client in a workbook that cannot change; nothing at all before it is open.
    expect(performAction('newClient', { ...READY, readOnly: true }, ctx)).toBe(false);
    expect(performAction('help', { ...READY, ready: false }, ctx)).toBe(false);
    expect(ctx.newClient).not.toHaveBeenCalled();
    expect(ctx.toggleHelp).not.toHaveBeenCalled();
  });

  it('does what its label says', () => {
    const ctx = context();
    for (const id of ACTION_IDS) performAction(id, READY, ctx);
    expect(ctx.navigate.mock.calls.map(([route]) => route as unknown)).toEqual([
      { name: 'home' },
      { name: 'clients' },
      { name: 'mine' },
      { name: 'practice' },
      { name: 'template' },
    ]);
    for (const name of [
      'undo',
      'redo',
      'newClient',
      'focusSearch',
      'toggleHelp',
      'exportScreen',
    ] as const) {
      expect(ctx[name], name).toHaveBeenCalledTimes(1);
    }
  });
});

describe('the events contract', () => {
  it('reads command:run with one of the registry’s actions, and nothing else', () => {
    expect(readPageEvent({ type: 'command:run', id: 'undo' })).toEqual({
      type: 'command:run',
      id: 'undo',
    });
    expect(readPageEvent({ type: 'command:run', id: 'formatDisk' })).toBeNull();
    expect(readPageEvent({ type: 'command:run' })).toBeNull();
    expect(readPageEvent({ type: 'command:run', id: 'undo', extra: 1 })).toBeNull();
    expect(readPageEvent({ type: 'server:stopping' })).toEqual({ type: 'server:stopping' });
    expect(readPageEvent('server:stopping')).toBeNull();
  });

  it('reads the page’s menu state with the registry’s actions only', () => {
    expect(readPageMessage({ type: 'menu:state', enabled: { undo: false, redo: true } })).toEqual({
      type: 'menu:state',
      enabled: { undo: false, redo: true },
    });
    expect(readPageMessage({ type: 'menu:state', enabled: { quit: true } })).toBeNull();
    expect(readPageMessage({ type: 'menu:state', enabled: { undo: 'yes' } })).toBeNull();
    expect(readPageMessage({ type: 'command:run', id: 'undo' })).toBeNull();
  });
});
