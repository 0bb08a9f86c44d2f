import { useState, type ReactNode } from 'react';
import type { SetAsideInfo } from '../../../shared/contract';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import type { DateFormat } from '../../../shared/schema';
import { useModel, useModelSelector } from '../state/ModelContext';

/** Why a file was set aside, in the coach's words. */
export const SET_ASIDE_REASONS: Record<SetAsideInfo['reason'], string> = {
  unreadable: 'This file could not be read, so it was moved here exactly as it was.',
  unsaved:
    'Changes from this window that could not be saved, because the file had been changed elsewhere in a way this app cannot read.',
  conflict:
    'The same item was changed here and on another computer. The later change was kept; the other version is saved in this file.',
  replaced: 'Your workbook as it was just before a backup was restored over it.',
  original: 'The original file, kept exactly as it was before the app changed it.',
};

/** A moment shown in the practice's date style (or a plain one before a workbook is open). */
export function whenSetAside(iso: string, format: DateFormat): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${formatDate(todayIso(at), format)}, ${time}`;
}

/** More about one file (a conflict's two versions), shown instead of why it was set aside. */
export type SetAsideDetails = (file: SetAsideInfo) => ReactNode;

/**
 * Files the app moved out of the way (it never deletes one): what each is, when, and where
 * to find it.
 */
export function SetAsideFiles({
  files,
  details,
}: {
  files: readonly SetAsideInfo[];
  details?: SetAsideDetails;
}) {
  const format = useModelSelector((s) => s.cache?.practice.dateFormat ?? 'D MMMM YYYY');
  if (files.length === 0) return null;
  return (
    <ul className="set-aside-list" aria-label="Files set aside">
      {files.map((file) => (
        <SetAsideRow key={file.name} file={file} format={format} details={details?.(file)} />
      ))}
    </ul>
  );
}

function SetAsideRow({
  file,
  format,
  details,
}: {
  file: SetAsideInfo;
  format: DateFormat;
  details: ReactNode;
}) {
  const model = useModel();
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const show = async () => {
    setError(null);
    const result = await model.showSetAside(file.name);
    if (!result.ok) setError(result.error.message);
    else if (!result.value.shown) setPath(result.value.path);
  };
  const copy = async () => {
    if (path === null) return;
    try {
      await navigator.clipboard.writeText(path);
      setCopied(true);
    } catch {
      setError('The path could not be copied. Select it and copy it by hand.');
    }
  };
  return (
    <li className="set-aside-item stack">
      {details ?? null}
      {details ? (
        <span className="muted set-aside-name">File: {file.name}</span>
      ) : (
        <strong className="set-aside-name">{file.name}</strong>
      )}
      <div className="row">
        <span className="muted spacer">
          {details ? 'Set aside ' : null}
          {whenSetAside(file.at, format)}
        </span>
        <button type="button" className="btn btn-small" onClick={() => void show()}>
          Show in folder
        </button>
      </div>
      {details ? null : <p className="muted">{SET_ASIDE_REASONS[file.reason]}</p>}
      {path !== null ? (
        <div className="row">
          <code className="set-aside-path spacer">{path}</code>
          <button type="button" className="btn btn-small" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy path'}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
