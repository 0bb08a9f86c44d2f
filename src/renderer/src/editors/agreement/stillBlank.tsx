import { useEffect, useState } from 'react';
import { mergeFieldLabel, type MergeFieldKey } from '../../../../shared/catalogue/mergeFields';
import {
  agreementValues,
  fillClauses,
  fillMergeFields,
} from '../../../../shared/domain/mergeFields';
import type { AgreementWorksheet, Client } from '../../../../shared/schema';
import { useModel, usePractice, useTemplate } from '../../state/ModelContext';

/** Wait this long after the last change before asking main to fill a Word document again. */
const WORD_DELAY_MS = 500;

/** The merge fields an agreement written in the app prints as a blank line, each once. */
function clauseBlanks(
  sheet: AgreementWorksheet,
  values: Readonly<Record<MergeFieldKey, string>>,
): MergeFieldKey[] {
  const missing = new Set<MergeFieldKey>(fillMergeFields(sheet.title, values).missing);
  for (const key of fillClauses(sheet.clauses, values).missing) missing.add(key);
  if (sheet.factSheet.include) {
    for (const key of fillMergeFields(sheet.factSheet.body, values).missing) missing.add(key);
  }
  return [...missing];
}

/**
 * The details (by label) that would print as a line to fill in by hand if the agreement were
 * signed now: worked out here for clauses, asked of main for the coach's own Word document.
 */
export function useStillBlank(sheet: AgreementWorksheet, client: Client | null): readonly string[] {
  const model = useModel();
  const practice = usePractice();
  const template = useTemplate();
  const values = agreementValues(sheet, client, practice, template);
  const word = sheet.wordDocument !== undefined;
  const open = sheet.status === 'draft' || sheet.status === 'sent';
  const [wordBlanks, setWordBlanks] = useState<readonly string[]>([]);
  const printed = JSON.stringify(values);
  useEffect(() => {
    if (!word || !open) return;
    let live = true;
    const timer = setTimeout(() => {
      void model.wordAgreementPreview(sheet.id).then((result) => {
        // A document that cannot be filled is reported where it is shown, not here.
        if (live && result.ok) setWordBlanks(result.value.missing.map(mergeFieldLabel));
      });
    }, WORD_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, sheet.id, word, open, printed]);
  if (!open) return [];
  return word ? wordBlanks : clauseBlanks(sheet, values).map(mergeFieldLabel);
}

/** Which details still print as a line to fill in, said before anything is signed. */
export function StillBlankNote({ blanks }: { blanks: readonly string[] }) {
  if (blanks.length === 0) return null;
  return (
    <p className="still-blank">
      <strong>Still blank</strong>, printed as a line to fill in by hand: {blanks.join(', ')}.
    </p>
  );
}
