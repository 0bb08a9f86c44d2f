/**
 * Merge fields an agreement clause can use, written `{{key}}` in clause text.
 * `source` says where the value comes from unless the agreement overrides it:
 * the client record, the practice profile, the agreement itself, or the template's defaults.
 */
export const MERGE_FIELDS = [
  { key: 'clientName', label: 'Client name', source: 'client' },
  { key: 'clientOrganization', label: 'Client organization', source: 'client' },
  { key: 'clientEmail', label: 'Client e-mail', source: 'client' },
  { key: 'startDate', label: 'Start date', source: 'client' },
  { key: 'coachName', label: 'Coach name', source: 'practice' },
  { key: 'businessName', label: 'Business name', source: 'practice' },
  { key: 'coachEmail', label: 'Coach e-mail', source: 'practice' },
  { key: 'coachPhone', label: 'Coach phone', source: 'practice' },
  { key: 'agreementDate', label: 'Agreement date', source: 'agreement' },
  { key: 'fee', label: 'Fee', source: 'defaults' },
  { key: 'paymentTerms', label: 'Payment terms', source: 'defaults' },
  { key: 'numberOfSessions', label: 'Number of sessions', source: 'defaults' },
  { key: 'sessionLength', label: 'Session length', source: 'defaults' },
  { key: 'sessionFrequency', label: 'Session frequency', source: 'defaults' },
  { key: 'sessionMedium', label: 'Where sessions happen', source: 'defaults' },
  { key: 'cancellationNotice', label: 'Cancellation notice', source: 'defaults' },
  { key: 'responseTime', label: 'Response time between sessions', source: 'defaults' },
  { key: 'contactHours', label: 'Contact hours', source: 'defaults' },
  { key: 'endingNotice', label: 'Notice to end the engagement', source: 'defaults' },
] as const;

export type MergeFieldKey = (typeof MERGE_FIELDS)[number]['key'];
export type MergeFieldSource = (typeof MERGE_FIELDS)[number]['source'];

export const MERGE_FIELD_KEYS = MERGE_FIELDS.map((field) => field.key) as [
  MergeFieldKey,
  ...MergeFieldKey[],
];

type DefaultMergeField = Extract<(typeof MERGE_FIELDS)[number], { source: 'defaults' }>;

/** Keys whose practice-wide default is kept in the agreement template. */
export type DefaultMergeFieldKey = DefaultMergeField['key'];

export const DEFAULT_MERGE_FIELD_KEYS = MERGE_FIELDS.filter(
  (field): field is DefaultMergeField => field.source === 'defaults',
).map((field) => field.key);

/** Matches `{{ key }}` in clause text; spaces inside the braces are allowed. */
export const MERGE_FIELD_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

const KNOWN_KEYS: ReadonlySet<string> = new Set(MERGE_FIELDS.map((field) => field.key));

/** True when `name` is one of the merge fields the app knows. */
export function isMergeFieldKey(name: string): name is MergeFieldKey {
  return KNOWN_KEYS.has(name);
}

/** The label a coach sees for a merge field ("Client name"). */
export function mergeFieldLabel(key: MergeFieldKey): string {
  return MERGE_FIELDS.find((field) => field.key === key)?.label ?? key;
}
