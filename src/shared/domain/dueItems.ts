import type { Client } from '../schema/client';
import type { Workbook } from '../schema/workbook';
import type { Worksheet } from '../schema/worksheet';
import type { DateFormat } from '../schema/practice';
import { addDays, daysBetween, formatDate } from './dates';
import { DEFAULT_DUE_WITHIN_DAYS, idpProgress } from './idpProgress';

export const DUE_ITEM_KINDS = [
  'agreementAwaitingSignature',
  'idpObjective',
  'mentorNextStep',
  'yearlyCheckIn',
] as const;
export type DueItemKind = (typeof DUE_ITEM_KINDS)[number];

/** One thing the coach should look at soon, for the Home screen and the practice summary. */
export interface DueItem {
  kind: DueItemKind;
  /** The date it is due (for an agreement: the day it was sent). */
  date: string | null;
  /** The date has passed. A sent agreement is never overdue: it is waiting on the client. */
  overdue: boolean;
  /** Days from today to `date`: negative in the past, 0 today. */
  daysFromToday: number | null;
  clientId: string | null;
  worksheetId: string | null;
  /** The objective or candidate inside the worksheet, when the item is one of those. */
  itemId: string | null;
  title: string;
  detail: string;
}

function firstLine(text: string, fallback: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  if (line === '') return fallback;
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

function daysPhrase(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

function dueDetail(date: string, today: string, format: DateFormat): string {
  const days = daysBetween(today, date);
  const when = `${formatDate(date, format)} (${daysPhrase(days)})`;
  return days < 0 ? `Overdue since ${when}` : `Due ${when}`;
}

interface Context {
  today: string;
  horizon: string;
  withinDays: number;
  format: DateFormat;
  clients: Map<string, Client>;
}

function clientName(clientId: string, ctx: Context): string {
  return ctx.clients.get(clientId)?.name.trim() || 'a client';
}

/** "your own" for the coach's worksheets, else the client's name in the possessive. */
function whose(sheet: Worksheet, ctx: Context): string {
  return sheet.clientId === null ? 'your own' : `${clientName(sheet.clientId, ctx)}'s`;
}

function itemsOf(sheet: Worksheet, ctx: Context): DueItem[] {
  const base = { clientId: sheet.clientId, worksheetId: sheet.id };
  const dated = (date: string) => ({
    date,
    overdue: date < ctx.today,
    daysFromToday: daysBetween(ctx.today, date),
  });
  switch (sheet.kind) {
    case 'agreement': {
      if (sheet.status !== 'sent') return [];
      const sentDays = sheet.sentOn === null ? null : daysBetween(sheet.sentOn, ctx.today);
      const version = sheet.version > 1 ? ` (version ${sheet.version})` : '';
      return [
        {
          ...base,
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
    }
    case 'idp': {
      const progress = idpProgress(sheet, ctx.today, ctx.withinDays);
      return [...progress.overdue, ...progress.dueSoon].flatMap((objective) =>
        objective.targetDate === null
          ? []
          : [
              {
                ...base,
                ...dated(objective.targetDate),
                kind: 'idpObjective' as const,
                itemId: objective.id,
                title: firstLine(objective.what, 'A development objective'),
                detail: `${dueDetail(objective.targetDate, ctx.today, ctx.format)}, in ${whose(sheet, ctx)} ${sheet.title.trim() || 'development plan'}.`,
              },
            ],
      );
    }
    case 'mentors':
      return sheet.candidates.flatMap((candidate) => {
        const date = candidate.nextStepDate;
        if (candidate.status === 'ended' || date === null || date > ctx.horizon) return [];
        const who = candidate.name.trim() || 'a possible mentor';
        return [
          {
            ...base,
            ...dated(date),
            kind: 'mentorNextStep' as const,
            itemId: candidate.id,
            title: `Next step with ${who}: ${firstLine(candidate.nextStep, 'get in touch')}`,
            detail: `${dueDetail(date, ctx.today, ctx.format)}, in ${whose(sheet, ctx)} ${sheet.title.trim() || 'mentor list'}.`,
          },
        ];
      });
    case 'skills':
    case 'boundaryMap':
      return [];
  }
}

function checkInOf(client: Client, ctx: Context): DueItem[] {
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
  const ctx: Context = {
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
    .flatMap((sheet) => itemsOf(sheet, ctx));
  const checkIns = workbook.clients
    .filter(
      (client) =>
        client.archivedAt === null && client.status !== 'ended' && client.status !== 'completed',
    )
    .flatMap((client) => checkInOf(client, ctx));
  return [...fromSheets, ...checkIns].sort(compareDue);
}
