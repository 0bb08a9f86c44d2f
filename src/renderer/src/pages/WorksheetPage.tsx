import { memo, useMemo, useState } from 'react';
import type { Worksheet, WorksheetKind, WorksheetOfKind } from '../../../shared/schema';
import { isLockedStatus } from '../../../shared/schema';
import { WORKSHEET_KIND_LABELS } from '../../../shared/catalogue/labels';
import { useModel, useModelSelector, useReadOnly, useWorksheet } from '../state/ModelContext';
import { href, navigate } from '../router';
import { useToast } from '../ui/Toasts';
import { EntityFields, editAsField } from '../ui/fieldProblems';
import { problemAt } from '../state/entityProblems';
import { ConfirmDialog } from '../ui/Dialog';
import { IdpEditor } from '../editors/IdpEditor';
import { SkillsEditor } from '../editors/SkillsEditor';
import { BoundaryMapEditor } from '../editors/BoundaryMapEditor';
import { MentorsEditor } from '../editors/MentorsEditor';
import { AgreementEditor } from '../editors/AgreementEditor';
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
        {WORKSHEET_KIND_LABELS[sheet.kind]}
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

/** Edits for a worksheet of one kind; a stale edit of another kind is ignored. */
function changer<K extends WorksheetKind>(
  edit: (recipe: (w: Worksheet) => Worksheet, field?: string) => void,
  kind: K,
  isKind: (w: Worksheet) => w is WorksheetOfKind<K>,
): EditorProps<K>['change'] {
  return (recipe, field) => {
    edit((w) => (isKind(w) && w.kind === kind ? recipe(w) : w), field);
  };
}

/** The editor of the worksheet's kind; its edit functions stay the same while it is shown. */
const SheetEditor = memo(function SheetEditor({
  sheet,
  readOnly,
}: {
  sheet: Worksheet;
  readOnly: boolean;
}) {
  const model = useModel();
  const id = sheet.id;
  const changers = useMemo(() => {
    const edit = (recipe: (w: Worksheet) => Worksheet, field?: string) => {
      model.editWorksheet(id, recipe, field);
    };
    return {
      idp: changer(edit, 'idp', isIdp),
      skills: changer(edit, 'skills', isSkills),
      boundaryMap: changer(edit, 'boundaryMap', isBoundary),
      mentors: changer(edit, 'mentors', isMentors),
      agreement: changer(edit, 'agreement', isAgreement),
    };
  }, [model, id]);
  switch (sheet.kind) {
    case 'idp':
      return <IdpEditor sheet={sheet} readOnly={readOnly} change={changers.idp} />;
    case 'skills':
      return <SkillsEditor sheet={sheet} readOnly={readOnly} change={changers.skills} />;
    case 'boundaryMap':
      return <BoundaryMapEditor sheet={sheet} readOnly={readOnly} change={changers.boundaryMap} />;
    case 'mentors':
      return <MentorsEditor sheet={sheet} readOnly={readOnly} change={changers.mentors} />;
    case 'agreement':
      return <AgreementEditor sheet={sheet} readOnly={readOnly} change={changers.agreement} />;
  }
});

const isIdp = (w: Worksheet): w is WorksheetOfKind<'idp'> => w.kind === 'idp';
const isSkills = (w: Worksheet): w is WorksheetOfKind<'skills'> => w.kind === 'skills';
const isBoundary = (w: Worksheet): w is WorksheetOfKind<'boundaryMap'> => w.kind === 'boundaryMap';
const isMentors = (w: Worksheet): w is WorksheetOfKind<'mentors'> => w.kind === 'mentors';
const isAgreement = (w: Worksheet): w is WorksheetOfKind<'agreement'> => w.kind === 'agreement';
