import { memo, useCallback, useId } from 'react';
import type { Clause } from '../../../../shared/schema/agreement';
import type { RichText } from '../../../../shared/richText';
import { unknownMergeFields } from '../../../../shared/domain/mergeFields';
import { TextField } from '../../ui/fields';
import { LazyRichTextEditor } from './richText/LazyRichTextEditor';

/** Change one field of the clause with `id`; the same function for every clause of a list. */
export type ClauseEdit = <F extends 'title' | 'body'>(
  id: string,
  field: F,
  value: Clause[F],
) => void;

/**
 * One clause: its title (one line) and its text, written like a document with merge fields as
 * chips. A `{{name}}` typed in the title that is no merge field (usually a typo) is pointed out,
 * since it would print as typed; the text cannot have one (a chip is always a known field).
 */
export const ClauseFields = memo(function ClauseFields({
  clause,
  readOnly,
  edit,
}: {
  clause: Clause;
  readOnly: boolean;
  edit: ClauseEdit;
}) {
  const id = useId();
  const clauseId = clause.id;
  const unknown = unknownMergeFields(clause.title);
  const onBody = useCallback(
    (body: RichText) => {
      edit(clauseId, 'body', body);
    },
    [edit, clauseId],
  );

  return (
    <div className="clause-fields">
      <TextField
        label="Clause title"
        value={clause.title}
        readOnly={readOnly}
        onChange={(title) => {
          edit(clauseId, 'title', title);
        }}
      />
      <LazyRichTextEditor
        label="Clause text"
        value={clause.body}
        readOnly={readOnly}
        hintId={readOnly ? undefined : `${id}-hint`}
        onChange={onBody}
      />
      {readOnly ? null : (
        <span className="field-hint" id={`${id}-hint`}>
          Type {'{'} to add a merge field, such as the client’s name, filled in for each client.
        </span>
      )}
      {unknown.length > 0 ? (
        <p className="merge-warning">
          {unknown.map((name) => `{{${name}}}`).join(', ')} in the title{' '}
          {unknown.length === 1 ? 'is not a merge field' : 'are not merge fields'} the app knows, so{' '}
          {unknown.length === 1 ? 'it prints' : 'they print'} exactly as typed. Check the spelling,
          or put the field in the clause text from “Insert field”.
        </p>
      ) : null}
    </div>
  );
});
