import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { commandForKey, type CommandContext } from '../commands';
import { href, navigate, useRoute, type Route } from '../router';
import { useModel, useModelSelector } from '../state/ModelContext';
import { HelpOverlay } from './HelpOverlay';
import { NewClientDialog } from './NewClientDialog';
import { SaveIndicator } from './SaveIndicator';
import { RecoveryScreen } from './RecoveryScreen';
import { FirstRun } from './FirstRun';
import { requestSearchFocus } from './searchFocus';
import { RoutePage } from './RoutePage';
import { useExporter } from '../export/useExporter';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { ConflictBadge } from './ConflictBadge';
import { useChangesElsewhere } from './useChangesElsewhere';
import { useKeepWarning } from './useKeepWarning';

const NAV: { route: Route; label: string; matches: Route['name'][] }[] = [
  { route: { name: 'home' }, label: 'Home', matches: ['home'] },
  { route: { name: 'clients' }, label: 'Clients', matches: ['clients', 'client'] },
  { route: { name: 'mine' }, label: 'My worksheets', matches: ['mine'] },
  { route: { name: 'practice' }, label: 'My practice', matches: ['practice'] },
  { route: { name: 'template' }, label: 'Agreement template', matches: ['template'] },
];

/** The window: navigation, the top bar with save state and undo, and the current screen. */
export function AppFrame() {
  const model = useModel();
  // Only what the frame itself shows: a keystroke in an editor does not repaint the frame.
  const loadError = useModelSelector((s) => s.loadError);
  const info = useModelSelector((s) => s.info);
  const canUndo = useModelSelector((s) => s.canUndo);
  const canRedo = useModelSelector((s) => s.canRedo);
  const opened = useModelSelector((s) => s.cache !== null);
  const noClients = useModelSelector((s) => (s.cache?.clients.length ?? 0) === 0);
  const route = useRoute();
  const place = href(route);
  const mainRef = useRef<HTMLElement>(null);
  const [help, setHelp] = useState(false);
  const [newClient, setNewClient] = useState(false);
  const [firstRunDone, setFirstRunDone] = useState(false);
  const readOnly = info?.state === 'readOnly';
  const exporter = useExporter();
  useChangesElsewhere();
  useKeepWarning();

  useEffect(() => {
    const context: CommandContext = {
      navigate,
      undo: () => {
        model.undo();
      },
      redo: () => {
        model.redo();
      },
      newClient: () => {
        if (!readOnly) setNewClient(true);
      },
      focusSearch: () => {
        navigate({ name: 'clients' });
        requestSearchFocus();
      },
      toggleHelp: () => {
        setHelp((open) => !open);
      },
      exportScreen: () => {
        void exporter.exportScreen();
      },
    };
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      command.run(context);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!model.hasUnsavedChanges()) return;
      void model.flush();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [model, readOnly, exporter]);

  // Another page starts at its top, not where the previous one was scrolled to. Jumps within a
  // page (See the map, See the preview) scroll without changing the route, so they still work.
  useLayoutEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [place]);

  if (loadError) {
    return (
      <main className="app-main" style={{ gridColumn: '1 / -1' }}>
        <div className="page card stack" style={{ maxWidth: 640 }}>
          <h1>The workbook could not be opened</h1>
          <p role="alert">{loadError}</p>
          <div>
            <button type="button" className="btn btn-primary" onClick={() => void model.load()}>
              Try again
            </button>
          </div>
        </div>
      </main>
    );
  }
  if (!info)
    return (
      <p className="muted" style={{ padding: 24 }}>
        Opening your workbook…
      </p>
    );
  if (info.state === 'recovery') {
    return (
      <div className="app">
        <RecoveryScreen info={info} />
      </div>
    );
  }
  // `isNew` was true when the workbook opened; a client added since (Alt+N) ends the first run too.
  const showFirstRun = info.isNew && !firstRunDone && route.name === 'home' && noClients;

  return (
    <div className="app">
      <nav className="app-nav" aria-label="Main">
        <div className="app-brand">Coaching Workbook</div>
        {NAV.map((item) => (
          <a
            key={item.label}
            href={href(item.route)}
            aria-current={item.matches.includes(route.name) ? 'page' : undefined}
          >
            {item.label}
          </a>
        ))}
        <div className="spacer" />
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => {
            setHelp(true);
          }}
        >
          Keyboard shortcuts
        </button>
      </nav>
      <header className="app-top">
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={!canUndo}
          onClick={() => {
            model.undo();
          }}
          title="Undo"
        >
          ↶ Undo
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={!canRedo}
          onClick={() => {
            model.redo();
          }}
          title="Redo"
        >
          ↷ Redo
        </button>
        <div className="spacer" />
        <ConflictBadge />
        <SaveIndicator />
        {readOnly ? null : (
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={() => {
              setNewClient(true);
            }}
          >
            + New client
          </button>
        )}
      </header>
      <main className="app-main" id="main" ref={mainRef}>
        {readOnly ? <ReadOnlyBanner info={info} /> : null}
        {showFirstRun ? (
          <FirstRun
            onDone={() => {
              setFirstRunDone(true);
            }}
          />
        ) : opened ? (
          <RoutePage route={route} />
        ) : (
          <p className="muted">Opening your workbook…</p>
        )}
      </main>
      {help ? (
        <HelpOverlay
          onClose={() => {
            setHelp(false);
          }}
        />
      ) : null}
      {newClient ? (
        <NewClientDialog
          onClose={() => {
            setNewClient(false);
          }}
        />
      ) : null}
    </div>
  );
}
