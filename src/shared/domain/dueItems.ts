import type { Client } from '../schema/client';
import type { Workbook } from '../schema/workbook';
import { addDays, daysBetween } from './dates';
import { DEFAULT_DUE_WITHIN_DAYS } from './idpProgress';
import { dueDetail, type DueContext, type DueItem } from './due/dueItem';
import { withSpec } from '../kinds';

export { DUE_ITEM_KINDS, type DueItem, type DueItemKind } from './due/dueItem';

function checkInOf(client: Client, ctx: DueContext): DueItem[] {
  const date = client.yearlyCheckInDate;
  if (date === null || date > ctx.horizon) return [];
  return [
    {
      kind: 'yearlyCheckIn',
      date,
      overdue: date < ctx.today,
      daysFromToday: daysBetween(ctx.today, date),
      clientId: client.id,
      worksheetId: null,
      itemId: null,
      title: `Yearly check-in with ${client.name.trim() || 'a client'}`,
      detail: `${dueDetail(date, ctx.today, ctx.format)}: revisit the agreement, the service and the fees together.`,
    },
  ];
}

function compareDue(a: DueItem, b: DueItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  }
  return a.title.localeCompare(b.title, 'en');
}

/**
 * Everything due within `withinDays` of `today` (inclusive) or already late: agreements waiting
 * for a signature, open IDP objectives, mentor next steps and yearly client check-ins. The
 * coach's own worksheets count too. Archived clients are left out entirely, and so are the
 * check-ins of clients whose work has ended or completed. Overdue items come first, then by date.
 */
export function dueItems(
  workbook: Pick<Workbook, 'clients' | 'worksheets' | 'practice'>,
  today: string,
  withinDays: number = DEFAULT_DUE_WITHIN_DAYS,
): DueItem[] {
  const ctx: DueContext = {
    today,
    horizon: addDays(today, withinDays),
    withinDays,
    format: workbook.practice.dateFormat,
    clients: new Map(workbook.clients.map((client) => [client.id, client])),
  };
  const archived = new Set(
    workbook.clients.filter((client) => client.archivedAt !== null).map((client) => client.id),
  );
  const fromSheets = workbook.worksheets
    .filter((sheet) => sheet.clientId === null || !archived.has(sheet.clientId))
    .flatMap((sheet) => withSpec(sheet, (spec, own) => spec.dueItems(own, ctx)));
  const checkIns = workbook.clients
    .filter(
      (client) =>
        client.archivedAt === null && client.status !== 'ended' && client.status !== 'completed',
    )
    .flatMap((client) => checkInOf(client, ctx));
  return [...fromSheets, ...checkIns].sort(compareDue);
}
