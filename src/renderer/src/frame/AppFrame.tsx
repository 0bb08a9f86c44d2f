import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActionContext } from '../actions';
import type { PageEvent } from '../../../shared/contract';
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
import { ActionButton, ActionsProvider, usePageActions } from './pageActions';
import { ServerStoppedBanner } from './ServerStoppedBanner';
import { onNewAccessKey } from '../api/client';

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

  // The web server said it is stopping: said calmly until a server is back (its new address).
  const [serverStopped, setServerStopped] = useState(false);
  useEffect(
    () =>
      onNewAccessKey(() => {
        setServerStopped(false);
      }),
    [],
  );

  const actionContext = useMemo<ActionContext>(
    () => ({
      navigate,
      undo: () => {
        model.undo();
      },
      redo: () => {
        model.redo();
      },
      newClient: () => {
        setNewClient(true);
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
    }),
    [model, exporter],
  );
  const runAction = usePageActions(actionContext, (event: PageEvent) => {
    if (event.type === 'server:stopping') setServerStopped(true);
  });

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!model.hasUnsavedChanges()) return;
      void model.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [model]);

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
    <ActionsProvider run={runAction}>
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
          <ActionButton action="help" className="btn btn-quiet">
            Keyboard shortcuts
          </ActionButton>
        </nav>
        <header className="app-top">
          <ActionButton action="undo" className="btn btn-quiet btn-small">
            ↶ Undo
          </ActionButton>
          <ActionButton action="redo" className="btn btn-quiet btn-small">
            ↷ Redo
          </ActionButton>
          <div className="spacer" />
          <ConflictBadge />
          <SaveIndicator />
          <ActionButton action="newClient" hideWhenDisabled className="btn btn-primary btn-small">
            + New client
          </ActionButton>
        </header>
        <main className="app-main" id="main" ref={mainRef}>
          {serverStopped ? <ServerStoppedBanner /> : null}
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
    </ActionsProvider>
  );
}
