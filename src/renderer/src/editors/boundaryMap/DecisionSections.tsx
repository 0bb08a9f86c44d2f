import { DECISIONS } from '../../../../shared/schema';
import { DECISION_LABELS } from '../../../../shared/catalogue/labels';
import { DateField, SelectField, TextArea } from '../../ui/fields';
import { Section } from '../../ui/Section';
import type { EditorProps } from '../editorProps';

type Props = EditorProps<'boundaryMap'>;

const DECISION_OPTIONS = DECISIONS.map((value) => ({ value, label: DECISION_LABELS[value] }));

/** What I decided, and why. */
export function DecisionSection({ sheet, change, readOnly }: Props) {
  return (
    <Section
      title="The decision"
      guidance={
        <>
          <p>Choose the path you will still stand behind a month from now.</p>
          <p>
            Keeping a client on conditions only works when the conditions are precise and end up in
            writing.
          </p>
        </>
      }
    >
      <div className="bm-narrow">
        <SelectField
          label="My decision"
          value={sheet.decision.choice}
          options={DECISION_OPTIONS}
          disabled={readOnly}
          onChange={(choice) => {
            change((s) => ({ ...s, decision: { ...s.decision, choice } }), 'decision.choice');
          }}
        />
      </div>
      <TextArea
        label="Why I chose this"
        value={sheet.decision.rationale}
        readOnly={readOnly}
        onChange={(rationale) => {
          change((s) => ({ ...s, decision: { ...s.decision, rationale } }), 'decision.rationale');
        }}
      />
    </Section>
  );
}

/** The exact words, and a way to buy time. */
export function WordsSection({ sheet, change, readOnly }: Props) {
  return (
    <Section
      title="The words I will use"
      guidance={
        <>
          <p>Write the sentences you will actually say, then read them aloud once.</p>
          <p>Short and warm works better than long and defensive.</p>
          <p>
            Nobody is owed an answer on the spot. A holding answer gives you a day to think before
            you agree or decline.
          </p>
        </>
      }
    >
      <TextArea
        label="What I will say"
        value={sheet.words.script}
        rows={4}
        readOnly={readOnly}
        onChange={(script) => {
          change((s) => ({ ...s, words: { ...s.words, script } }), 'words.script');
        }}
      />
      <TextArea
        label="If I need time first: my “let me get back to you” answer"
        hint="For example: “Good question. Let me check how that would work and I’ll reply by Friday.”"
        value={sheet.words.holdingAnswer}
        readOnly={readOnly}
        onChange={(holdingAnswer) => {
          change((s) => ({ ...s, words: { ...s.words, holdingAnswer } }), 'words.holdingAnswer');
        }}
      />
    </Section>
  );
}

/** The next step if the line is crossed again. */
export function IfCrossedAgainSection({ sheet, change, readOnly }: Props) {
  return (
    <Section
      title="If the line is crossed again"
      guidance={
        <p>
          Settle this now, while you are calm. When it happens again you only have to follow
          through, not decide under pressure.
        </p>
      }
    >
      <TextArea
        label="What I will do next time"
        value={sheet.ifCrossedAgain}
        readOnly={readOnly}
        onChange={(ifCrossedAgain) => {
          change((s) => ({ ...s, ifCrossedAgain }), 'ifCrossedAgain');
        }}
      />
    </Section>
  );
}

/** Looking back: when, and how it went. */
export function ReviewSection({ sheet, change, readOnly }: Props) {
  return (
    <Section
      title="Review"
      guidance={
        <p>
          Pick a day to look back. Note what actually happened and what you would do differently:
          that is how the next map gets easier.
        </p>
      }
    >
      <div className="bm-narrow">
        <DateField
          label="Review date"
          value={sheet.review.date}
          readOnly={readOnly}
          onChange={(date) => {
            change((s) => ({ ...s, review: { ...s.review, date } }), 'review.date');
          }}
        />
      </div>
      <TextArea
        label="How it turned out"
        value={sheet.review.outcome}
        readOnly={readOnly}
        onChange={(outcome) => {
          change((s) => ({ ...s, review: { ...s.review, outcome } }), 'review.outcome');
        }}
      />
    </Section>
  );
}
