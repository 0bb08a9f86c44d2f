import type { AgreementTemplate } from '../schema';

/**
 * The agreement template a new practice starts with. TRANSITIONAL: section titles only; the
 * full clause text is being written (see the domain work in progress).
 */
export const DEFAULT_AGREEMENT_TEMPLATE: AgreementTemplate = {
  title: 'Coaching Policies and Procedures Agreement',
  clauses: [
    {
      id: 'parties',
      title: 'Parties',
      body: 'This agreement is between {{clientName}} and {{coachName}} of {{businessName}}.',
    },
  ],
  defaults: {},
  factSheet: '',
};
