import type { FileChild } from 'docx';
import {
  AGREEMENT_STATUSES,
  CLIENT_STATUSES,
  type AgreementWorksheet,
  type Client,
  type Workbook,
} from '../../shared/schema';
import { dueItems, type DueItemKind } from '../../shared/domain/dueItems';
import { AGREEMENT_STATUS_LABELS, CLIENT_STATUS_LABELS } from '../../shared/catalogue/labels';
import type { DocContext } from './layout';
import { body, cellLines, dataTable, heading, note } from './parts';

/** Overdue items stand out in a dark red that still prints legibly in grey. */
const OVERDUE = 'A4262C';

const DUE_KIND_LABELS: Record<DueItemKind, string> = {
  agreementAwaitingSignature: 'Agreement to be signed',
  idpObjective: 'Development objective',
  mentorNextStep: 'Mentor next step',
  yearlyCheckIn: 'Yearly check-in',
};

/** One English collator for every sort: `localeCompare(b, 'en')` looks one up on each call. */
const byName = new Intl.Collator('en').compare;

function names(clients: readonly Client[]): string {
  return clients
    .map((c) => c.name.trim())
    .sort(byName)
    .join(', ');
}

/** A client's name by id, looked up once per practice: the tables name thousands of clients. */
function nameLookup(clients: readonly Client[]): (id: string) => string {
  const byId = new Map(clients.map((c) => [c.id, c.name.trim()]));
  return (id) => byId.get(id) ?? '';
}

function byStatus(clients: readonly Client[], ctx: DocContext): FileChild[] {
  return [
    heading(1, 'Clients by status'),
    dataTable(
      ctx,
      ['Status', 'Clients', 'Who'],
      CLIENT_STATUSES.map((status) => {
        const these = clients.filter((c) => c.status === status);
        return [CLIENT_STATUS_LABELS[status], String(these.length), names(these)];
      }),
      [18, 12, 70],
    ),
  ];
}

function bySource(clients: readonly Client[], ctx: DocContext): FileChild[] {
  const sources = new Map<string, Client[]>();
  for (const c of clients) {
    const source = c.referralSource.trim() || 'Not recorded';
    const these = sources.get(source);
    if (these === undefined) sources.set(source, [c]);
    else these.push(c);
  }
  const rows = [...sources.entries()].sort(
    (a, b) => b[1].length - a[1].length || byName(a[0], b[0]),
  );
  return [
    heading(1, 'Clients by referral source'),
    note('Which sources bring the clients who fit the practice best.'),
    rows.length === 0
      ? body('', 'No clients yet.')
      : dataTable(
          ctx,
          ['Referral source', 'Clients', 'Active', 'Good or ideal fit'],
          rows.map(([source, these]) => [
            source,
            String(these.length),
            String(these.filter((c) => c.status === 'active').length),
            String(
              these.filter((c) => c.idealClientFit === 'good' || c.idealClientFit === 'ideal')
                .length,
            ),
          ]),
          [46, 18, 18, 18],
        ),
  ];
}

function agreements(workbook: Workbook, active: ReadonlySet<string>, ctx: DocContext): FileChild[] {
  const all = workbook.worksheets.filter(
    (s): s is AgreementWorksheet => s.kind === 'agreement' && active.has(s.clientId),
  );
  const clientName = nameLookup(workbook.clients);
  return [
    heading(1, 'Agreements by state'),
    dataTable(
      ctx,
      ['State', 'Agreements', 'With'],
      AGREEMENT_STATUSES.map((status) => {
        const these = all.filter((a) => a.status === status);
        const who = these
          .map((a) => `${clientName(a.clientId)} (v${a.version})`)
          .sort(byName)
          .join(', ');
        return [AGREEMENT_STATUS_LABELS[status], String(these.length), who];
      }),
      [28, 14, 58],
    ),
  ];
}

function due(workbook: Workbook, ctx: DocContext): FileChild[] {
  const items = dueItems(workbook, ctx.today);
  const nameOf = nameLookup(workbook.clients);
  const clientName = (id: string | null): string => (id === null ? 'You' : nameOf(id));
  return [
    heading(1, 'What is due'),
    note(`Overdue, and due in the next 30 days, as of ${ctx.dateInWords(ctx.today)}.`),
    items.length === 0
      ? body('', 'Nothing is due. Well done.')
      : dataTable(
          ctx,
          ['When', 'Client', 'What', 'Details'],
          items.map((item) => [
            cellLines([
              { text: ctx.date(item.date) || 'No date' },
              ...(item.overdue ? [{ text: 'Overdue', bold: true, color: OVERDUE }] : []),
            ]),
            clientName(item.clientId),
            cellLines([{ text: DUE_KIND_LABELS[item.kind], bold: true }, { text: item.title }]),
            item.detail,
          ]),
          [18, 18, 34, 30],
        ),
  ];
}

/** The practice summary: clients by status and source, agreements by state, what is due. */
export function practiceSummarySections(workbook: Workbook, ctx: DocContext): FileChild[] {
  const clients = workbook.clients.filter((c) => c.archivedAt === null);
  const archived = workbook.clients.length - clients.length;
  const active = new Set(clients.map((c) => c.id));
  return [
    note(
      `${clients.length} client${clients.length === 1 ? '' : 's'} in the workbook` +
        (archived > 0 ? ` (and ${archived} archived, not counted here).` : '.'),
    ),
    ...byStatus(clients, ctx),
    ...bySource(clients, ctx),
    ...agreements(workbook, active, ctx),
    ...due(workbook, ctx),
  ];
}
