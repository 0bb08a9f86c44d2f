import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  daysBetween,
  formatDate,
  formatDateInWords,
  isIsoDate,
  todayIso,
} from '../../src/shared/domain/dates';

describe('todayIso', () => {
  it('uses the local calendar date, not the UTC one', () => {
    // 23:30 local time is still "today" for the user wherever UTC already is.
    const lateEvening = new Date(2025, 2, 31, 23, 30);
    expect(todayIso(lateEvening)).toBe('2025-03-31');
    expect(todayIso(new Date(2025, 0, 1, 0, 5))).toBe('2025-01-01');
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-01-31', 30)).toBe('2025-03-02');
  });

  it('knows leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('counts forward as positive and backward as negative', () => {
    expect(daysBetween('2025-03-01', '2025-03-31')).toBe(30);
    expect(daysBetween('2025-03-31', '2025-03-01')).toBe(-30);
    expect(daysBetween('2025-03-10', '2025-03-10')).toBe(0);
  });

  it('refuses something that is not a date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(/Not a calendar date/);
    expect(() => daysBetween('tomorrow', '2025-01-01')).toThrow();
  });

  it('always lands back where it started (property)', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(1901, 0, 1)),
        max: new Date(Date.UTC(2199, 11, 31)),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (iso, n) => {
        const later = addDays(iso, n);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(iso, later)).toBe(n);
        expect(addDays(later, -n)).toBe(iso);
      }),
    );
  });
});

describe('addYears', () => {
  it('keeps the day, and moves 29 February to the 28th in a common year', () => {
    expect(addYears('2025-03-15', 1)).toBe('2026-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('formatDate', () => {
  it('writes each of the practice formats', () => {
    expect(formatDate('2025-03-07', 'YYYY-MM-DD')).toBe('2025-03-07');
    expect(formatDate('2025-03-07', 'DD/MM/YYYY')).toBe('07/03/2025');
    expect(formatDate('2025-03-07', 'MM/DD/YYYY')).toBe('03/07/2025');
    expect(formatDate('2025-03-07', 'D MMMM YYYY')).toBe('7 March 2025');
    expect(formatDate('2024-12-25', 'D MMMM YYYY')).toBe('25 December 2024');
    expect(formatDate('2024-02-29', 'D MMMM YYYY')).toBe('29 February 2024');
  });

  it('shows an empty date as nothing and keeps text that is not a date', () => {
    expect(formatDate(null, 'DD/MM/YYYY')).toBe('');
    expect(formatDate('next spring', 'DD/MM/YYYY')).toBe('next spring');
    expect(formatDate('2023-02-29', 'D MMMM YYYY')).toBe('2023-02-29');
  });
});

describe('formatDateInWords', () => {
  it('names the month whatever the format: month first only in the US style', () => {
    expect(formatDateInWords('2026-11-26', 'MM/DD/YYYY')).toBe('November 26, 2026');
    expect(formatDateInWords('2026-11-26', 'DD/MM/YYYY')).toBe('26 November 2026');
    expect(formatDateInWords('2026-11-26', 'YYYY-MM-DD')).toBe('26 November 2026');
    expect(formatDateInWords('2026-03-07', 'D MMMM YYYY')).toBe('7 March 2026');
  });

  it('shows an empty date as nothing and keeps text that is not a date', () => {
    expect(formatDateInWords(null, 'MM/DD/YYYY')).toBe('');
    expect(formatDateInWords('2023-02-29', 'MM/DD/YYYY')).toBe('2023-02-29');
  });
});
