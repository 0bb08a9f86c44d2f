import { useId, useState } from 'react';
import type { Worksheet } from '../../../../shared/schema';
import {
  CREATABLE_KINDS,
  isCreatable,
  kindSpec,
  withSpec,
  type CreatableKind,
} from '../../../../shared/kinds';
import { todayIso } from '../../../../shared/domain/dates';
import { useModel, useReadOnly, useDateFormat, useWorksheetsOf } from '../../state/ModelContext';
import { href, navigate } from '../../router';
import { useToast } from '../../ui/Toasts';
import { ConfirmDialog } from '../../ui/Dialog';
import { formatTimestampDay } from './clientDisplay';

function titleOf(sheet: Worksheet): string {
  return sheet.title.trim() || kindSpec(sheet.kind).label;
}

/**
 * The worksheets of one client, or the coach's own (`clientId` null), agreements aside:
 * start a new one of any kind, open, duplicate, delete (with undo).
 */
export function WorksheetList({
  clientId,
  emptyText,
}: {
  clientId: string | null;
  emptyText: string;
}) {
  const model = useModel();
  const readOnly = useReadOnly();
  const toast = useToast();
  const [deleting, setDeleting] = useState<Worksheet | null>(null);
  const [busy, setBusy] = useState(false);
  const groupId = useId();
  const today = todayIso(new Date());
  const format = useDateFormat();
  const all = useWorksheetsOf(clientId);

  const sheets = all
    .filter((sheet) => isCreatable(sheet.kind))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  const create = async (kind: CreatableKind) => {
    setBusy(true);
    const result = await model.createWorksheet(kind, clientId);
    setBusy(false);
    if (result.ok) navigate({ name: 'worksheet', id: result.value.id });
    else toast({ message: result.error.message, tone: 'error' });
  };

  const duplicate = async (sheet: Worksheet) => {
    const result = await model.duplicateWorksheet(sheet.id);
    if (result.ok) toast({ message: `Made a copy: “${titleOf(result.value)}”.` });
    else toast({ message: result.error.message, tone: 'error' });
  };

  const remove = async (sheet: Worksheet) => {
    setDeleting(null);
    const result = await model.deleteWorksheet(sheet.id);
    if (!result.ok) {
      toast({ message: result.error.message, tone: 'error' });
      return;
    }
    const removed = result.value;
    toast({
      message: `Deleted “${titleOf(sheet)}”.`,
      action: { label: 'Undo', run: () => void model.undeleteWorksheet(removed) },
    });
  };

  return (
    <div className="stack">
      {readOnly ? null : (
        <div className="new-sheet" role="group" aria-labelledby={`${groupId}-label`}>
          <span className="new-sheet-label" id={`${groupId}-label`}>
            Start a new worksheet
          </span>
          <div className="row">
            {CREATABLE_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => void create(kind)}
              >
                + {kindSpec(kind).buttonLabel}
              </button>
            ))}
          </div>
        </div>
      )}
      {sheets.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <ul className="sheet-list">
          {sheets.map((sheet) => (
            <li key={sheet.id} className="sheet-item">
              <span className={`sheet-kind sheet-kind-${sheet.kind}`} aria-hidden="true" />
              <div className="sheet-main">
                <a href={href({ name: 'worksheet', id: sheet.id })}>{titleOf(sheet)}</a>
                <span className="muted sheet-meta">
                  {[
                    titleOf(sheet) === kindSpec(sheet.kind).label
                      ? null
                      : kindSpec(sheet.kind).label,
                    withSpec(sheet, (spec, own) => spec.summary(own, today)),
                    `updated ${formatTimestampDay(sheet.updatedAt, format)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              {readOnly ? null : (
                <div className="row sheet-actions">
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    aria-label={`Duplicate ${titleOf(sheet)}`}
                    onClick={() => void duplicate(sheet)}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small btn-danger"
                    aria-label={`Delete ${titleOf(sheet)}`}
                    onClick={() => {
                      setDeleting(sheet);
                    }}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title="Delete this worksheet?"
          message={`“${titleOf(deleting)}” will be removed. You can undo this right after.`}
          confirmLabel="Delete worksheet"
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => {
            setDeleting(null);
          }}
        />
      ) : null}
    </div>
  );
}
