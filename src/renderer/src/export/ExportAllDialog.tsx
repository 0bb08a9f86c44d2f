import { useRef, useState } from 'react';
import { useClientRow, useModel, useWorksheetsOf } from '../state/ModelContext';
import { Dialog } from '../ui/Dialog';
import { clientDocuments, type ExportItem } from './exportRequests';
import { useExporter, useExportsInfo } from './useExporter';
import '../styles/exports.css';

type ItemState =
  | { status: 'waiting' }
  | { status: 'working' }
  | { status: 'saved'; fileName: string }
  | { status: 'failed'; message: string };

type Phase = 'ready' | 'choosing' | 'running' | 'finished';

const MARK: Record<ItemState['status'], string> = {
  waiting: '',
  working: '…',
  saved: '✓',
  failed: '✕',
};

/**
 * "Export all documents": every worksheet of a client and their report into one folder. The
 * page asks for one document at a time, so the bar shows real progress, the window stays
 * usable, and Stop takes effect between two documents.
 */
export function ExportAllDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const model = useModel();
  const worksheets = useWorksheetsOf(clientId);
  const client = useClientRow(clientId);
  const info = useExportsInfo();
  const exporter = useExporter();
  const [items] = useState<ExportItem[]>(() => clientDocuments(worksheets, clientId));
  const [states, setStates] = useState<ItemState[]>(() => items.map(() => ({ status: 'waiting' })));
  const [phase, setPhase] = useState<Phase>('ready');
  const [folderPath, setFolderPath] = useState('');
  const [problem, setProblem] = useState('');
  const [lastRecordId, setLastRecordId] = useState<string | null>(null);
  const stopped = useRef(false);

  const done = states.filter((s) => s.status === 'saved' || s.status === 'failed').length;
  const saved = states.filter((s) => s.status === 'saved').length;
  const mark = (index: number, state: ItemState) => {
    setStates((current) => current.map((s, i) => (i === index ? state : s)));
  };

  const run = async () => {
    const heldBack = model.heldBackMessage();
    if (heldBack !== null) {
      setProblem(heldBack);
      return;
    }
    setPhase('choosing');
    setProblem('');
    await model.flush();
    const chosen = await model.exports.chooseFolder({});
    if (!chosen.ok) {
      setProblem(chosen.error.message);
      setPhase('ready');
      return;
    }
    if (chosen.value.status === 'cancelled') {
      setPhase('ready');
      return;
    }
    const { folder, path } = chosen.value;
    setFolderPath(path);
    setPhase('running');
    for (const [index, item] of items.entries()) {
      if (stopped.current) break;
      mark(index, { status: 'working' });
      const more = index < items.length - 1;
      const result = await model.exports.saveToFolder({ folder, request: item.request, more });
      if (result.ok) {
        exporter.noteSaved(result.value);
        setLastRecordId(result.value.record.id);
        mark(index, { status: 'saved', fileName: result.value.fileName });
        continue;
      }
      mark(index, { status: 'failed', message: result.error.message });
      // A folder that cannot be written (read-only, full disk) will refuse the rest too.
      if (result.error.code === 'io') {
        setProblem(result.error.message);
        break;
      }
    }
    setPhase('finished');
  };

  const close = () => {
    stopped.current = true;
    onClose();
  };
  const n = items.length;
  const summary =
    phase === 'finished'
      ? saved === n
        ? `All ${n} documents are saved in ${folderPath}.`
        : `${saved} of ${n} documents were saved in ${folderPath}.`
      : phase === 'running'
        ? `Exporting ${Math.min(done + 1, n)} of ${n}…`
        : '';

  return (
    <Dialog
      title={`Export all documents${client ? ` for ${client.name}` : ''}`}
      onClose={close}
      actions={
        phase === 'finished' ? (
          <>
            {info?.canShowInFolder && lastRecordId !== null ? (
              <button
                type="button"
                className="btn"
                onClick={() => void exporter.showInFolder(lastRecordId)}
              >
                Show in folder
              </button>
            ) : null}
            <button type="button" className="btn btn-primary" onClick={close}>
              Close
            </button>
          </>
        ) : phase === 'running' ? (
          <button
            type="button"
            className="btn"
            onClick={() => {
              stopped.current = true;
            }}
          >
            Stop after this one
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={phase === 'choosing'}
              onClick={() => void run()}
            >
              {info?.fixedFolder ? `Export ${n} documents` : 'Choose a folder and export'}
            </button>
          </>
        )
      }
    >
      {phase === 'ready' || phase === 'choosing' ? (
        <p>
          {n === 1
            ? 'The client report will be saved as a Word document.'
            : `Each of these ${n} documents will be saved as its own Word file.`}{' '}
          {info?.fixedFolder
            ? `They go into ${info.fixedFolder}.`
            : 'You choose the folder next; files already there are kept.'}
        </p>
      ) : (
        <div className="export-progress">
          <progress max={n} value={done} aria-label="Documents exported" />
          <p aria-live="polite">
            <strong>
              {done} of {n}
            </strong>{' '}
            {summary}
          </p>
        </div>
      )}
      {problem ? (
        <p className="export-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {/* It scrolls when the client has many worksheets: reachable by keyboard too. */}
      <ul className="export-list" aria-label="Documents" tabIndex={0}>
        {items.map((item, index) => {
          const state = states[index] ?? { status: 'waiting' };
          return (
            <li
              key={`${item.request.document}-${item.request.worksheetId ?? ''}`}
              data-status={state.status}
            >
              <span className="export-mark" aria-hidden="true">
                {MARK[state.status]}
              </span>
              <span className="export-item">
                <span>{item.label}</span>
                {state.status === 'saved' ? (
                  <span className="muted">Saved as {state.fileName}</span>
                ) : state.status === 'failed' ? (
                  <span className="export-failed">Not exported: {state.message}</span>
                ) : state.status === 'working' ? (
                  <span className="muted">Exporting…</span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
