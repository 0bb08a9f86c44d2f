import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { readWorkbookText, serializeWorkbook } from '../../src/main/store';
import { emptyWorkbook } from '../../src/shared/domain/emptyRecords';
import { dueItems } from '../../src/shared/domain/dueItems';
import { mentorCoverage } from '../../src/shared/domain/mentorCoverage';
import {
  MAX_CLIENTS,
  WORKSHEET_KINDS,
  type Workbook,
  type WorksheetOfKind,
} from '../../src/shared/schema';

const TODAY = '2026-03-15';

function sample(clients: number, seed: string | number = 'unit', today = TODAY): Workbook {
  return generateSampleWorkbook({ clients, seed, today });
}

function agreements(book: Workbook): WorksheetOfKind<'agreement'>[] {
  return book.worksheets.filter((s): s is WorksheetOfKind<'agreement'> => s.kind === 'agreement');
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('generateSampleWorkbook: reproducible', () => {
  it('gives byte-identical files for the same seed and day', () => {
    expect(serializeWorkbook(sample(12, 'same'))).toBe(serializeWorkbook(sample(12, 'same')));
    expect(serializeWorkbook(sample(3, 7))).toBe(serializeWorkbook(sample(3, '7')));
  });

  it('gives different content for a different seed, and different dates for a different day', () => {
    expect(serializeWorkbook(sample(12, 'one'))).not.toBe(serializeWorkbook(sample(12, 'two')));
    const earlier = sample(5, 'same', '2025-01-10');
    const later = sample(5, 'same', TODAY);
    expect(later.clients[0]?.yearlyCheckInDate).not.toBe(earlier.clients[0]?.yearlyCheckInDate);
  });

  it('reads neither the clock nor Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const first = serializeWorkbook(sample(6));
    vi.setSystemTime(new Date('2039-07-01T12:00:00Z'));
    const second = serializeWorkbook(sample(6));
    expect(second).toBe(first);
    expect(random).not.toHaveBeenCalled();
  });

  it('keeps each client the same whatever the sample size', () => {
    const small = sample(7, 'grow');
    const large = sample(20, 'grow');
    expect(large.clients.slice(0, 7)).toEqual(small.clients);
    const ofClient5 = (book: Workbook) => book.worksheets.filter((s) => s.clientId === 'c-0005');
    expect(ofClient5(large)).toEqual(ofClient5(small));
  });
});

describe('generateSampleWorkbook: valid', () => {
  it.each([
    ['a', 0],
    ['a', 1],
    ['a', 7],
    [42, 0],
    [42, 1],
    [42, 7],
    ['coaching-workbook-sample', 7],
    ['leap', 7],
  ] as const)('seed %s with %i clients reads back as a valid workbook', (seed, clients) => {
    const today = seed === 'leap' ? '2028-02-29' : TODAY;
    const book = sample(clients, seed, today);
    const reading = readWorkbookText(serializeWorkbook(book));
    expect(reading.kind === 'invalid' ? reading.problems : []).toEqual([]);
    expect(reading.kind).toBe('valid');
    expect(book.clients).toHaveLength(clients);
  });

  it('stays valid across many seeds at a larger size', () => {
    for (const seed of ['x1', 'x2', 'x3']) {
      const reading = readWorkbookText(serializeWorkbook(sample(60, seed)));
      expect(reading.kind === 'invalid' ? reading.problems : []).toEqual([]);
    }
  });

  it('refuses a client count or a day it cannot use', () => {
    expect(() => sample(-1)).toThrow(RangeError);
    expect(() => sample(1.5)).toThrow(RangeError);
    expect(() => sample(MAX_CLIENTS + 1)).toThrow(RangeError);
    expect(() => sample(1, 'a', '2026-02-30')).toThrow(RangeError);
    expect(() => sample(1, 'a', '15/03/2026')).toThrow(RangeError);
  });
});

