import { Section } from '../ui/Section';
import type { EditorProps } from './editorProps';
import { PersonNameField } from './PersonNameField';
import { AreasSection } from './mentors/AreasSection';
import { CoverageSection } from './mentors/CoverageSection';
import { CandidatesSection } from './mentors/CandidatesSection';
import '../styles/mentors.css';

/**
 * A mentor list: the areas someone wants guidance in, ranked; the people who could give it and
 * how each relationship is going; and which areas still have nobody.
 */
export function MentorsEditor(props: EditorProps<'mentors'>) {
  const { sheet, change, readOnly } = props;
  return (
    <div className="stack mt-editor">
      <Section
        title="Whose list is this?"
        guidance={
          <p>
            A mentor list belongs to the person being mentored. They own the list and make the
            calls; the coach helps them think it through.
          </p>
        }
      >
        <div className="grid-2">
          <PersonNameField
            label="Name of the person being mentored"
            value={sheet.personName}
            clientId={sheet.clientId}
            readOnly={readOnly}
            onChange={(personName) => {
              change((s) => ({ ...s, personName }), 'personName');
            }}
          />
        </div>
      </Section>
      <AreasSection {...props} />
      <CoverageSection sheet={sheet} />
      <CandidatesSection {...props} />
    </div>
  );
}
