import { memo } from 'react';
import type { IdpWorksheet } from '../../../../shared/schema/idp';
import { ALTERNATIVE_COMPENSATION, ONE_ON_ONE_FREQUENCIES } from '../../../../shared/schema/idp';
import {
  ALTERNATIVE_COMPENSATION_LABELS,
  ONE_ON_ONE_FREQUENCY_LABELS,
  optionsOf,
} from '../../../../shared/catalogue/labels';
import { Checkbox, DateField, NumberField, SelectField, TextArea } from '../../ui/fields';
import { Section } from '../../ui/Section';
import type { IdpChange } from './idpEdits';

type Review = IdpWorksheet['review'];
type Salary = Review['salary'];
type Alternative = Salary['alternatives'][number];

const FREQUENCY_OPTIONS = optionsOf(ONE_ON_ONE_FREQUENCIES, ONE_ON_ONE_FREQUENCY_LABELS);

/** One-on-ones, the next review, and the plan for a deferred raise. */
export const ReviewSection = memo(function ReviewSection({
  review,
  change,
  readOnly,
}: {
  review: Review;
  change: IdpChange;
  readOnly: boolean;
}) {
  const edit = (patch: Partial<Review>, field: string) => {
    change((s) => ({ ...s, review: { ...s.review, ...patch } }), `review.${field}`);
  };
  const editSalary = (patch: Partial<Salary>, field: string) => {
    change(
      (s) => ({ ...s, review: { ...s.review, salary: { ...s.review.salary, ...patch } } }),
      `review.salary.${field}`,
    );
  };
  const toggle = (alternative: Alternative, on: boolean) => {
    change((s) => {
      const chosen = new Set(s.review.salary.alternatives);
      if (on) chosen.add(alternative);
      else chosen.delete(alternative);
      // Kept in the catalogue's order so the document lists them the same way every time.
      const alternatives = ALTERNATIVE_COMPENSATION.filter((a) => chosen.has(a));
      return { ...s, review: { ...s.review, salary: { ...s.review.salary, alternatives } } };
    });
  };
  const salary = review.salary;

  return (
    <Section
      title="Review rhythm"
      guidance={
        <>
          <p>
            Book a one-on-one with the manager every week or two, for at least half an hour, and
            bring the plan to it.
          </p>
          <p>
            If a raise is promised but put off: get the promise in writing, ask for a date, and
            check on it every quarter. Meanwhile, ask for what the manager can give now.
          </p>
        </>
      }
    >
      <fieldset className="idp-plain" disabled={readOnly}>
        <legend className="visually-hidden">One-on-ones and reviews</legend>
        <div className="idp-grid-3">
          <SelectField
            label="One-on-one with the manager"
            value={review.oneOnOneFrequency}
            options={FREQUENCY_OPTIONS}
            onChange={(oneOnOneFrequency) => {
              edit({ oneOnOneFrequency }, 'oneOnOneFrequency');
            }}
          />
          <NumberField
            label="Minutes booked"
            min={0}
            max={600}
            value={review.oneOnOneMinutes}
            onChange={(oneOnOneMinutes) => {
              edit({ oneOnOneMinutes }, 'oneOnOneMinutes');
            }}
          />
          <DateField
            label="Next review"
            value={review.nextReviewDate}
            onChange={(nextReviewDate) => {
              edit({ nextReviewDate }, 'nextReviewDate');
            }}
          />
        </div>
      </fieldset>

      <fieldset className="idp-salary" disabled={readOnly}>
        <legend>Salary conversation plan</legend>
        <div className="row idp-checks">
          <Checkbox
            label="A raise was promised but put off"
            checked={salary.raisePromised}
            onChange={(raisePromised) => {
              editSalary({ raisePromised }, 'raisePromised');
            }}
          />
          <Checkbox
            label="The promise is in writing"
            checked={salary.inWriting}
            onChange={(inWriting) => {
              editSalary({ inWriting }, 'inWriting');
            }}
          />
        </div>
        <div className="grid-2">
          <DateField
            label="When the raise is expected"
            value={salary.expectedDate}
            onChange={(expectedDate) => {
              editSalary({ expectedDate }, 'expectedDate');
            }}
          />
          <DateField
            label="Next quarterly check"
            value={salary.nextQuarterlyReview}
            onChange={(nextQuarterlyReview) => {
              editSalary({ nextQuarterlyReview }, 'nextQuarterlyReview');
            }}
          />
        </div>
        <fieldset className="idp-plain">
          <legend className="field-label">Other rewards to ask for in the meantime</legend>
          <div className="idp-alternatives">
            {ALTERNATIVE_COMPENSATION.map((alternative) => (
              <Checkbox
                key={alternative}
                label={ALTERNATIVE_COMPENSATION_LABELS[alternative]}
                checked={salary.alternatives.includes(alternative)}
                onChange={(on) => {
                  toggle(alternative, on);
                }}
              />
            ))}
          </div>
        </fieldset>
        <TextArea
          label="Notes on the salary conversation"
          value={salary.notes}
          readOnly={readOnly}
          onChange={(notes) => {
            editSalary({ notes }, 'notes');
          }}
        />
      </fieldset>
    </Section>
  );
});
