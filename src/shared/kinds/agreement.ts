import type { AgreementWorksheet, Clause } from '../schema/agreement';
import type { KindSpec } from './kindSpec';
import { AGREEMENT_STATUS_LABELS } from '../catalogue/labels';
import { daysBetween, formatDate } from '../domain/dates';
import { clientName, daysPhrase, dueBase } from '../domain/due/dueItem';
import { renew } from './renew';
import { emptyRichText } from '../richText/schema';

/**
 * A copy of an agreement without what belongs to one signed version only: its signatures and
 * its choice of a page of changes. A new version or a copy starts from this.
 */
export function withoutSigning(sheet: AgreementWorksheet): AgreementWorksheet {
  const copy = { ...sheet };
  delete copy.signatures;
  delete copy.changesPage;
  return copy;
}

/**
 * The client policies and procedures agreement. Not made from scratch: main makes one from the
 * practice's template, and its versions, sending and signing have rules of their own.
 */
export const agreementKind = {
  kind: 'agreement',
  label: 'Policies and Procedures Agreement',
  buttonLabel: 'Agreement',
  defaultTitle: 'Coaching Agreement',
  document: 'agreement',
  chapter: 5,
  create: null,
  // A copy starts a series of its own: version 1, a draft, not sent or signed.
  renewItemIds: (sheet, newId) => ({
    ...withoutSigning(sheet),
    clauses: renew(sheet.clauses, newId),
    seriesId: newId(),
    version: 1,
    status: 'draft',
    sentOn: null,
    signedOn: null,
    previousVersionId: null,
    supersededById: null,
  }),
  summary: (sheet) => `Version ${sheet.version}: ${AGREEMENT_STATUS_LABELS[sheet.status]}`,
  personName: () => '',
  dueItems: (sheet, ctx) => {
    if (sheet.status !== 'sent') return [];
    const sentDays = sheet.sentOn === null ? null : daysBetween(sheet.sentOn, ctx.today);
    const version = sheet.version > 1 ? ` (version ${sheet.version})` : '';
    return [
      {
        ...dueBase(sheet),
        kind: 'agreementAwaitingSignature',
        date: sheet.sentOn,
        overdue: false,
        daysFromToday: sentDays === null ? null : -sentDays,
        itemId: null,
        title: `Waiting for ${clientName(sheet.clientId, ctx)} to sign: ${sheet.title.trim() || 'agreement'}${version}`,
        detail:
          sheet.sentOn === null || sentDays === null
            ? 'Sent, but the date it went out was not recorded.'
            : `Sent ${formatDate(sheet.sentOn, ctx.format)} (${daysPhrase(-sentDays)}) and not signed yet.`,
      },
    ];
  },
  items: {
    clause: (id: string): Clause => ({ id, title: '', body: emptyRichText() }),
  },
} satisfies KindSpec<'agreement'>;
