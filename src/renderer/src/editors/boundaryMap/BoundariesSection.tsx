import type { BoundaryMapWorksheet } from '../../../../shared/schema';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { TextArea } from '../../ui/fields';
import { Section } from '../../ui/Section';
import type { EditorProps } from '../editorProps';
import { TextItemList, type TextListLens } from './TextItemList';

type Props = EditorProps<'boundaryMap'>;
type Negotiable = BoundaryMapWorksheet['boundaries']['negotiable'][number];

const WILLING: TextListLens = {
  key: 'boundaries.willing',
  get: (s) => s.boundaries.willing,
  set: (s, willing) => ({ ...s, boundaries: { ...s.boundaries, willing } }),
};
const WILL_NOT: TextListLens = {
  key: 'boundaries.willNot',
  get: (s) => s.boundaries.willNot,
  set: (s, willNot) => ({ ...s, boundaries: { ...s.boundaries, willNot } }),
};

/** The second decision point: the three rings, from glad to do to will not do. */
export function BoundariesSection({ sheet, change, readOnly }: Props) {
  const { willing, negotiable, willNot } = sheet.boundaries;
  const setNegotiable = (next: Negotiable[]) => {
    change((s) => ({ ...s, boundaries: { ...s.boundaries, negotiable: next } }));
  };
  const editNegotiable = (id: string, patch: Partial<Negotiable>, field: keyof Negotiable) => {
    change(
      (s) => ({
        ...s,
        boundaries: {
          ...s.boundaries,
          negotiable: s.boundaries.negotiable.map((item) =>
            item.id === id ? { ...item, ...patch } : item,
          ),
        },
      }),
      `boundaries.negotiable.${id}.${field}`,
    );
  };

  return (
    <Section
      title="2 · Boundaries"
      description="From the centre outwards: what you will do, what you would do on conditions, and what you will not do."
      guidance={
        <>
          <p>Begin with what you are happy to do. It reminds both of you what the work is.</p>
          <p>
            For anything negotiable, spell out the conditions exactly: who, how much, by when. Vague
            conditions get renegotiated.
          </p>
          <p>If you could not say a boundary out loud yet, keep working on its wording.</p>
          <p className="muted">Alt+↑ and Alt+↓ move an item; Alt+Delete removes it.</p>
        </>
      }
    >
      <div className="bm-boundary-group bm-boundary-willing">
        <h3>Willing: I am glad to do this</h3>
        <TextItemList
          items={willing}
          lens={WILLING}
          change={change}
          readOnly={readOnly}
          itemName="Willing"
          fieldLabel="What I am willing to do"
          addLabel="Add something I am willing to do"
          emptyText="Nothing yet. What are you happy to keep doing?"
        />
      </div>
      <div className="bm-boundary-group bm-boundary-negotiable">
        <h3>Negotiable: on conditions</h3>
        <ListEditor
          items={negotiable}
          onChange={setNegotiable}
          createItem={() => WORKSHEET_KIND_SPECS.boundaryMap.items.negotiable(newId())}
          itemName="Negotiable"
          itemTitle={(_, index) => `Negotiable ${index + 1}`}
          addLabel="Add something negotiable"
          emptyText="Nothing yet. What could you accept if the terms were right?"
          readOnly={readOnly}
          renderItem={(item) => (
            <div className="grid-2">
              <TextArea
                label="What I could agree to"
                value={item.text}
                rows={2}
                readOnly={readOnly}
                onChange={(text) => {
                  editNegotiable(item.id, { text }, 'text');
                }}
              />
              <TextArea
                label="On these conditions"
                value={item.conditions}
                rows={2}
                readOnly={readOnly}
                onChange={(conditions) => {
                  editNegotiable(item.id, { conditions }, 'conditions');
                }}
              />
            </div>
          )}
        />
      </div>
      <div className="bm-boundary-group bm-boundary-willnot">
        <h3>Will not: whatever happens</h3>
        <TextItemList
          items={willNot}
          lens={WILL_NOT}
          change={change}
          readOnly={readOnly}
          itemName="Will not"
          fieldLabel="What I will not do"
          addLabel="Add something I will not do"
          emptyText="Nothing yet. Where is your line?"
        />
      </div>
    </Section>
  );
}
