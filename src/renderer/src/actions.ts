/**
 * What the page's actions do, and when they can: the page side of the one registry whose
 * names, keys and menu places are in src/shared/actions.ts. Keyed by the same ids, so an action
 * added there fails the typecheck until it is given its `perform` here.
 */
import {
  ACTION_IDS,
  ACTIONS,
  actionForKeyPress,
  ariaKeys,
  displayKeys as displayKeysOn,
  type ActionId,
  type KeyPress,
} from '../../shared/actions';
import type { Route } from './router';

export type { ActionId } from '../../shared/actions';

/** What an action can reach when it runs. */
export interface ActionContext {
  navigate: (route: Route) => void;
  undo: () => void;
  redo: () => void;
  newClient: () => void;
  focusSearch: () => void;
  toggleHelp: () => void;
  /** Export what the screen shows to Word (a worksheet, a client's report, the practice summary). */
  exportScreen: () => void;
}

/** What decides whether an action can run now. */
export interface ActionState {
  /** The workbook is open on its screens (not loading, failed, or waiting for recovery). */
  ready: boolean;
  /** Nothing may change (another window has it, or a newer app made it). */
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

export interface PageAction {
  /** Whether it can run now; a toolbar button is disabled and a menu entry greyed otherwise. */
  enabled: (state: ActionState) => boolean;
  perform: (ctx: ActionContext) => void;
}

const whenReady = (state: ActionState) => state.ready;

function goTo(route: Route): PageAction {
  return {
    enabled: whenReady,
    perform: (c) => {
      c.navigate(route);
    },
  };
}

export const PAGE_ACTIONS: { readonly [Id in ActionId]: PageAction } = {
  undo: {
    enabled: (s) => s.ready && s.canUndo,
    perform: (c) => {
      c.undo();
    },
  },
  redo: {
    enabled: (s) => s.ready && s.canRedo,
    perform: (c) => {
      c.redo();
    },
  },
  newClient: {
    enabled: (s) => s.ready && !s.readOnly,
    perform: (c) => {
      c.newClient();
    },
  },
  search: {
    enabled: whenReady,
    perform: (c) => {
      c.focusSearch();
    },
  },
  goHome: goTo({ name: 'home' }),
  goClients: goTo({ name: 'clients' }),
  goMine: goTo({ name: 'mine' }),
  goPractice: goTo({ name: 'practice' }),
  goTemplate: goTo({ name: 'template' }),
  export: {
    enabled: whenReady,
    perform: (c) => {
      c.exportScreen();
    },
  },
  help: {
    enabled: whenReady,
    perform: (c) => {
      c.toggleHelp();
    },
  },
};

/** Run `id` if it can run in `state`; answers whether it ran. */
export function performAction(id: ActionId, state: ActionState, context: ActionContext): boolean {
  const action = PAGE_ACTIONS[id];
  if (!action.enabled(state)) return false;
  action.perform(context);
  return true;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How a key combination is written for this computer (⌘ on a Mac, Ctrl elsewhere). */
export function displayKeys(keys: string): string {
  return displayKeysOn(keys, isMac);
}

/** A key combination as `aria-keyshortcuts` writes it for this computer. */
export function ariaKeysHere(keys: string): string {
  return ariaKeys(keys, isMac);
}

/** The action a key press stands for, if any. */
export function actionForKey(event: KeyPress): ActionId | undefined {
  return actionForKeyPress(event, isMac);
}

/** An action's label and every key combination for it, as the Help overlay lists them. */
export interface ShortcutRow {
  id: ActionId;
  label: string;
  keys: string[];
}

/** Every action with its keys, in the registry's order, written for this computer. */
export function shortcutRows(mac = isMac): ShortcutRow[] {
  return ACTION_IDS.map((id) => ({
    id,
    label: ACTIONS[id].label,
    keys: ACTIONS[id].keys.map((keys) => displayKeysOn(keys, mac)),
  }));
}

/** What a button that runs `id` says about its keys: a tooltip and `aria-keyshortcuts`. */
export function keyHints(id: ActionId): { title: string; 'aria-keyshortcuts': string } {
  const { label, keys } = ACTIONS[id];
  return {
    title: `${label} (${keys.map(displayKeys).join(' or ')})`,
    'aria-keyshortcuts': keys.map((k) => ariaKeys(k, isMac)).join(' '),
  };
}
