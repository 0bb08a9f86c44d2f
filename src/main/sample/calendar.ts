import { addDays, addYears } from '../../shared/domain/dates';
import type { Rng } from './random';

/** The earlier of two ISO dates. */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
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

/** `count` dates before `asOf`, oldest first, each 12 to 30 days after the one before. */
export function datesLeadingTo(asOf: string, count: number, rng: Rng): string[] {
  const dates: string[] = [];
  let back = rng.int(2, 20);
  for (let k = 0; k < count; k++) {
    dates.unshift(addDays(asOf, -back));
    back += rng.int(12, 30);
  }
  return dates;
}
