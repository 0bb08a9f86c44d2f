import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  type ButtonHTMLAttributes,
  type ReactNode,
} from 'react';
import { MENU_ACTION_IDS } from '../../../shared/actions';
import type { MenuState } from '../../../shared/contract';
import {
  actionForKey,
  keyHints,
  PAGE_ACTIONS,
  performAction,
  type ActionContext,
  type ActionId,
  type ActionState,
} from '../actions';
import { connectPageChannel } from '../api/client';
import type { PageEventListener } from '../api/events';
import { useModelSelector } from '../state/ModelContext';
import type { ModelState } from '../state/workbookModel';

function actionStateOf(s: ModelState): ActionState {
  return {
    ready: s.loadError === null && s.info !== null && s.info.state !== 'recovery',
    readOnly: s.info?.state === 'readOnly',
    canUndo: s.canUndo,
    canRedo: s.canRedo,
  };
}

function sameState(a: ActionState, b: ActionState): boolean {
  return (
    a.ready === b.ready &&
    a.readOnly === b.readOnly &&
    a.canUndo === b.canUndo &&
    a.canRedo === b.canRedo
  );
}

/** What decides, now, which actions can run (re-renders only when that changes). */
export function useActionState(): ActionState {
  return useModelSelector(actionStateOf, sameState);
}

const RunAction = createContext<(id: ActionId) => void>(() => undefined);

/** Lets the buttons below run actions with the frame's context. */
export function ActionsProvider({
  run,
  children,
}: {
  run: (id: ActionId) => void;
  children: ReactNode;
}) {
  return <RunAction.Provider value={run}>{children}</RunAction.Provider>;
}

/**
 * A button that runs one of the registry's actions: disabled when the action cannot run, its
 * keys in its tooltip and `aria-keyshortcuts`. `hideWhenDisabled`: left out instead (New client
 * in a read-only workbook).
 */
export function ActionButton({
  action,
  hideWhenDisabled = false,
  children,
  ...rest
}: {
  action: ActionId;
  hideWhenDisabled?: boolean;
  children: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'disabled' | 'type'>) {
  const run = useContext(RunAction);
  const enabled = PAGE_ACTIONS[action].enabled(useActionState());
  if (!enabled && hideWhenDisabled) return null;
  return (
    <button
      type="button"
      {...keyHints(action)}
      {...rest}
      disabled={!enabled}
      onClick={() => {
        run(action);
      }}
    >
      {children}
    </button>
  );
}

/**
 * Wire the page's actions to everything that runs them: their keys, main's `command:run` (the
 * desktop menu), and the buttons under the returned runner. Keeps the desktop menu told which
 * of its entries can run now. `onEvent` hears main's other events.
 */
export function usePageActions(
  context: ActionContext,
  onEvent: PageEventListener,
): (id: ActionId) => void {
  const state = useActionState();
  // Read at the moment an action runs, so the handlers below never need to be set up again.
  const latest = useRef({ state, context, onEvent });
  useEffect(() => {
    latest.current = { state, context, onEvent };
  });
  const run = useCallback((id: ActionId) => {
    performAction(id, latest.current.state, latest.current.context);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const id = actionForKey(event);
      if (id === undefined) return;
      // Always the page's own: a browser's undo in one text box would bypass the page's history.
      event.preventDefault();
      run(id);
    };
    window.addEventListener('keydown', onKey);
    const channel = connectPageChannel();
    const stop = channel.subscribe((event) => {
      if (event.type === 'command:run') run(event.id);
      else latest.current.onEvent(event);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [run]);

  // The menu greys out what the page cannot do; told only when that changes.
  const told = useRef<string | null>(null);
  useEffect(() => {
    const enabled: MenuState['enabled'] = {};
    for (const id of MENU_ACTION_IDS) enabled[id] = PAGE_ACTIONS[id].enabled(state);
    const key = JSON.stringify(enabled);
    if (key === told.current) return;
    told.current = key;
    connectPageChannel().tell({ type: 'menu:state', enabled });
  }, [state]);

  return run;
}
