import { Fragment, useEffect, useId, useState } from 'react';
import type { ConflictDetails } from '../../../shared/contract';
import { useModel, useModelSelector } from '../state/ModelContext';
import { useToast } from '../ui/Toasts';
import { whenSetAside } from './SetAsideFiles';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; details: ConflictDetails }
  | { kind: 'error'; message: string };

/**
 * One conflict kept aside, in words: which item, when each version was changed, how they
 * differ, and "Use the other version" (the version it replaces goes into the same file, so the
 * coach can switch back). A signed agreement is never replaced: the button says why not.
 */
export function ConflictChoice({ name }: { name: string }) {
  const model = useModel();
  const toast = useToast();
  const info = useModelSelector((s) => s.info);
  const format = useModelSelector((s) => s.cache?.practice.dateFormat ?? 'D MMMM YYYY');
  const revision = info?.revision ?? 0;
  const editable = info?.state === 'ok';
  const whyId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [asked, setAsked] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void model.conflictDetails(name).then(
      (result) => {
        if (!current) return;
        setLoaded(
          result.ok
            ? { kind: 'ready', details: result.value }
            : { kind: 'error', message: result.error.message },
        );
      },
      () => {
        if (current) setLoaded({ kind: 'error', message: 'This conflict could not be read.' });
      },
    );
    return () => {
      current = false;
    };
  }, [model, name, revision, asked]);

  if (loaded.kind === 'loading') return <p className="muted">Reading this conflict…</p>;
  if (loaded.kind === 'error') return <p className="muted">{loaded.message}</p>;
  const { details } = loaded;

  const use = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await model.takeOtherVersion(name);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      toast({
        message: `${details.label}: the other version is now in your workbook. The version it replaced is kept in the same file.`,
      });
      setAsked((n) => n + 1);
    } catch {
      setError('The other version could not be used. Try again.');
    } finally {
      setBusy(false);
    }
  };

  // Practice and template keep no time of change; a file that cannot be read has neither.
  const rows: [string, string][] = [];
  if (details.currentUpdatedAt !== null) {
    rows.push(['In your workbook', `changed ${whenSetAside(details.currentUpdatedAt, format)}`]);
  }
  if (details.otherUpdatedAt !== null) {
    rows.push(['The other version', `changed ${whenSetAside(details.otherUpdatedAt, format)}`]);
  }
  if (details.differences.length > 0) rows.push(['They differ in', details.differences.join(', ')]);
  const why = !editable ? 'Nothing can change while the workbook is read-only.' : details.why;
  return (
    <div className="stack conflict-choice">
      <strong>{details.label}</strong>
      {rows.length > 0 ? (
        <dl className="conflict-versions">
          {rows.map(([term, text]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      <div className="row">
        <button
          type="button"
          className="btn btn-small btn-primary"
          disabled={busy || !details.canUse || !editable}
          aria-describedby={why !== null ? whyId : undefined}
          onClick={() => void use()}
        >
          {busy ? 'Using the other version…' : 'Use the other version'}
        </button>
      </div>
      {why !== null ? (
        <p id={whyId} className="muted">
          {why}
        </p>
      ) : null}
      {error !== null ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
