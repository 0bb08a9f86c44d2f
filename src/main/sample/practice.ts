import type { AgreementTemplate, PracticeProfile } from '../../shared/schema';

/** The invented coach behind every sample workbook. Phone numbers are from ranges kept for fiction. */
export const SAMPLE_PRACTICE: PracticeProfile = {
  coachName: 'Helen Achterberg-Osei',
  credentials: 'PCC (ICF), MSc Organisational Psychology',
  businessName: 'Lanternfield Coaching',
  email: 'helen@lanternfield-coaching.example',
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

/** The practice's fees and habits, used where the template does not already say them. */
const SAMPLE_DEFAULTS: AgreementTemplate['defaults'] = {
  fee: '180 per session',
  paymentTerms: 'Invoiced monthly, payable within 14 days',
  numberOfSessions: '8',
  sessionLength: '60 minutes',
  sessionFrequency: 'Every two weeks',
  sessionMedium: 'Video call, or in person in Norwich',
  cancellationNotice: '48 hours',
  responseTime: 'Within two working days',
  contactHours: 'Monday to Friday, 9 am to 5 pm',
  endingNotice: 'Two weeks, in writing, by either of us',
};

const SAMPLE_FACT_SHEET =
  'What to expect: sessions start on time and end on time. Between sessions, send me a short ' +
  'note on what you tried and what you noticed. You decide what we work on; I ask questions, ' +
  'offer tools and hold you to what you said you would do.';

/**
 * The sample practice's agreement template: the app's default template as it stands at run
 * time, with the practice's own fees filled in where the default leaves them open.
 */
export function sampleTemplate(defaultTemplate: AgreementTemplate): AgreementTemplate {
  return {
    ...defaultTemplate,
    defaults: { ...SAMPLE_DEFAULTS, ...defaultTemplate.defaults },
    factSheet:
      defaultTemplate.factSheet.trim() === '' ? SAMPLE_FACT_SHEET : defaultTemplate.factSheet,
  };
}
