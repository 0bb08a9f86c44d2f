import { formatDateInWords, todayIso } from '../../../shared/domain/dates';
import type { DateFormat } from '../../../shared/schema/practice';

/**
 * A time of day as the app shows it everywhere ("All changes saved at 03:40 PM", when a file
 * was exported, when someone signed): the user's own clock style, hours and minutes.
 */
export function clockTime(moment: Date): string {
  return moment.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** A moment on screen: "2 December 2026 at 03:42 PM", the date in the practice's words. */
export function dateAndTime(timestamp: string, format: DateFormat): string {
  const moment = new Date(timestamp);
  if (Number.isNaN(moment.getTime())) return timestamp;
  return `${formatDateInWords(todayIso(moment), format)} at ${clockTime(moment)}`;
}
