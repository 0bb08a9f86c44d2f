import type { AgreementTemplate, PracticeProfile } from '../../shared/schema';

/** The invented coach behind every sample workbook. Phone numbers are from ranges kept for fiction. */
export const SAMPLE_PRACTICE: PracticeProfile = {
  coachName: 'Catriona Bell',
  credentials: 'PCC (ICF), MSc Organisational Psychology',
  businessName: 'Lanternfield Coaching',
  email: 'catriona@lanternfield-coaching.example',
  phone: '+44 20 7946 0418',
  website: 'https://lanternfield-coaching.example',
  address: '14 Weaver’s Yard\nNorwich NR2 4PN\nUnited Kingdom',
  idealClientProfile:
    'Mid-career professionals and owners of small service businesses who have outgrown the way ' +
    'they work now: people ready to do the thinking between sessions, who want a plan they own, ' +
    'and who can commit to at least three months.',
  referralSources: [
    'Referral from a client',
    'Website',
    'LinkedIn',
    'Talk or workshop',
    'Partner',
    'Professional association',
  ],
  logo: null,
  paperSize: 'A4',
  dateFormat: 'D MMMM YYYY',
};

/** Used only where the app's default template leaves a value open; phrased to sit in a sentence. */
const FALLBACK_DEFAULTS: AgreementTemplate['defaults'] = {
  fee: '£180 per session',
  paymentTerms: 'invoices are due within 14 days',
  numberOfSessions: '8',
  sessionLength: '60 minutes',
  sessionFrequency: 'every two weeks',
  sessionMedium: 'by video call',
  cancellationNotice: '48 hours',
  responseTime: 'two working days',
  contactHours: 'weekdays, 9 am to 5 pm',
  endingNotice: 'two weeks',
};

/** What this practice sets for itself, whatever the default template says. */
const PRACTICE_OWN: AgreementTemplate['defaults'] = {
  fee: '£180 per session, or £1,300 for a package of eight sessions',
  sessionMedium: 'by video call, or in person at my studio in Norwich',
};

const SAMPLE_FACT_SHEET =
  'What to expect: sessions start on time and end on time. Between sessions, send me a short ' +
  'note on what you tried and what you noticed. You decide what we work on; I ask questions, ' +
  'offer tools and hold you to what you said you would do.';

/**
 * The sample practice's agreement template: the app's default template as it stands at run
 * time (clauses and all), with this practice's own fee and place of work.
 */
export function sampleTemplate(defaultTemplate: AgreementTemplate): AgreementTemplate {
  return {
    ...defaultTemplate,
    defaults: { ...FALLBACK_DEFAULTS, ...defaultTemplate.defaults, ...PRACTICE_OWN },
    factSheet:
      defaultTemplate.factSheet.trim() === '' ? SAMPLE_FACT_SHEET : defaultTemplate.factSheet,
  };
}
