import type { MentorCandidate } from '../../../../shared/schema';
import { CANDIDATE_STATUS_LABELS } from '../../../../shared/catalogue/labels';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { Section } from '../../ui/Section';
import type { EditorProps } from '../editorProps';
import { CandidateFields } from './CandidateFields';

type Props = EditorProps<'mentors'>;

function emptyCandidate(): MentorCandidate {
  return WORKSHEET_KIND_SPECS.mentors.items.candidate(newId());
}

/** The people who could help, each with how the relationship is going. */
export function CandidatesSection({ sheet, change, readOnly }: Props) {
  return (
    <Section
      title="People who could help"
      description="Everyone you could learn from, from a first idea to a mentor you meet every month."
      guidance={
        <>
          <p>
            Write down names even when you have not asked anyone yet. “Just an idea” is a fine place
            to start.
          </p>
          <p>
            Always know the next step and when it is due. A short, specific request (twenty minutes,
            one question) gets a yes more often than “will you be my mentor?”
          </p>
          <p>
            Think about what you can offer back. Mentoring lasts when both people get something out
            of it.
          </p>
          <p className="muted">
            Alt+↑ and Alt+↓ move a person; Alt+Delete removes them. Inside a contact log the same
            keys move the contact.
          </p>
        </>
      }
    >
      <ListEditor
        items={sheet.candidates}
        onChange={(candidates) => {
          change((s) => ({ ...s, candidates }));
        }}
        createItem={emptyCandidate}
        itemName="Person"
        itemTitle={(candidate, index) =>
          `${candidate.name.trim() || `Person ${index + 1}`} · ${CANDIDATE_STATUS_LABELS[candidate.status]}`
        }
        addLabel="Add a person"
        emptyText="Nobody on the list yet. Start with one name, even a long shot."
        readOnly={readOnly}
        renderItem={(candidate) => (
          <CandidateFields
            candidate={candidate}
            areas={sheet.areas}
            change={change}
            readOnly={readOnly}
          />
        )}
      />
    </Section>
  );
}
