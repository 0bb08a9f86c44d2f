import { memo } from 'react';
import type { IdpWorksheet } from '../../../../shared/schema/idp';
import { REVIEWER_ROLE_LABELS, optionsOf } from '../../../../shared/catalogue/labels';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { Section } from '../../ui/Section';
import type { IdpChange } from './idpEdits';

type SignOff = IdpWorksheet['signOff'];

const ROLE_OPTIONS = optionsOf(['manager', 'coach'] as const, REVIEWER_ROLE_LABELS);

/** Both people agree to the plan. */
export const SignOffSection = memo(function SignOffSection({
  signOff,
  change,
  readOnly,
}: {
  signOff: SignOff;
  change: IdpChange;
  readOnly: boolean;
}) {
  const edit = (patch: Partial<SignOff>, field: keyof SignOff) => {
    change((s) => ({ ...s, signOff: { ...s.signOff, ...patch } }), `signOff.${field}`);
  };
  return (
    <Section
      title="Sign-off"
      guidance={
        <p>
          Signing is a shared commitment: the employee to the work, the manager or coach to the
          support promised above. Sign again after each big revision.
        </p>
      }
    >
      <div className="idp-signoff">
        <div className="stack">
          <h3>Employee</h3>
          <TextField
            label="Employee’s name"
            value={signOff.employeeName}
            readOnly={readOnly}
            onChange={(employeeName) => {
              edit({ employeeName }, 'employeeName');
            }}
          />
          <DateField
            label="Employee signed on"
            value={signOff.employeeDate}
            readOnly={readOnly}
            onChange={(employeeDate) => {
              edit({ employeeDate }, 'employeeDate');
            }}
          />
        </div>
        <div className="stack">
          <h3>Reviewer</h3>
          <TextField
            label="Reviewer’s name"
            value={signOff.reviewerName}
            readOnly={readOnly}
            onChange={(reviewerName) => {
              edit({ reviewerName }, 'reviewerName');
            }}
          />
          <SelectField
            label="Reviewer is the"
            value={signOff.reviewerRole}
            options={ROLE_OPTIONS}
            disabled={readOnly}
            onChange={(reviewerRole) => {
              edit({ reviewerRole }, 'reviewerRole');
            }}
          />
          <DateField
            label="Reviewer signed on"
            value={signOff.reviewerDate}
            readOnly={readOnly}
            onChange={(reviewerDate) => {
              edit({ reviewerDate }, 'reviewerDate');
            }}
          />
        </div>
      </div>
    </Section>
  );
});
