import type { DateFormat } from '../schema/practice';

/**
 * Calendar dates as the workbook stores them: `YYYY-MM-DD`, no time zone. Arithmetic runs in
 * UTC on purpose, so that daylight-saving changes never make a day 23 or 25 hours long.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** English month names, for the long date format. */
export const MONTH_NAMES = [
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

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parse(iso: string): Ymd | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them as written.
  check.setUTCFullYear(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function parseOrThrow(iso: string): Ymd {
  const ymd = parse(iso);
  if (!ymd) throw new RangeError(`Not a calendar date: "${iso}" (expected YYYY-MM-DD)`);
  return ymd;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function toIso(ymd: Ymd): string {
  return `${pad(ymd.year, 4)}-${pad(ymd.month, 2)}-${pad(ymd.day, 2)}`;
}

function utcMs({ year, month, day }: Ymd): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  return toIso({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** True for a real calendar date written `YYYY-MM-DD` (so not 2023-02-29). */
export function isIsoDate(value: string): boolean {
  return parse(value) !== null;
}

/** Today's date where the user is: the local calendar date of `now`, not the UTC one. */
export function todayIso(now: Date): string {
  return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** The date `n` days after `iso` (before it when `n` is negative). Throws on a non-date. */
export function addDays(iso: string, n: number): string {
  return fromUtcMs(utcMs(parseOrThrow(iso)) + Math.trunc(n) * MS_PER_DAY);
}

/**
 * The same day `n` years later. 29 February becomes 28 February in a year without it, so a
 * yearly check-in set on a leap day still falls in February.
 */
export function addYears(iso: string, n: number): string {
  const { year, month, day } = parseOrThrow(iso);
  const target = year + Math.trunc(n);
  const candidate = { year: target, month, day };
  return parse(toIso(candidate)) ? toIso(candidate) : toIso({ ...candidate, day: day - 1 });
}

/** Whole days from `a` to `b`: positive when `b` is later, 0 on the same day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMs(parseOrThrow(b)) - utcMs(parseOrThrow(a))) / MS_PER_DAY);
}

/**
 * A stored date shown the way the practice chose. An empty date shows as nothing; a value that
 * is not a date is shown unchanged rather than hidden, so no text the user typed disappears.
 */
export function formatDate(iso: string | null, format: DateFormat): string {
  if (iso === null) return '';
  const ymd = parse(iso);
  if (!ymd) return iso;
  const dd = pad(ymd.day, 2);
  const mm = pad(ymd.month, 2);
  const yyyy = pad(ymd.year, 4);
  switch (format) {
    case 'YYYY-MM-DD':
      return toIso(ymd);
    case 'DD/MM/YYYY':
      return `${dd}/${mm}/${yyyy}`;
    case 'MM/DD/YYYY':
      return `${mm}/${dd}/${yyyy}`;
    case 'D MMMM YYYY':
      return `${ymd.day} ${MONTH_NAMES[ymd.month - 1] ?? ''} ${yyyy}`;
  }
}

/**
 * A stored date written out in words for running text, in the practice's style: "November 26,
 * 2026" when the practice writes dates month first (MM/DD/YYYY), "26 November 2026" otherwise.
 * A numeric date format is for tables and forms; prose always names the month, so a reader
 * never has to guess which number is the day. Empty and non-dates as in `formatDate`.
 */
export function formatDateInWords(iso: string | null, format: DateFormat): string {
  if (iso === null) return '';
  const ymd = parse(iso);
  if (!ymd) return iso;
  const month = MONTH_NAMES[ymd.month - 1] ?? '';
  const year = pad(ymd.year, 4);
  return format === 'MM/DD/YYYY' ? `${month} ${ymd.day}, ${year}` : `${ymd.day} ${month} ${year}`;
}
