import { useEffect, useRef, useState } from 'react';
import { mergeFieldLabel, type MergeFieldKey } from '../../../../shared/catalogue/mergeFields';
import type { WordTemplateInspection } from '../../../../shared/contract';
import { formatDateInWords, todayIso } from '../../../../shared/domain/dates';
import type { AgreementTemplate } from '../../../../shared/schema';
import { useDateFormat, useModel } from '../../state/ModelContext';
import { WorkspaceSection } from '../../editors/agreement/WorkspaceSection';
import { useToast } from '../../ui/Toasts';
import { WordFieldList } from './WordFieldList';
import { WordSuggestions } from './WordSuggestions';
import { WORD_FILE_ACCEPT, wordFileUpload } from './wordFile';

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * "Use my Word document…": the coach's own agreement as the template. Shows which document is
 * used, the fields it holds (and names in braces the app does not know), and the details it
 * recognised that could become fields; or, before one is chosen, how to mark fields in Word.
 */
export function WordTemplateSection({
  template,
  readOnly,
}: {
  template: AgreementTemplate;
  readOnly: boolean;
}) {
  const model = useModel();
  const toast = useToast();
  const dateFormat = useDateFormat();
  const input = useRef<HTMLInputElement>(null);
  const [seen, setSeen] = useState<WordTemplateInspection | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const document = template.wordDocument;
  const sha256 = document?.sha256;

  useEffect(() => {
    if (sha256 === undefined || seen?.document.sha256 === sha256) return;
    let live = true;
    void model.inspectWordTemplate().then((result) => {
      if (!live) return;
      if (result.ok) setSeen(result.value);
      else setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [model, sha256, seen]);

  const pick = async (file: File | undefined) => {
    // Cleared, so that choosing the same file again after fixing it still counts as a choice.
    if (input.current) input.current.value = '';
    if (!file) return;
    setBusy(true);
    const upload = await wordFileUpload(file);
    const result = upload.ok ? await model.importWordTemplate(upload.value) : upload;
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setSeen(result.value);
    toast({ message: `New agreements now use “${result.value.document.fileName}”.` });
  };

  const mark = async (fields: { text: string; key: MergeFieldKey }[]) => {
    if (sha256 === undefined) return;
    setBusy(true);
    const result = await model.markWordFields(sha256, fields);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setSeen(result.value);
    const n = fields.length;
    toast({ message: `${n === 1 ? 'One detail is' : `${n} details are`} now fields.` });
  };

  const stop = async () => {
    setBusy(true);
    const result = await model.stopWordTemplate();
    setBusy(false);
    if (!result.ok) setProblem(result.error.message);
    else {
      setProblem(null);
      setSeen(null);
      toast({ message: 'New agreements use the clauses below again. Your Word document is kept.' });
    }
  };

  const fields = seen?.document.sha256 === sha256 ? seen : null;
  const chooseLabel = document ? 'Use another Word document…' : 'Use my Word document…';
  return (
    <WorkspaceSection
      title="Your own Word agreement"
      description={
        document
          ? 'New agreements are made from your Word document, filled in for each client. Your styles, header, logo and layout stay exactly as you made them.'
          : 'Already have your agreement in Word? Use it instead of the clauses below: each client’s agreement is then your own document with their details filled in.'
      }
      guidance={
        <>
          <p>
            In Word, type each detail that changes from client to client as its field name in
            braces, e.g. {'{Client name}'} or {'{Fee}'}. Capitals and spaces do not matter.
          </p>
          <p>
            A field with no value for a client prints as a line to fill in by hand. So does a name
            in braces the app does not know: check those below.
          </p>
          <p>Save it as a Word Document (.docx), without macros, up to 10 MB.</p>
        </>
      }
    >
      {document ? (
        <div className="word-document card-inset stack">
          <div className="row">
            <strong className="spacer">{document.fileName}</strong>
            <span className="muted">
              {sizeText(document.size)} · brought in{' '}
              {formatDateInWords(todayIso(new Date(document.importedAt)), dateFormat)}
            </span>
          </div>
          {fields ? (
            <>
              <p>
                {fields.fields.known.length === 0
                  ? 'No fields yet: every client gets the document exactly as it is.'
                  : `Fields it fills: ${fields.fields.known.map(mergeFieldLabel).join(', ')}.`}
              </p>
              {fields.fields.unknown.length > 0 ? (
                <div className="word-unknown" role="note">
                  <strong>Not fields the app knows</strong> (each prints as a blank line):{' '}
                  {fields.fields.unknown.map((name) => `{${name}}`).join(', ')}. Check the spelling
                  against the list of fields, or fill them in by hand.
                </div>
              ) : null}
            </>
          ) : (
            <p className="muted">Reading the document…</p>
          )}
        </div>
      ) : null}
      {readOnly ? null : (
        <div className="row">
          <input
            ref={input}
            type="file"
            accept={WORD_FILE_ACCEPT}
            hidden
            aria-label="Word document"
            data-testid="word-template-file"
            onChange={(event) => void pick(event.target.files?.[0])}
          />
          <button
            type="button"
            className={document ? 'btn' : 'btn btn-primary'}
            disabled={busy}
            onClick={() => {
              input.current?.click();
            }}
          >
            {chooseLabel}
          </button>
          {document ? (
            <button type="button" className="btn" disabled={busy} onClick={() => void stop()}>
              Stop using it
            </button>
          ) : null}
        </div>
      )}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {fields && fields.suggestions.length > 0 && !readOnly ? (
        <WordSuggestions
          key={fields.document.sha256}
          suggestions={fields.suggestions}
          busy={busy}
          onApply={(chosen) => void mark(chosen)}
        />
      ) : null}
      {document ? null : (
        <details className="word-fields-details">
          <summary>The fields you can type in Word</summary>
          <WordFieldList />
        </details>
      )}
    </WorkspaceSection>
  );
}

/** The side column of the template page while a Word document is used: the fields to copy. */
export function WordFieldsPanel() {
  return (
    <section className="card word-fields-panel" aria-labelledby="word-fields-heading">
      <h2 id="word-fields-heading">Fields to type in Word</h2>
      <p className="muted">Copy one, then paste it into your document where the detail goes.</p>
      <WordFieldList />
    </section>
  );
}
