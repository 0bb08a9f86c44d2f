import type { KeyboardEvent } from 'react';
import type { MentorCandidate } from '../../../../shared/schema';
import { formatDate, todayIso } from '../../../../shared/domain/dates';
import { useDateFormat } from '../../state/ModelContext';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { DateField, TextArea } from '../../ui/fields';

type ContactEntry = MentorCandidate['contactLog'][number];

/**
 * One person's contact log: dated notes, newest added at the end. Adding one starts it with
 * today's date, since most contacts are logged on the day they happen.
 */
export function ContactLog({
  candidate,
  readOnly,
  onList,
  onEntry,
}: {
  candidate: MentorCandidate;
  readOnly: boolean;
  /** Entries added, removed or moved. */
  onList: (entries: ContactEntry[]) => void;
  /** One entry's field edited. */
  onEntry: (id: string, patch: Partial<ContactEntry>, field: keyof ContactEntry) => void;
}) {
  const dateFormat = useDateFormat();
  const who = candidate.name.trim() || 'this person';
  // The log is a list inside a list: its own Alt+arrow moves must not also move the person.
  const keepKeysInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) event.stopPropagation();
  };
  return (
    <div className="mt-contact-log" onKeyDown={keepKeysInside}>
      <h4>Contact log</h4>
      <ListEditor
        items={candidate.contactLog}
        onChange={onList}
        createItem={() => WORKSHEET_KIND_SPECS.mentors.items.contact(newId(), todayIso(new Date()))}
        itemName={`Contact with ${who}`}
        itemTitle={(entry, index) =>
          `Contact ${index + 1}${entry.date ? ` · ${formatDate(entry.date, dateFormat)}` : ''}`
        }
        addLabel="Log today’s contact"
        emptyText={`No contact logged with ${who} yet.`}
        readOnly={readOnly}
        renderItem={(entry) => (
          <div className="mt-contact">
            <DateField
              label="Date"
              value={entry.date}
              readOnly={readOnly}
              onChange={(date) => {
                onEntry(entry.id, { date }, 'date');
              }}
            />
            <TextArea
              label="What we talked about"
              value={entry.note}
              rows={2}
              readOnly={readOnly}
              onChange={(note) => {
                onEntry(entry.id, { note }, 'note');
              }}
            />
          </div>
        )}
      />
    </div>
  );
}
