import { createElement, memo, useMemo, useState } from 'react';
import type { Worksheet, WorksheetKind } from '../../../shared/schema';
import { isLockedStatus } from '../../../shared/schema';
import { isOfKind, kindSpec } from '../../../shared/kinds';
import { useModel, useModelSelector, useReadOnly, useWorksheet } from '../state/ModelContext';
import type { WorkbookModel } from '../state/workbookModel';
import { href, navigate } from '../router';
import { useToast } from '../ui/Toasts';
import { EntityFields, editAsField } from '../ui/fieldProblems';
import { problemAt } from '../state/entityProblems';
import { ConfirmDialog } from '../ui/Dialog';
import { editorOf } from '../editors/editors';
import type { EditorProps } from '../editors/editorProps';
import { ExportButton } from '../export/useExporter';
import { worksheetExport } from '../export/exportRequests';

/** One worksheet: its title, owner and actions, and the editor for its kind. */
export function WorksheetPage({ id }: { id: string }) {
  const loaded = useWorksheet(id);
  const sheet = loaded.status === 'ready' ? loaded.value : null;
  const clientId = sheet?.clientId ?? null;
  const titleProblem = useModelSelector((s) =>
    problemAt(s.problems.get(`worksheet:${id}`), 'title'),
  );
  const client = useModelSelector((s) =>
    clientId === null ? undefined : s.cache?.files.get(clientId)?.client,
  );
  const model = useModel();
  const toast = useToast();
  const workbookReadOnly = useReadOnly();
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (loaded.status === 'loading') {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">Opening this worksheet…</p>
      </div>
    );
  }
  if (!sheet) {
    return (
      <div className="page">
        <h1>Worksheet not found</h1>
        <p className="muted">It may have been deleted.</p>
        <p>
          <a href={href({ name: 'home' })}>Back to Home</a>
        </p>
      </div>
    );
  }
  // Only a draft agreement can change; a sent one is frozen and a signed one is history.
  const frozen = sheet.kind === 'agreement' && sheet.status !== 'draft';
  const locked = sheet.kind === 'agreement' && isLockedStatus(sheet.status);
  const readOnly = workbookReadOnly || frozen;
  const back = client ? { name: 'client' as const, id: client.id } : { name: 'mine' as const };

  const remove = async () => {
    setConfirmDelete(false);
    const result = await model.deleteWorksheet(sheet.id);
    if (!result.ok) {
      toast({ message: result.error.message, tone: 'error' });
      return;
    }
    navigate(back);
    toast({
      message: `Deleted “${sheet.title}”.`,
      action: { label: 'Undo', run: () => void model.undeleteWorksheet(result.value) },
    });
  };
  const duplicate = async () => {
    const result = await model.duplicateWorksheet(sheet.id);
    if (result.ok) navigate({ name: 'worksheet', id: result.value.id });
    else toast({ message: result.error.message, tone: 'error' });
  };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="muted">
        <a href={href(back)}>{client ? client.name : 'My worksheets'}</a> ›{' '}
        {kindSpec(sheet.kind).label}
      </nav>
      <div className="page-header">
        <div className="field title-field">
          <label htmlFor="worksheet-title" className="visually-hidden">
            Worksheet title
          </label>
          <input
            id="worksheet-title"
            className="title-input"
            value={sheet.title}
            readOnly={readOnly}
            aria-invalid={titleProblem ? true : undefined}
            aria-describedby={titleProblem ? 'worksheet-title-error' : undefined}
            onChange={(event) => {
              const title = event.target.value;
              editAsField(model, `worksheet:${sheet.id}`, 'worksheet-title', () => {
                model.editWorksheet(sheet.id, (w) => ({ ...w, title }), 'title');
              });
            }}
          />
          {titleProblem ? (
            <span className="field-error" id="worksheet-title-error" role="alert">
              {titleProblem}. Until it is fixed, this worksheet is not saved.
            </span>
          ) : null}
        </div>
        <div className="row page-actions">
          <ExportButton item={worksheetExport(sheet)} label="Export to Word" />
          {workbookReadOnly ? null : (
            <>
              <button type="button" className="btn" onClick={() => void duplicate()}>
                Duplicate
              </button>
              {locked ? null : (
                <button
                  type="button"
                  className="btn btn-danger"
                  onClick={() => {
                    setConfirmDelete(true);
                  }}
                >
                  Delete
                </button>
              )}
            </>
          )}
        </div>
      </div>
      <EntityFields entity={`worksheet:${sheet.id}`}>
        <SheetEditor sheet={sheet} readOnly={readOnly} />
      </EntityFields>
      {confirmDelete ? (
        <ConfirmDialog
          title="Delete this worksheet?"
          message={`“${sheet.title}” will be removed. You can undo this right after.`}
          confirmLabel="Delete worksheet"
          danger
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirmDelete(false);
          }}
        />
      ) : null}
    </div>
  );
}

/** Edits for a worksheet of one kind; a stale edit meant for another kind is ignored. */
function changer<K extends WorksheetKind>(
  model: WorkbookModel,
  id: string,
  kind: K,
): EditorProps<K>['change'] {
  return (recipe, field) => {
    model.editWorksheet(id, (w) => (isOfKind(w, kind) ? recipe(w) : w), field);
  };
}

/** The editor of the worksheet's kind; its edit function stays the same while it is shown. */
const SheetEditor = memo(function SheetEditor({
  sheet,
  readOnly,
}: {
  sheet: Worksheet;
  readOnly: boolean;
}) {
  const model = useModel();
  const { id, kind } = sheet;
  const change = useMemo(() => changer(model, id, kind), [model, id, kind]);
  // The editors are fixed components looked up by kind, not made here.
  return createElement(editorOf(kind), { sheet, readOnly, change });
});
