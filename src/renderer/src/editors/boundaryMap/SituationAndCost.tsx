import { SITUATION_KINDS, type BoundaryMapWorksheet } from '../../../../shared/schema';
import { SITUATION_KIND_LABELS } from '../../../../shared/catalogue/labels';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { Section } from '../../ui/Section';
import type { EditorProps } from '../editorProps';

type Props = EditorProps<'boundaryMap'>;

const KIND_OPTIONS = SITUATION_KINDS.map((value) => ({
  value,
  label: SITUATION_KIND_LABELS[value],
}));

/** What happened, and with whom. */
export function SituationSection({ sheet, change, readOnly }: Props) {
  const set = (patch: Partial<BoundaryMapWorksheet['situation']>, field: string) => {
    change((s) => ({ ...s, situation: { ...s.situation, ...patch } }), `situation.${field}`);
  };
  return (
    <Section
      title="The situation"
      description="One difficult situation per map keeps the thinking clear."
      guidance={
        <>
          <p>Tell it the way you would to a trusted colleague: who did what, and when.</p>
          <p>Keep to the facts here. How it feels belongs in the costs below.</p>
        </>
      }
    >
      <div className="grid-2">
        <SelectField
          label="What kind of situation is it?"
          value={sheet.situation.kind}
          options={KIND_OPTIONS}
          disabled={readOnly}
          onChange={(kind) => {
            set({ kind }, 'kind');
          }}
        />
        <TextField
          label="Who is it with?"
          hint="Leave empty if it is the client this worksheet belongs to."
          value={sheet.situation.counterpart}
          readOnly={readOnly}
          onChange={(counterpart) => {
            set({ counterpart }, 'counterpart');
          }}
        />
      </div>
      <TextArea
        label="What happened"
        value={sheet.situation.description}
        rows={4}
        readOnly={readOnly}
        onChange={(description) => {
          set({ description }, 'description');
        }}
      />
    </Section>
  );
}

const COSTS: { key: keyof BoundaryMapWorksheet['cost']; label: string; hint: string }[] = [
  { key: 'ofActing', label: 'Cost of acting', hint: 'If I raise it or say no, what could I lose?' },
  {
    key: 'ofNotActing',
    label: 'Cost of not acting',
    hint: 'If I let it go, what does it cost me, my team, my other clients?',
  },
  {
    key: 'ofKeeping',
    label: 'Cost of keeping this client',
    hint: 'Time, energy, money, morale: what does staying together take?',
  },
  {
    key: 'ofLosing',
    label: 'Cost of losing this client',
    hint: 'Income, reputation, referrals: what would go with them?',
  },
];

/** The first decision point: what each path costs. */
export function CostSection({ sheet, change, readOnly }: Props) {
  return (
    <Section
      title="1 · Cost"
      description="Every path has a price, doing nothing included."
      guidance={
        <>
          <p>
            Write each cost down, even the ones that seem small: money, hours, reputation, the
            goodwill of your team, your own energy.
          </p>
          <p>
            Read acting against not acting, then keeping against losing. The difference between the
            two often points to the answer.
          </p>
        </>
      }
    >
      <div className="bm-cost-grid">
        {COSTS.map(({ key, label, hint }) => (
          <TextArea
            key={key}
            label={label}
            hint={hint}
            value={sheet.cost[key]}
            rows={4}
            readOnly={readOnly}
            onChange={(value) => {
              change((s) => ({ ...s, cost: { ...s.cost, [key]: value } }), `cost.${key}`);
            }}
          />
        ))}
      </div>
    </Section>
  );
}
