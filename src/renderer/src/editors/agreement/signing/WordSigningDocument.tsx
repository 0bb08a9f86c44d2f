import { useEffect, useState } from 'react';
import type { WordAgreementPreview } from '../../../../../shared/contract';
import type { AgreementWorksheet } from '../../../../../shared/schema';
import { useModel } from '../../../state/ModelContext';
import { WordLines } from '../WordLines';

/**
 * An agreement made from the coach's own Word document, as the client reads it before signing:
 * the document filled in by main, the very text the signatures fingerprint (a sent agreement's
 * values are frozen, so it is read once). Its text only: the look is the document's own.
 */
export function WordSigningDocument({
  sheet,
  onText,
}: {
  sheet: AgreementWorksheet;
  /** The text shown, lines joined as main fingerprints them, once it is there. */
  onText: (text: string) => void;
}) {
  const model = useModel();
  const [preview, setPreview] = useState<WordAgreementPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void model.wordAgreementPreview(sheet.id).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPreview(result.value);
        onText(result.value.lines.join('\n'));
      } else setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [model, sheet.id, onText]);
  return (
    <article className="paper signing-paper word-paper" aria-label="The agreement">
      <p className="muted signing-version">
        Version {sheet.version} · the text of your coach’s document “{sheet.wordDocument?.fileName}”
      </p>
      {problem !== null ? (
        <p className="signing-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {preview === null && problem === null ? (
        <p className="muted">Preparing the agreement…</p>
      ) : null}
      {preview !== null ? <WordLines lines={preview.lines} /> : null}
    </article>
  );
}
