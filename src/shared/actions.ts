/**
 * The page's actions, the part every side reads: what each is called, its keys, and whether
 * and where the desktop app's menu offers it. The page's key handler, its Help overlay and its
 * toolbar, and the Electron menu are all built from this one list; what an action does
 * (`perform`) and when it can (`enabled`) live with the page, in src/renderer/src/actions.ts,
 * keyed by the same ids, so the compiler checks that every action here can be performed.
 *
 * Keys are written once for every system: `Mod` is Ctrl on Windows and Linux, ⌘ on macOS;
 * then Shift, Alt, and the key itself as `KeyboardEvent.key` names it (`Z`, `1`, `F1`).
 */

/** The desktop app's menus, in the order they appear. The app menu exists on macOS only. */
export const MENUS = ['app', 'file', 'edit', 'view', 'window', 'help'] as const;
export type MenuName = (typeof MENUS)[number];

/** Where the desktop app's menu offers an action (absent: keys and page only). */
export interface ActionMenuEntry {
  menu: Exclude<MenuName, 'app' | 'window'>;
  /** The entry's label, in the menu's Title Case (an ellipsis when it asks for more). */
  label: string;
}

export interface ActionSpec {
  /** What the Help overlay and the toolbar call it. */
  label: string;
  /**
   * Its key combinations, the first one shown in the menu; all of them work and the Help
   * overlay lists them all. Never shared with another action.
   */
  keys: readonly [string, ...string[]];
  menu?: ActionMenuEntry;
}

/** Every action of the page, in the order the Help overlay lists them. */
export const ACTIONS = {
  undo: { label: 'Undo', keys: ['Mod+Z'], menu: { menu: 'edit', label: 'Undo' } },
  redo: { label: 'Redo', keys: ['Mod+Shift+Z', 'Mod+Y'], menu: { menu: 'edit', label: 'Redo' } },
  newClient: { label: 'New client', keys: ['Alt+N'], menu: { menu: 'file', label: 'New Client…' } },
  // The navigation and its search box are one click away on every screen: keys only.
  search: { label: 'Search clients', keys: ['Mod+K'] },
  goHome: { label: 'Go to Home', keys: ['Alt+1'] },
  goClients: { label: 'Go to Clients', keys: ['Alt+2'] },
  goMine: { label: 'Go to My worksheets', keys: ['Alt+3'] },
  goPractice: { label: 'Go to My practice', keys: ['Alt+4'] },
  goTemplate: { label: 'Go to Agreement template', keys: ['Alt+5'] },
  // The page knows what is on screen (a worksheet, a client, Home) and exports that.
  export: {
    label: 'Export this screen to Word',
    keys: ['Mod+E'],
    menu: { menu: 'file', label: 'Export to Word…' },
  },
  help: {
    label: 'Show keyboard shortcuts',
    keys: ['F1'],
    menu: { menu: 'help', label: 'Keyboard Shortcuts' },
  },
} as const satisfies Record<string, ActionSpec>;

export type ActionId = keyof typeof ACTIONS;

/** The ids in the registry's order (the Help overlay's). */
export const ACTION_IDS = Object.keys(ACTIONS) as [ActionId, ...ActionId[]];

/** The actions the desktop app's menu offers. */
export type MenuActionId = {
  [Id in ActionId]: (typeof ACTIONS)[Id] extends { menu: ActionMenuEntry } ? Id : never;
}[ActionId];

/** One action's spec, typed as the registry's shape rather than its literal values. */
export function actionSpec(id: ActionId): ActionSpec {
  return ACTIONS[id];
}

export function isActionId(value: string): value is ActionId {
  return Object.prototype.hasOwnProperty.call(ACTIONS, value);
}

/** The menu's actions, in the registry's order. */
export const MENU_ACTION_IDS = ACTION_IDS.filter(
  (id): id is MenuActionId => actionSpec(id).menu !== undefined,
);

// ---- keys --------------------------------------------------------------------------------

/** A key press as the page sees it (the fields of a KeyboardEvent that matter here). */
export interface KeyPress {
  key: string;
  /** The physical key (`KeyN`, `Digit1`): Alt changes the character typed on some layouts. */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** True when `press` is the combination `keys` (e.g. `Mod+Shift+Z`) on this system. */
export function matchesKeys(keys: string, press: KeyPress, isMac: boolean): boolean {
  const parts = keys.split('+');
  const main = parts.at(-1);
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const key = press.key.length === 1 ? press.key.toUpperCase() : press.key;
  // Alt changes the character typed on some layouts (Alt+N is "˜" on a Mac): match the key itself.
  const code = press.code.replace(/^(Digit|Key)/, '');
  return (
    parts.includes('Mod') === mod &&
    parts.includes('Shift') === press.shiftKey &&
    parts.includes('Alt') === press.altKey &&
    (main === key || main === code)
  );
}

/** The action a key press stands for, if any. */
export function actionForKeyPress(press: KeyPress, isMac: boolean): ActionId | undefined {
  return ACTION_IDS.find((id) => ACTIONS[id].keys.some((keys) => matchesKeys(keys, press, isMac)));
}

/** How a key combination is written for a person on this system (⌘Z on a Mac, Ctrl+Z elsewhere). */
export function displayKeys(keys: string, isMac: boolean): string {
  return keys
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part))
    .join(isMac ? '' : '+');
}

/** The same combination as `aria-keyshortcuts` writes it (`Control+Z`, `Meta+Z` on a Mac). */
export function ariaKeys(keys: string, isMac: boolean): string {
  return keys
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac ? 'Meta' : 'Control') : part))
    .join('+');
}

/** The same combination as an Electron menu accelerator (`CmdOrCtrl+Z`). */
export function acceleratorOf(keys: string): string {
  return keys
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part))
    .join('+');
}
