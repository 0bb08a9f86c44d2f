import { MONTH_NAMES, formatDate, isIsoDate } from '../../../shared/domain/dates';
import type { DateFormat } from '../../../shared/schema/practice';

/** A date to show how dates are written: the coach sees "28/11/2026", not a pattern. */
export const EXAMPLE_DATE = '2026-11-28';

/** What an empty date box shows, in the practice's format. */
export const DATE_PLACEHOLDER: Record<DateFormat, string> = {
  'YYYY-MM-DD': 'yyyy-mm-dd',
  'DD/MM/YYYY': 'dd/mm/yyyy',
  'MM/DD/YYYY': 'mm/dd/yyyy',
  // A short month: the placeholder fits a narrow box.
  'D MMMM YYYY': `e.g. ${formatDate('2026-05-02', 'D MMMM YYYY')}`,
};

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The ISO date of a year, month and day when they make a real date, else null. */
function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/** A year as typed: four digits, or two meaning this century when `short` years are allowed. */
function yearOf(text: string, short: boolean): number | null {
  if (text.length === 4) return Number(text);
  return short && text.length === 2 ? 2000 + Number(text) : null;
}

/** The month named by an English name or its first three letters or more. */
function monthOf(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(word));
  return index === -1 ? null : index + 1;
}

const NUMERIC = /^(\d{1,4})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{1,4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{2}|\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})$/i;

/**
 * A date as the coach typed it, read in the practice's format, as an ISO date; null when it is
 * not a date. Numbers are read in the format's order (month first only for MM/DD/YYYY), a year
 * may come first (2026/11/28), months may be written out ("28 Nov 2026", "November 28, 2026"),
 * and ISO always works. Two-digit years (26 for 2026) count only when `complete`: while the coach
 * is still typing, "28/11/20" is on its way to 2026, not 2020.
 */
export function parseTypedDate(text: string, format: DateFormat, complete: boolean): string | null {
  const typed = text.trim().replace(/\s+/g, ' ');
  const numeric = NUMERIC.exec(typed);
  if (numeric) {
    const [, a = '', b = '', c = ''] = numeric;
    if (a.length === 4) return isoOf(Number(a), Number(b), Number(c));
    const year = yearOf(c, complete);
    if (year === null || a.length > 2) return null;
    return format === 'MM/DD/YYYY'
      ? isoOf(year, Number(a), Number(b))
      : isoOf(year, Number(b), Number(a));
  }
  const dayFirst = DAY_MONTH_NAME.exec(typed);
  const monthFirst = dayFirst ? null : MONTH_NAME_DAY.exec(typed);
  const [day, name, yearText] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (day === undefined || name === undefined || yearText === undefined) return null;
  const month = monthOf(name);
  const year = yearOf(yearText, complete);
  return month === null || year === null ? null : isoOf(year, month, Number(day));
}
