import { useEffect, useState } from 'react';
import { mergeFieldLabel } from '../../../../shared/catalogue/mergeFields';
import type { WordAgreementPreview } from '../../../../shared/contract';
import type { MergeFieldValues } from '../../../../shared/domain/mergeFields';
import type { AgreementWorksheet } from '../../../../shared/schema';
import { useModel } from '../../state/ModelContext';
import type { EditorProps } from '../editorProps';
import { AgreementStatusSection } from './AgreementStatusSection';
import { MergeValuesSection } from './MergeValuesSection';
import { PreviewJump } from './PreviewJump';
import { PreviewPanel } from './PreviewPanel';
import { WordLines } from './WordLines';
import { WorkspaceSection } from './WorkspaceSection';
import { agreementGuidance } from './agreementGuidance';

/** Wait this long after the last change before filling the document again. */
const PREVIEW_DELAY_MS = 500;

/** The filled agreement, asked of main again a moment after the values it prints change. */
function useWordPreview(sheet: AgreementWorksheet, values: MergeFieldValues) {
  const model = useModel();
  const [preview, setPreview] = useState<WordAgreementPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const printed = JSON.stringify(values);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void model.wordAgreementPreview(sheet.id).then((result) => {
        if (!live) return;
        if (result.ok) {
          setPreview(result.value);
          setProblem(null);
        } else setProblem(result.error.message);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, sheet.id, printed]);
  return { preview, problem };
}

/** What the exported file holds at this agreement's stage: the coach's document, and when signed here, a certificate. */
function exportNote(sheet: AgreementWorksheet): string {
  if ((sheet.signatures ?? []).length > 0) {
    return 'Signed on this computer: the exported file is your document, filled in, followed by a signature certificate page.';
  }
  if (sheet.status === 'draft' || sheet.status === 'sent') {
    return 'Not signed yet: the exported file is your document, filled in, with nothing added. Signed with “Sign now”, it gets a signature certificate page at the end.';
  }
  return 'The exported file is your document, filled in, with nothing added.';
}

/** Which document the agreement is, and what will print as a blank line, before export. */
function WordDocumentSection({
  sheet,
  preview,
  problem,
}: {
  sheet: AgreementWorksheet;
  preview: WordAgreementPreview | null;
  problem: string | null;
}) {
  const name = sheet.wordDocument?.fileName ?? '';
  const blanks = preview === null ? [] : preview.missing.map(mergeFieldLabel);
  return (
    <WorkspaceSection
      title="Your Word document"
      description={`This agreement is your own document “${name}”, filled in with the details below. Export it to get the Word file to send.`}
      guidance={agreementGuidance(sheet).wordDocument}
    >
      <p className="muted">{exportNote(sheet)}</p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {preview === null && problem === null ? (
        <p className="muted">Filling in the document…</p>
      ) : null}
      {preview !== null && preview.strayBraces.length > 0 ? (
        <div className="word-unknown" role="alert">
          <strong>These braces are still in your document</strong>, and will print as they are:{' '}
          {preview.strayBraces.map((bit) => `“${bit}”`).join(', ')}. Correct them in Word and bring
          the document in again on the agreement template, or send it as it is.
        </div>
      ) : null}
      {preview !== null &&
      blanks.length === 0 &&
      preview.unknown.length === 0 &&
      preview.strayBraces.length === 0 ? (
        <p>Every field in the document has a value for this client.</p>
      ) : null}
      {blanks.length > 0 ? (
        <div className="word-unknown" role="note">
          <strong>Still blank</strong>, printed as a line to fill in: {blanks.join(', ')}.
        </div>
      ) : null}
      {preview !== null && preview.unknown.length > 0 ? (
        <div className="word-unknown" role="note">
          <strong>Not fields the app knows</strong>, printed as a line to fill in:{' '}
          {preview.unknown.map((n) => `{${n}}`).join(', ')}.
        </div>
      ) : null}
    </WorkspaceSection>
  );
}

/** The filled document as plain text, read-only: what the client will read, without the look. */
function WordPreviewPanel({ preview }: { preview: WordAgreementPreview | null }) {
  return (
    <PreviewPanel heading="The agreement as the client reads it">
      <p className="preview-note">Its text only: the exported file has your document’s look.</p>
      <article className="paper word-paper">
        {preview === null ? <p className="muted">Filling in the document…</p> : null}
        {preview !== null ? <WordLines lines={preview.lines} /> : null}
      </article>
    </PreviewPanel>
  );
}

/**
 * An agreement made from the coach's own Word document: in place of the clause editor, which
 * document it is, the details to fill it with, what will print blank, and its text as filled.
 */
export function WordAgreementEditor({
  sheet,
  change,
  editable,
  fromSources,
  resolved,
}: {
  sheet: AgreementWorksheet;
  change: EditorProps<'agreement'>['change'];
  editable: boolean;
  fromSources: MergeFieldValues;
  resolved: MergeFieldValues;
}) {
  const { preview, problem } = useWordPreview(sheet, resolved);
  return (
    <div className="stack agreement-editor">
      <AgreementStatusSection sheet={sheet} />
      <div className="agreement-workspace">
        <div className="stack agreement-workspace-main">
          <PreviewJump />
          <WordDocumentSection sheet={sheet} preview={preview} problem={problem} />
          <MergeValuesSection
            sheet={sheet}
            change={change}
            editable={editable}
            fromSources={fromSources}
            resolved={resolved}
          />
        </div>
        <div className="agreement-workspace-side">
          <WordPreviewPanel preview={preview} />
        </div>
      </div>
    </div>
  );
}
