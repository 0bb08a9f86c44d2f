import type { Route } from './router';

/** What a command can reach when it runs. */
export interface CommandContext {
  navigate: (route: Route) => void;
  undo: () => void;
  redo: () => void;
  newClient: () => void;
  focusSearch: () => void;
  toggleHelp: () => void;
  /** Export what the screen shows to Word (a worksheet, a client's report, the practice summary). */
  exportScreen: () => void;
}

/**
 * One keyboard command. `keys` uses `Mod` for Ctrl (Windows, Linux) or Cmd (macOS).
 * The Help overlay lists these; the key handler runs them.
 */
export interface Command {
  id: string;
  label: string;
  keys: string;
  run: (ctx: CommandContext) => void;
}

export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    keys: 'Mod+Z',
    run: (c) => {
      c.undo();
    },
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: 'Mod+Shift+Z',
    run: (c) => {
      c.redo();
    },
  },
  {
    id: 'redoAlt',
    label: 'Redo',
    keys: 'Mod+Y',
    run: (c) => {
      c.redo();
    },
  },
  {
    id: 'newClient',
    label: 'New client',
    keys: 'Alt+N',
    run: (c) => {
      c.newClient();
    },
  },
  {
    id: 'search',
    label: 'Search clients',
    keys: 'Mod+K',
    run: (c) => {
      c.focusSearch();
    },
  },
  {
    id: 'goHome',
    label: 'Go to Home',
    keys: 'Alt+1',
    run: (c) => {
      c.navigate({ name: 'home' });
    },
  },
  {
    id: 'goClients',
    label: 'Go to Clients',
    keys: 'Alt+2',
    run: (c) => {
      c.navigate({ name: 'clients' });
    },
  },
  {
    id: 'goMine',
    label: 'Go to My worksheets',
    keys: 'Alt+3',
    run: (c) => {
      c.navigate({ name: 'mine' });
    },
  },
  {
    id: 'goPractice',
    label: 'Go to My practice',
    keys: 'Alt+4',
    run: (c) => {
      c.navigate({ name: 'practice' });
    },
  },
  {
    id: 'goTemplate',
    label: 'Go to Agreement template',
    keys: 'Alt+5',
    run: (c) => {
      c.navigate({ name: 'template' });
    },
  },
  {
    id: 'export',
    label: 'Export this screen to Word',
    keys: 'Mod+E',
    run: (c) => {
      c.exportScreen();
    },
  },
  {
    id: 'help',
    label: 'Show keyboard shortcuts',
    keys: 'F1',
    run: (c) => {
      c.toggleHelp();
    },
  },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How a key combination is written for this computer (⌘ on a Mac, Ctrl elsewhere). */
export function displayKeys(keys: string): string {
  return keys
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part))
    .join(isMac ? '' : '+');
}

/** The command a key press stands for, if any. */
export function commandForKey(event: KeyboardEvent): Command | undefined {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  // Alt changes the character typed on some layouts (Alt+N is "˜" on a Mac): match the key itself.
  const code = event.code.replace(/^(Digit|Key)/, '');
  return COMMANDS.find((command) => {
    const parts = command.keys.split('+');
    const main = parts.at(-1);
    return (
      parts.includes('Mod') === mod &&
      parts.includes('Shift') === event.shiftKey &&
      parts.includes('Alt') === event.altKey &&
      (main === key || main === code)
    );
  });
}
