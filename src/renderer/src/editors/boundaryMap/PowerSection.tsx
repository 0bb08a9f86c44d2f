import { POWER_HOLDERS } from '../../../../shared/schema';
import { POWER_HOLDER_LABELS } from '../../../../shared/catalogue/labels';
import { SelectField, TextArea } from '../../ui/fields';
import { Section } from '../../ui/Section';
import type { EditorProps } from '../editorProps';
import { TextItemList, type TextListLens } from './TextItemList';

type Props = EditorProps<'boundaryMap'>;

const HOLDER_OPTIONS = POWER_HOLDERS.map((value) => ({
  value,
  label: POWER_HOLDER_LABELS[value],
}));

const I_BRING: TextListLens = {
  key: 'power.iBring',
  get: (s) => s.power.iBring,
  set: (s, iBring) => ({ ...s, power: { ...s.power, iBring } }),
};
const THEY_BRING: TextListLens = {
  key: 'power.theyBring',
  get: (s) => s.power.theyBring,
  set: (s, theyBring) => ({ ...s, power: { ...s.power, theyBring } }),
};

/** The third decision point: who holds the power, and what each side brings. */
export function PowerSection({ sheet, change, readOnly }: Props) {
  const { power } = sheet;
  return (
    <Section
      title="3 · Power"
      description="Who needs whom more, and why."
      guidance={
        <>
          <p>
            Ask yourself why this client picked you, and what they would struggle to find elsewhere.
            That is where your power sits.
          </p>
          <p>
            Be just as honest about what they bring you. Seeing both lists side by side often shows
            more room to stand firm than it felt like at first.
          </p>
        </>
      }
    >
      <div className="bm-narrow">
        <SelectField
          label="Who holds the power?"
          value={power.holder}
          options={HOLDER_OPTIONS}
          disabled={readOnly}
          onChange={(holder) => {
            change((s) => ({ ...s, power: { ...s.power, holder } }), 'power.holder');
          }}
        />
      </div>
      <TextArea
        label="Why"
        value={power.why}
        readOnly={readOnly}
        onChange={(why) => {
          change((s) => ({ ...s, power: { ...s.power, why } }), 'power.why');
        }}
      />
      <div className="bm-power-lists">
        <div className="stack">
          <h3>What I bring that they value</h3>
          <TextItemList
            items={power.iBring}
            lens={I_BRING}
            change={change}
            readOnly={readOnly}
            itemName="I bring"
            fieldLabel="Something I bring"
            addLabel="Add something I bring"
            emptyText="Nothing yet. Skills, quality, reputation, reliability…"
          />
        </div>
        <div className="stack">
          <h3>What they bring to me</h3>
          <TextItemList
            items={power.theyBring}
            lens={THEY_BRING}
            change={change}
            readOnly={readOnly}
            itemName="They bring"
            fieldLabel="Something they bring"
            addLabel="Add something they bring"
            emptyText="Nothing yet. Income, referrals, visibility, interesting work…"
          />
        </div>
      </div>
    </Section>
  );
}
