import type { MentorArea } from '../../../../shared/schema';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { TextArea, TextField } from '../../ui/fields';
import { Section } from '../../ui/Section';
import type { EditorProps } from '../editorProps';
import { withAreas } from './mentorEdits';

type Props = EditorProps<'mentors'>;

/** The areas to be mentored in, most wanted first: the order is the rank. */
export function AreasSection({ sheet, change, readOnly }: Props) {
  const edit = (id: string, patch: Partial<MentorArea>, field: keyof MentorArea) => {
    change(
      (s) => ({
        ...s,
        areas: s.areas.map((area) => (area.id === id ? { ...area, ...patch } : area)),
      }),
      `areas.${id}.${field}`,
    );
  };
  return (
    <Section
      title="Areas to be mentored in"
      description="The order is the rank: put the area that matters most at the top, and move areas up or down as priorities change."
      guidance={
        <>
          <p>
            No single mentor has to cover everything. Split what you want to learn into areas, such
            as getting noticed inside the organization, technical influence, speaking at conferences
            or starting a business.
          </p>
          <p>Then rank them. The top two or three are where to look for people first.</p>
          <p className="muted">Alt+↑ and Alt+↓ move an area; Alt+Delete removes it.</p>
        </>
      }
    >
      <ListEditor
        items={sheet.areas}
        onChange={(areas) => {
          change((s) => withAreas(s, areas));
        }}
        createItem={() => WORKSHEET_KIND_SPECS.mentors.items.area(newId())}
        itemName="Area"
        itemTitle={(area, index) => `#${index + 1} ${area.name.trim() || 'New area'}`}
        addLabel="Add an area"
        emptyText="No areas yet. What would you like someone’s guidance on?"
        readOnly={readOnly}
        renderItem={(area) => (
          <div className="mt-area">
            <TextField
              label="Area"
              value={area.name}
              readOnly={readOnly}
              placeholder="e.g. Speaking at conferences"
              onChange={(name) => {
                edit(area.id, { name }, 'name');
              }}
            />
            <TextArea
              label="Notes"
              value={area.notes}
              rows={2}
              readOnly={readOnly}
              placeholder="What good help would look like"
              onChange={(notes) => {
                edit(area.id, { notes }, 'notes');
              }}
            />
          </div>
        )}
      />
    </Section>
  );
}
