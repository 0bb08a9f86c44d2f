import type { AgreementTemplate, AgreementWorksheet } from '../schema/agreement';
import type { Client } from '../schema/client';
import type { PracticeProfile } from '../schema/practice';
import { fillClauses, fillMergeFields, mergeValuesFor } from './mergeFields';

/**
 * PROVISIONAL (branch `sign`): stands in for the lead's `agreementText` until main has it;
 * replaced by main's version on merge. The exact plain text of an agreement: title, parties,
 * each clause with its merge fields filled, and the schedule when it is part of the agreement.
 */
export function agreementText(
  sheet: AgreementWorksheet,
  client: Client,
  practice: PracticeProfile,
  template: AgreementTemplate,
): string {
  const values = mergeValuesFor({
    agreement: sheet,
    client,
    practice,
    template,
    dateFormat: practice.dateFormat,
  });
  const { clauses } = fillClauses(sheet.clauses, values);
  const factSheet = fillMergeFields(sheet.factSheet.body, values).text;
  const schedule =
    sheet.factSheet.include && factSheet.trim() !== '' && sheet.factSheet.placement !== 'ownPage';
  return [
    sheet.title.trim(),
    `Between ${client.name.trim()} and ${practice.coachName.trim()}`,
    ...clauses
      .filter((c) => c.title.trim() !== '' || c.body.trim() !== '')
      .map((c, i) => `${i + 1}. ${c.title.trim() || 'Untitled clause'}\n${c.body.trim()}`),
    ...(schedule ? [`Schedule: What to expect\n${factSheet.trim()}`] : []),
  ].join('\n\n');
}