describe('generateSampleWorkbook: content', () => {
  it('fills all five worksheets for every client, plus some of the coach’s own', () => {
    const book = sample(9);
    for (const client of book.clients) {
      const kinds = new Set(
        book.worksheets.filter((s) => s.clientId === client.id).map((s) => s.kind),
      );
      expect([...kinds].sort()).toEqual([...WORKSHEET_KINDS].sort());
    }
    const own = book.worksheets.filter((s) => s.clientId === null);
    expect(own.map((s) => s.kind)).toContain('idp');
    expect(book.practice.coachName).not.toBe('');
    expect(book.practice.businessName).not.toBe('');
  });

  it('makes client #1 Mary, the spa owner, with the spa/hotel boundary map', () => {
    const book = sample(1, 'any seed at all');
    const mary = book.clients[0];
    expect(mary?.name).toMatch(/^Mary /);
    expect(mary?.organization).toMatch(/spa/i);
    const map = book.worksheets.find((s) => s.kind === 'boundaryMap' && s.clientId === mary?.id);
    if (map?.kind !== 'boundaryMap') throw new Error('Mary has no boundary map');
    expect(map.situation.counterpart).toMatch(/Rick/);
    expect(map.situation.kind).toBe('renegotiatesTerms');
    expect(map.situation.description).toMatch(
      /not in the contract|nothing like that is in the contract/i,
    );
    expect(map.decision.choice).toBe('keepWithConditions');
    const conditions = map.boundaries.negotiable.map((n) => n.conditions).join(' ');
    expect(conditions).toMatch(/first claim/);
    expect(conditions).toMatch(/24 hours/);
    expect(map.power.holder).toBe('me');
    expect(map.power.why).toMatch(/no other spa/i);
    expect(map.cost.ofActing).not.toBe('');
    expect(map.cost.ofNotActing).toMatch(/regular clients/);
  });

  it('varies client records: every status, referral sources from the practice’s list', () => {
    const book = sample(80);
    expect(new Set(book.clients.map((c) => c.status)).size).toBe(5);
    const sources = new Set(book.practice.referralSources);
    for (const client of book.clients) {
      expect(client.referralSource === '' || sources.has(client.referralSource)).toBe(true);
    }
    expect(new Set(book.clients.map((c) => c.name)).size).toBeGreaterThan(70);
    expect(new Set(book.clients.map((c) => c.idealClientFit)).size).toBeGreaterThanOrEqual(4);
  });

  it('has things due: overdue and soon, of every kind the Home screen shows', () => {
    const book = sample(80);
    const due = dueItems(book, TODAY, 30);
    for (const kind of [
      'agreementAwaitingSignature',
      'idpObjective',
      'mentorNextStep',
      'yearlyCheckIn',
    ]) {
      expect(due.filter((item) => item.kind === kind).length, kind).toBeGreaterThan(0);
    }
    expect(due.some((item) => item.overdue)).toBe(true);
    expect(due.some((item) => !item.overdue && (item.daysFromToday ?? -1) > 0)).toBe(true);
  });

  it('uses every agreement state, with superseded versions linked to a signed successor', () => {
    const all = agreements(sample(80));
    expect(new Set(all.map((a) => a.status))).toEqual(
      new Set(['draft', 'sent', 'signed', 'superseded']),
    );
    const template = emptyWorkbook().agreementTemplate;
    for (const agreement of all) {
      const ids = agreement.clauses.map((c) => c.id);
      expect(ids.filter((id) => template.clauses.some((c) => c.id === id))).toEqual(
        template.clauses.map((c) => c.id),
      );
    }
    const superseded = all.filter((a) => a.status === 'superseded');
    expect(superseded.length).toBeGreaterThan(0);
    for (const old of superseded) {
      const next = all.find((a) => a.id === old.supersededById);
      expect(next?.status).toBe('signed');
      expect(next?.seriesId).toBe(old.seriesId);
      expect(next?.previousVersionId).toBe(old.id);
      expect(next?.version).toBe(old.version + 1);
      expect(old.signedOn).not.toBeNull();
    }
  });

  it('varies the worksheets: activity states, situation kinds, skills, mentor gaps', () => {
    const book = sample(80);
    const idps = book.worksheets.filter((s): s is WorksheetOfKind<'idp'> => s.kind === 'idp');
    const statuses = new Set(
      idps.flatMap((s) => s.objectives.flatMap((o) => o.activities.map((a) => a.status))),
    );
    expect(statuses).toEqual(new Set(['notStarted', 'inProgress', 'done', 'dropped']));
    const maps = book.worksheets.filter(
      (s): s is WorksheetOfKind<'boundaryMap'> => s.kind === 'boundaryMap',
    );
    expect(new Set(maps.map((m) => m.situation.kind)).size).toBe(5);
    const skills = book.worksheets.filter(
      (s): s is WorksheetOfKind<'skills'> => s.kind === 'skills',
    );
    for (const sheet of skills) {
      expect(sheet.entries.some((e) => e.skill.source === 'custom')).toBe(true);
      expect(sheet.entries.some((e) => e.skill.source === 'catalogue')).toBe(true);
      expect(sheet.targetRole.requirements.length).toBeGreaterThan(0);
    }
    const mentors = book.worksheets.filter(
      (s): s is WorksheetOfKind<'mentors'> => s.kind === 'mentors',
    );
    const gaps = mentors.map((sheet) => mentorCoverage(sheet).uncoveredAreas.length);
    expect(gaps.some((n) => n > 0)).toBe(true);
    expect(gaps.some((n) => n === 0)).toBe(true);
  });

  it('makes 1,000 clients, each with every kind of worksheet', () => {
    const book = sample(1000);
    expect(book.clients).toHaveLength(1000);
    const kinds = new Set(
      book.worksheets.filter((w) => w.clientId === 'c-1000').map((w) => w.kind),
    );
    expect([...kinds].sort()).toEqual(['agreement', 'boundaryMap', 'idp', 'mentors', 'skills']);
  });
});
