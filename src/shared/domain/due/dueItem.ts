import type { Client } from '../../schema/client';
import type { Worksheet } from '../../schema/worksheet';
import type { DateFormat } from '../../schema/practice';
import { daysBetween, formatDate } from '../dates';

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

/** What every worksheet kind needs to say what in it is due. */
export interface DueContext {
  today: string;
  /** The last day counted as "soon". */
  horizon: string;
  withinDays: number;
  format: DateFormat;
  clients: Map<string, Client>;
}

export function daysPhrase(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function dueDetail(date: string, today: string, format: DateFormat): string {
  const days = daysBetween(today, date);
  const when = `${formatDate(date, format)} (${daysPhrase(days)})`;
  return days < 0 ? `Overdue since ${when}` : `Due ${when}`;
}

export function clientName(clientId: string, ctx: DueContext): string {
  return ctx.clients.get(clientId)?.name.trim() || 'a client';
}

/** "your own" for the coach's worksheets, else the client's name in the possessive. */
export function whose(sheet: Worksheet, ctx: DueContext): string {
  return sheet.clientId === null ? 'your own' : `${clientName(sheet.clientId, ctx)}'s`;
}

/** Where an item of a worksheet points. */
export function dueBase(sheet: Worksheet): Pick<DueItem, 'clientId' | 'worksheetId'> {
  return { clientId: sheet.clientId, worksheetId: sheet.id };
}

/** The date fields of an item due on `date`. */
export function dated(
  date: string,
  ctx: DueContext,
): Pick<DueItem, 'date' | 'overdue' | 'daysFromToday'> {
  return { date, overdue: date < ctx.today, daysFromToday: daysBetween(ctx.today, date) };
}
