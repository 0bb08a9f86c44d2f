import type { DocumentLanguage, PracticeProfile } from '../schema/practice';

/**
 * The language a practice's documents are written in: the coach's choice, else American
 * English when dates are written month first (MM/DD/YYYY) and British English otherwise.
 */
export function documentLanguageOf(
  practice: Pick<PracticeProfile, 'documentLanguage' | 'dateFormat'>,
): DocumentLanguage {
  return practice.documentLanguage ?? (practice.dateFormat === 'MM/DD/YYYY' ? 'en-US' : 'en-GB');
}
