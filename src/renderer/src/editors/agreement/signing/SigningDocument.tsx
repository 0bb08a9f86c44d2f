import type { AgreementWorksheet, Client } from '../../../../../shared/schema';
import type { PracticeProfile } from '../../../../../shared/schema/practice';
import type { AgreementTemplate } from '../../../../../shared/schema/agreement';
import {
  agreementValues,
  fillClauses,
  fillMergeFields,
} from '../../../../../shared/domain/mergeFields';
import { isRichTextEmpty } from '../../../../../shared/richText/plain';
import { RichTextView } from '../RichTextView';

/** Each line of a text as a paragraph, as the agreement prints it. */
function Lines({ text }: { text: string }) {
  return (
    <>
      {text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => (
          // Lines have no identity beyond their place in the text.
          <p key={index}>{line}</p>
        ))}
    </>
  );
}

/**
 * The whole agreement as the client reads it before signing: title, the two parties, every
 * clause with its details filled in, and the schedule when it is part of the agreement. It is
 * the text the signatures fingerprint (see `agreementText`), laid out to be read.
 */
export function SigningDocument({
  sheet,
  client,
  practice,
  template,
}: {
  sheet: AgreementWorksheet;
  client: Client;
  practice: PracticeProfile;
  template: AgreementTemplate;
}) {
  const values = agreementValues(sheet, client, practice, template);
  const clauses = fillClauses(sheet.clauses, values).clauses.filter(
    (c) => c.title.trim() !== '' || !isRichTextEmpty(c.body),
  );
  const schedule = fillMergeFields(sheet.factSheet.body, values).text;
  const hasSchedule =
    sheet.factSheet.include && schedule.trim() !== '' && sheet.factSheet.placement !== 'ownPage';
  // The parties as the agreement's own (frozen) values name them, as its signed text does.
  const coach = [values.coachName, values.businessName].filter((s) => s.trim() !== '');
  const clientLine = [values.clientName, values.clientOrganization].filter((s) => s.trim() !== '');
  return (
    <article className="paper signing-paper" aria-label="The agreement">
      <h2 className="paper-title">{sheet.title.trim() || 'Agreement'}</h2>
      <p className="muted signing-version">Version {sheet.version}</p>
      <div className="signing-parties">
        <div>
          <span className="muted">The client</span>
          <strong>{clientLine.join(', ') || 'The client'}</strong>
        </div>
        <div>
          <span className="muted">The coach</span>
          <strong>{coach.join(', ') || 'The coach'}</strong>
        </div>
      </div>
      <ol className="paper-clauses">
        {clauses.map((clause) => (
          <li key={clause.id}>
            <h3>{clause.title.trim() || 'Untitled clause'}</h3>
            <RichTextView doc={clause.body} values={values} />
          </li>
        ))}
      </ol>
      {hasSchedule ? (
        <section className="paper-factsheet">
          <h3>Schedule: What to expect</h3>
          <Lines text={schedule} />
        </section>
      ) : null}
    </article>
  );
}
