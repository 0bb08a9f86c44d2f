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
import { plural } from '../../shared/domain/words';
import { body, cellLines, dataTable, heading, note } from './parts';

/** Overdue items stand out in a dark red that still prints legibly in grey. */
const OVERDUE = 'A4262C';

const DUE_KIND_LABELS: Record<Exclude<DueItemKind, 'agreementAwaitingSignature'>, string> = {
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

/** Work with these clients is over: nothing of theirs is due any more. */
function finished(workbook: Workbook): Set<string> {
  return new Set(
    workbook.clients
      .filter((c) => c.status === 'completed' || c.status === 'ended')
      .map((c) => c.id),
  );
}

/** "Overdue by 699 days", "Due today", "Due in 3 days". */
function dueStatus(days: number): string {
  const count = (n: number): string => plural(n, 'day', 'days');
  if (days < 0) return `Overdue by ${count(-days)}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${count(days)}`;
}

/** "Sent today", "Sent 12 days ago". */
function waitingStatus(daysAgo: number): string {
  if (daysAgo <= 0) return 'Sent today';
  return daysAgo === 1 ? 'Sent yesterday' : `Sent ${daysAgo} days ago`;
}

/**
 * A date that never wraps in its cell: no-break spaces keep "26 September 2026" on one line.
 * Its column is as wide as the longest date of the practice's format needs at the table's
 * 9.5 pt Arial: "20 September 2026" is about 84 pt, "09/30/2026" about 48 pt, plus the cell's
 * margins, on a text width of about 470 pt (A4) to 486 pt (Letter).
 */
function dateCell(ctx: DocContext, iso: string | null): string {
  return (ctx.date(iso) || 'No date').replace(/ /g, '\u00A0');
}
function dateWeight(ctx: DocContext): number {
  return ctx.practice.dateFormat === 'D MMMM YYYY' ? 21 : 13;
}

/** What the agreement is: its title, and its version when there were several. */
function agreementName(workbook: Workbook, worksheetId: string | null): string {
  const sheet = workbook.worksheets.find((s) => s.id === worksheetId);
  if (sheet?.kind !== 'agreement') return 'Agreement';
  const title = sheet.title.trim() || 'Agreement';
  return sheet.version > 1 ? `${title} (version ${sheet.version})` : title;
}

function due(workbook: Workbook, ctx: DocContext): FileChild[] {
  const over = finished(workbook);
  const items = dueItems(workbook, ctx.today).filter(
    (item) => item.clientId === null || !over.has(item.clientId),
  );
  const nameOf = nameLookup(workbook.clients);
  const clientName = (id: string | null): string => (id === null ? 'You' : nameOf(id));
  // Sorted by date, so the overdue come first, the longest overdue at the top.
  const dated = items
    .filter((item) => item.kind !== 'agreementAwaitingSignature' && item.date !== null)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byName(a.title, b.title));
  const waiting = items
    .filter((item) => item.kind === 'agreementAwaitingSignature')
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
  const when = dateWeight(ctx);
  return [
    heading(1, 'What is due'),
    note(
      `Overdue, and due in the next 30 days, as of ${ctx.dateInWords(ctx.today)}. ` +
        'Clients whose coaching is completed or ended are left out.',
    ),
    dated.length === 0
      ? body(waiting.length === 0 ? 'Nothing is due.' : 'Nothing else is due.')
      : dataTable(
          ctx,
          ['Date', 'Status', 'Client', 'What', 'Item'],
          dated.map((item) => [
            dateCell(ctx, item.date),
            item.overdue
              ? cellLines([
                  { text: dueStatus(item.daysFromToday ?? 0), bold: true, color: OVERDUE },
                ])
              : dueStatus(item.daysFromToday ?? 0),
            clientName(item.clientId),
            item.kind === 'agreementAwaitingSignature' ? '' : DUE_KIND_LABELS[item.kind],
            item.kind === 'yearlyCheckIn'
              ? 'Revisit the agreement, the service and the fees together'
              : item.title,
          ]),
          [when, 17, 15, 15, 53 - when],
        ),
    ...(waiting.length === 0
      ? []
      : [
          heading(2, 'Waiting for a signature'),
          dataTable(
            ctx,
            ['Sent on', 'Waiting', 'Client', 'Agreement'],
            waiting.map((item) => [
              dateCell(ctx, item.date),
              item.daysFromToday === null ? 'Sent' : waitingStatus(-item.daysFromToday),
              clientName(item.clientId),
              agreementName(workbook, item.worksheetId),
            ]),
            [when, 18, 25, 57 - when],
          ),
        ]),
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
