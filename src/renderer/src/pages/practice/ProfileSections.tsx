import type { PracticeProfile } from '../../../../shared/schema/practice';
import { DATE_FORMATS, DOCUMENT_LANGUAGES, PAPER_SIZES } from '../../../../shared/schema/practice';
import {
  DATE_FORMAT_LABELS,
  DOCUMENT_LANGUAGE_LABELS,
  PAPER_SIZE_LABELS,
  optionsOf,
} from '../../../../shared/catalogue/labels';
import { documentLanguageOf } from '../../../../shared/domain/documentLanguage';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { Section } from '../../ui/Section';
import { LogoField } from './LogoField';
import { ReferralSourcesEditor } from './ReferralSourcesEditor';

/** Apply a change to the practice profile; `field` groups keystrokes into one undo step. */
export type PracticeChange = (
  recipe: (profile: PracticeProfile) => PracticeProfile,
  field?: string,
) => void;

interface SectionProps {
  profile: PracticeProfile;
  change: PracticeChange;
  readOnly: boolean;
}

type LineKey = 'coachName' | 'credentials' | 'businessName' | 'email' | 'phone' | 'website';

const LINE_FIELDS: readonly {
  key: LineKey;
  label: string;
  type?: 'email' | 'tel' | 'url';
  hint?: string;
}[] = [
  { key: 'coachName', label: 'Your name' },
  { key: 'credentials', label: 'Credentials', hint: 'For example: ICF PCC, MBA.' },
  { key: 'businessName', label: 'Business name' },
  { key: 'email', label: 'E-mail', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'website', label: 'Website', type: 'url' },
];

/** Who the coach is and how clients reach them. */
export function CoachSection({ profile, change, readOnly }: SectionProps) {
  return (
    <Section
      title="You and your business"
      guidance={
        <>
          <p>
            These details appear on every document you export and fill the coach fields of your
            agreements, so write them the way you want clients to see them.
          </p>
          <p>Leave out anything you would rather not print; empty fields are simply skipped.</p>
        </>
      }
    >
      <div className="grid-2 practice-fields">
        {LINE_FIELDS.map(({ key, label, type, hint }) => (
          <TextField
            key={key}
            label={label}
            type={type}
            hint={hint}
            value={profile[key]}
            readOnly={readOnly}
            onChange={(value) => {
              change((p) => ({ ...p, [key]: value }), key);
            }}
          />
        ))}
      </div>
      <TextArea
        label="Address"
        rows={3}
        value={profile.address}
        readOnly={readOnly}
        onChange={(address) => {
          change((p) => ({ ...p, address }), 'address');
        }}
      />
    </Section>
  );
}

/** Who the practice serves best, and where those clients come from. */
export function IdealClientSection({ profile, change, readOnly }: SectionProps) {
  return (
    <Section
      title="Your ideal client"
      guidance={
        <>
          <p>
            Describing the clients you do your best work with makes it easier to say yes to the
            right people and to refer the others on. Each client record lets you rate their fit
            against this description.
          </p>
          <p>
            Keep a short list of where clients come from. Recording the source of each client shows
            over time which ones bring you the clients you want most, so you know where to spend
            your marketing effort.
          </p>
        </>
      }
    >
      <TextArea
        label="Ideal-client profile"
        hint="Who they are, what they want to change, and what makes you the right coach for them."
        rows={5}
        value={profile.idealClientProfile}
        readOnly={readOnly}
        onChange={(idealClientProfile) => {
          change((p) => ({ ...p, idealClientProfile }), 'idealClientProfile');
        }}
      />
      <div className="field">
        <span className="field-label">Referral sources</span>
        <span className="field-hint">Offered as suggestions when you record a new client.</span>
      </div>
      <ReferralSourcesEditor
        sources={profile.referralSources}
        readOnly={readOnly}
        onChange={(referralSources, field) => {
          change((p) => ({ ...p, referralSources }), field);
        }}
      />
    </Section>
  );
}

const PAPER_OPTIONS = optionsOf(PAPER_SIZES, PAPER_SIZE_LABELS);
const DATE_OPTIONS = optionsOf(DATE_FORMATS, DATE_FORMAT_LABELS);
const LANGUAGE_OPTIONS = optionsOf(DOCUMENT_LANGUAGES, DOCUMENT_LANGUAGE_LABELS);

/** How exported documents look: logo, paper, dates and language. */
export function DocumentsSection({ profile, change, readOnly }: SectionProps) {
  return (
    <Section
      title="Your documents"
      guidance={
        <>
          <p>
            Pick the paper your clients print on: A4 in most of the world, US Letter in North
            America.
          </p>
          <p>
            The date format is used on screen and in tables. Sentences in documents write the month
            out: “26 November 2026”, or “November 26, 2026” with month-first dates.
          </p>
          <p>The document language tells Word which spelling to check your documents against.</p>
        </>
      }
    >
      <LogoField
        logo={profile.logo}
        readOnly={readOnly}
        onChange={(logo) => {
          change((p) => ({ ...p, logo }));
        }}
      />
      <div className="grid-2">
        <SelectField
          label="Paper size"
          value={profile.paperSize}
          options={PAPER_OPTIONS}
          disabled={readOnly}
          onChange={(paperSize) => {
            change((p) => ({ ...p, paperSize }));
          }}
        />
        <SelectField
          label="Date format"
          value={profile.dateFormat}
          options={DATE_OPTIONS}
          disabled={readOnly}
          onChange={(dateFormat) => {
            change((p) => ({ ...p, dateFormat }));
          }}
        />
        <SelectField
          label="Document language"
          value={documentLanguageOf(profile)}
          options={LANGUAGE_OPTIONS}
          disabled={readOnly}
          onChange={(documentLanguage) => {
            change((p) => ({ ...p, documentLanguage }));
          }}
        />
      </div>
    </Section>
  );
}
