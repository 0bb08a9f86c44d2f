import type { AgreementTemplate, AgreementWorksheet, Client, PracticeProfile } from '../schema';
import { agreementValues, fillMergeFields } from './mergeFields';
import { richTextLines } from '../richText/plain';
import { fillRichText } from '../richText/fill';

/** The parts of an agreement its text is made of. */
export type AgreementTextSource = Pick<
  AgreementWorksheet,
  'title' | 'version' | 'clauses' | 'factSheet' | 'mergeValues' | 'sentOn' | 'createdAt'
>;

/**
 * The exact text of a client agreement made from clauses, as the client reads it: the title and
 * version, who it is between, every clause (numbered as exported, merge fields filled, lists as
 * "• " and "1. " lines), and the "What to expect" schedule when it is part of what is signed.
 * A signature given in the room keeps the SHA-256 of this text, so the same agreement must
 * always give the same text, character for character: Unicode NFC, "\n" between lines, no
 * trailing spaces. Change it only with a new schema version (old fingerprints would no longer
 * match).
 */
export function agreementText(
  sheet: AgreementTextSource,
  client: Pick<Client, 'name' | 'organization' | 'email' | 'startDate'> | null,
  practice: Pick<PracticeProfile, 'coachName' | 'businessName' | 'email' | 'phone' | 'dateFormat'>,
  template: Pick<AgreementTemplate, 'defaults'>,
): string {
  const values = agreementValues(sheet, client, practice, template);
  const lines: string[] = [sheet.title.trim(), `Version ${sheet.version}`];
  const coach = [values.coachName, values.businessName].filter((v) => v !== '').join(', ');
  lines.push(`Between ${values.clientName || 'the client'} and ${coach || 'the coach'}`);
  let number = 0;
  for (const clause of sheet.clauses) {
    const body = fillRichText(clause.body, values).doc;
    // Where a link leads is part of what is agreed, not only its words.
    const bodyLines = richTextLines(body, { linkTargets: true });
    const title = fillMergeFields(clause.title, values).text.trim();
    // As exported: a clause with neither title nor text is left out and the rest renumbered.
    if (title === '' && bodyLines.every((line) => line.trim() === '')) continue;
    number += 1;
    lines.push(`${number}. ${title || 'Untitled clause'}`, ...bodyLines);
  }
  const factSheet = fillMergeFields(sheet.factSheet.body, values).text;
  if (
    sheet.factSheet.include &&
    factSheet.trim() !== '' &&
    sheet.factSheet.placement !== 'ownPage'
  ) {
    lines.push('Schedule: What to expect', ...factSheet.split('\n'));
  }
  return lines
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
}
