import type { BoundaryMapWorksheet } from '../schema/boundaryMap';
import type { TextItem } from '../schema/common';
import type { KindSpec } from './kindSpec';
import { DECISION_LABELS } from '../catalogue/labels';
import { renew } from './renew';

/** The boundary map: a difficult situation, what the coach will and will not do, and why. */
export const boundaryMapKind = {
  kind: 'boundaryMap',
  label: 'Boundary Map',
  buttonLabel: 'Boundary map',
  defaultTitle: 'Boundary Map',
  document: 'boundary-map',
  chapter: 4,
  create: (start): BoundaryMapWorksheet => ({
    ...start,
    kind: 'boundaryMap',
    situation: { kind: 'other', counterpart: '', description: '' },
    cost: { ofActing: '', ofNotActing: '', ofKeeping: '', ofLosing: '' },
    boundaries: { willing: [], negotiable: [], willNot: [] },
    power: { holder: 'unclear', why: '', iBring: [], theyBring: [] },
    decision: { choice: 'undecided', rationale: '' },
    words: { script: '', holdingAnswer: '' },
    ifCrossedAgain: '',
    review: { date: null, outcome: '' },
  }),
  renewItemIds: (sheet, newId) => ({
    ...sheet,
    boundaries: {
      willing: renew(sheet.boundaries.willing, newId),
      negotiable: renew(sheet.boundaries.negotiable, newId),
      willNot: renew(sheet.boundaries.willNot, newId),
    },
    power: {
      ...sheet.power,
      iBring: renew(sheet.power.iBring, newId),
      theyBring: renew(sheet.power.theyBring, newId),
    },
  }),
  summary: (sheet) =>
    sheet.decision.choice === 'undecided'
      ? 'Decision still open'
      : `Decision: ${DECISION_LABELS[sheet.decision.choice]}`,
  personName: () => '',
  dueItems: () => [],
  items: {
    text: (id: string): TextItem => ({ id, text: '' }),
    negotiable: (id: string): BoundaryMapWorksheet['boundaries']['negotiable'][number] => ({
      id,
      text: '',
      conditions: '',
    }),
  },
} satisfies KindSpec<'boundaryMap'>;
