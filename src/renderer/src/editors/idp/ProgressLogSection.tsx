import { memo } from 'react';
import type { ProgressEntry } from '../../../../shared/schema/idp';
import type { DateFormat } from '../../../../shared/schema/practice';
import { formatDate } from '../../../../shared/domain/dates';
import { DateField, TextArea } from '../../ui/fields';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { Section } from '../../ui/Section';
import { excerpt, type IdpChange } from './idpEdits';

/** Oldest first; undated entries go last, and entries on the same day keep their order. */
function byDate(a: ProgressEntry, b: ProgressEntry): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date.localeCompare(b.date);
}

/**
 * The progress log reads like a diary: oldest entry first, today's at the bottom, where the add
 * button is. A new entry starts with today's date, which is the one people nearly always want.
 */
export const ProgressLogSection = memo(function ProgressLogSection({
  entries,
  today,
  dateFormat,
  change,
  readOnly,
}: {
  entries: readonly ProgressEntry[];
  today: string;
  dateFormat: DateFormat;
  change: IdpChange;
  readOnly: boolean;
}) {
  const sorted = entries.slice().sort(byDate);
  const inOrder = sorted.every((entry, index) => entry === entries[index]);
  return (
    <Section
      title="Progress log"
      description="Dated notes of what you did, learned and achieved."
      actions={
        readOnly || inOrder ? null : (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              change((s) => ({ ...s, progressLog: s.progressLog.slice().sort(byDate) }));
            }}
          >
            Sort by date
          </button>
        )
      }
      guidance={
        <>
          <p>
            A few lines every week or two is enough. Note results with numbers where you can: what
            you delivered, who noticed, what changed.
          </p>
          <p>
            When a promotion or pay rise is discussed, this log is your evidence. People who track
            their own progress make a far stronger case.
          </p>
        </>
      }
    >
      <ListEditor
        items={entries}
        itemName="Log entry"
        addLabel="Add today’s entry"
        emptyText="Nothing logged yet. Add today’s entry to start."
        readOnly={readOnly}
        itemTitle={(entry, index) => {
          const when = entry.date ? formatDate(entry.date, dateFormat) : `Entry ${index + 1}`;
          return entry.entry.trim() ? `${when}: ${excerpt(entry.entry, 50)}` : when;
        }}
        createItem={() => WORKSHEET_KIND_SPECS.idp.items.logEntry(newId(), today)}
        onChange={(items) => {
          change((s) => ({ ...s, progressLog: items }));
        }}
        renderItem={(entry) => (
          <div className="idp-log-entry">
            <DateField
              label="Date"
              value={entry.date}
              readOnly={readOnly}
              onChange={(date) => {
                change(
                  (s) => ({
                    ...s,
                    progressLog: s.progressLog.map((e) => (e.id === entry.id ? { ...e, date } : e)),
                  }),
                  `progressLog.${entry.id}.date`,
                );
              }}
            />
            <TextArea
              label="What happened"
              rows={2}
              value={entry.entry}
              readOnly={readOnly}
              onChange={(text) => {
                change(
                  (s) => ({
                    ...s,
                    progressLog: s.progressLog.map((e) =>
                      e.id === entry.id ? { ...e, entry: text } : e,
                    ),
                  }),
                  `progressLog.${entry.id}.entry`,
                );
              }}
            />
          </div>
        )}
      />
    </Section>
  );
});
