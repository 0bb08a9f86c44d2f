import type { Rng } from './random';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The date `days` after (or before, when negative) an ISO date. Pure: no clock, no time zone. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = parts(isoDate);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The earlier of two ISO dates. */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function parts(isoDate: string): [number, number, number] {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`Not a date: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The same calendar day `years` later; 29 February becomes 28 February in other years. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = parts(isoDate);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The first anniversary of `start` that falls on or after `onOrAfter`. */
export function nextAnniversary(start: string, onOrAfter: string): string {
  let years = 1;
  while (addYears(start, years) < onOrAfter) years++;
  return addYears(start, years);
}

/** A moment during the working day of `isoDate`, as a UTC timestamp like the store writes. */
export function timestampOn(isoDate: string, rng: Rng): string {
  const hour = String(rng.int(7, 19)).padStart(2, '0');
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  const second = String(rng.int(0, 59)).padStart(2, '0');
  return `${isoDate}T${hour}:${minute}:${second}.000Z`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2025-03-07` → `7 March 2025`, for dates written inside sample prose (no locale data needed). */
export function longDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}
