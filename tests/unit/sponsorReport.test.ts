import { describe, expect, it } from 'vitest';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import {
  DEFAULT_SPONSOR_PARTS,
  confidentialLine,
  managerOf,
  sponsorChoiceFor,
  sponsorReportWorksheets,
} from '../../src/shared/domain/sponsorReport';
import {
  SPONSOR_PARTS,
  client as clientSchema,
  sponsorReportChoice,
  type AgreementWorksheet,
  type Client,
  type IdpWorksheet,
  type SponsorReportChoice,
  type Worksheet,
} from '../../src/shared/schema';
import { exportRequest } from '../../src/shared/contract';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';

const TODAY = '2026-11-23';
const book = generateSampleWorkbook({ clients: 2, seed: 'sponsor', today: TODAY });
const mary = book.clients[0];
if (!mary) throw new Error('no client');
const sheetsOf = (clientId: string) => book.worksheets.filter((s) => s.clientId === clientId);
const idp = sheetsOf(mary.id).find((s): s is IdpWorksheet => s.kind === 'idp');
if (!idp) throw new Error('Mary has no IDP');

const kindsOf = (sheets: readonly Worksheet[]) => sheets.map((s) => s.kind);

describe('what a sponsor report starts from', () => {
  it('by default: the goals and progress of the development plan and the strongest skills', () => {
    expect(DEFAULT_SPONSOR_PARTS).toEqual(['idp-goals', 'idp-progress', 'skills-summary']);
    const choice = sponsorChoiceFor(mary, book.worksheets);
    expect(choice.include).toEqual(DEFAULT_SPONSOR_PARTS);
    expect(choice.leftOut).toEqual([]);
    // Never the salary plan, a boundary map, the mentor list or the agreement until ticked.
    for (const part of ['idp-salary', 'boundary-map', 'mentor-people', 'agreement-summary']) {
      expect(choice.include).not.toContain(part);
    }
  });

  it('is prepared for the manager named in the newest development plan', () => {
    expect(idp.profile.manager.trim()).not.toBe('');
    expect(managerOf(book.worksheets, mary.id)).toBe(idp.profile.manager.trim());
    expect(sponsorChoiceFor(mary, book.worksheets).preparedFor).toBe(idp.profile.manager.trim());
    const newer: IdpWorksheet = {
      ...idp,
      id: 'newer-idp',
      updatedAt: '2030-01-01T00:00:00.000Z',
      profile: { ...idp.profile, manager: '  Dana Lee ' },
    };
    expect(managerOf([...book.worksheets, newer], mary.id)).toBe('Dana Lee');
    // A plan without a manager does not hide the name in an older one.
    const blank = { ...newer, profile: { ...newer.profile, manager: '' } };
    expect(managerOf([...book.worksheets, blank], mary.id)).toBe(idp.profile.manager.trim());
  });

  it('remembers the choice made for the client, its name first', () => {
    const remembered: SponsorReportChoice = {
      preparedFor: 'Rick Alvarez',
      include: ['idp-progress', 'boundary-map'],
      leftOut: ['some-sheet'],
    };
    const withChoice: Client = { ...mary, sponsorReport: remembered };
    expect(sponsorChoiceFor(withChoice, book.worksheets)).toEqual(remembered);
    // Without a name of its own, the manager's is offered.
    const nameless = { ...mary, sponsorReport: { ...remembered, preparedFor: ' ' } };
    expect(sponsorChoiceFor(nameless, book.worksheets).preparedFor).toBe(
      idp.profile.manager.trim(),
    );
  });

  it('says whom each report is prepared for', () => {
    expect(confidentialLine(' Thandiwe Santos ')).toBe(
      'Confidential — prepared for Thandiwe Santos',
    );
    expect(confidentialLine('')).toBe('Confidential');
  });
});

describe('which worksheets a sponsor report shows', () => {
  const all = (extra: Partial<SponsorReportChoice> = {}): SponsorReportChoice => ({
    preparedFor: '',
    include: [...SPONSOR_PARTS],
    leftOut: [],
    ...extra,
  });

  it('only those whose kind has a part ticked, in the order of the report', () => {
    const choice = sponsorChoiceFor(mary, book.worksheets);
    expect(kindsOf(sponsorReportWorksheets(book.worksheets, mary.id, choice))).toEqual([
      'idp',
      'skills',
    ]);
    const everything = sponsorReportWorksheets(book.worksheets, mary.id, all());
    expect(everything.every((s) => s.clientId === mary.id)).toBe(true);
    expect(new Set(kindsOf(everything))).toEqual(
      new Set(['idp', 'skills', 'boundaryMap', 'mentors', 'agreement']),
    );
  });

  it('never one the coach left out; an agreement left out stays out in its next version', () => {
    const agreement = agreementSeries(book.worksheets, mary.id)[0]?.current;
    if (!agreement) throw new Error('Mary has no agreement');
    const next: AgreementWorksheet = {
      ...agreement,
      id: 'agreement-v2',
      version: agreement.version + 1,
      status: 'draft',
      previousVersionId: agreement.id,
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    const sheets = [...book.worksheets, next];
    const choice = all({ leftOut: [idp.id, agreement.seriesId] });
    const shown = sponsorReportWorksheets(sheets, mary.id, choice);
    expect(shown.map((s) => s.id)).not.toContain(idp.id);
    expect(kindsOf(shown)).not.toContain('agreement');
    // Of an agreement, only the version in force is ever shown.
    const versions = sponsorReportWorksheets(sheets, mary.id, all()).filter(
      (s) => s.kind === 'agreement',
    );
    expect(versions.map((s) => s.id)).toEqual([agreement.id]);
  });
});

describe('the shape of a choice', () => {
  it('takes only known parts, each once', () => {
    const good = { preparedFor: 'Dana', include: ['idp-goals'], leftOut: [] };
    expect(sponsorReportChoice.safeParse(good).success).toBe(true);
    expect(sponsorReportChoice.safeParse({ ...good, include: ['salary'] }).success).toBe(false);
    expect(
      sponsorReportChoice.safeParse({ ...good, include: ['idp-goals', 'idp-goals'] }).success,
    ).toBe(false);
    expect(sponsorReportChoice.safeParse({ ...good, notes: 'x' }).success).toBe(false);
  });

  it('is remembered with the client, and a client without one is valid too', () => {
    const choice = { preparedFor: 'Dana', include: ['idp-goals'], leftOut: [] };
    expect(clientSchema.safeParse({ ...mary, sponsorReport: choice }).success).toBe(true);
    expect(mary.sponsorReport).toBeUndefined();
    expect(clientSchema.safeParse(mary).success).toBe(true);
  });

  it('goes with a sponsor report only in an export request', () => {
    const sponsor = { preparedFor: 'Dana', include: ['idp-goals'], leftOut: [] };
    const request = { document: 'sponsor-report', clientId: mary.id, sponsor };
    expect(exportRequest.safeParse(request).success).toBe(true);
    expect(exportRequest.safeParse({ ...request, document: 'client-report' }).success).toBe(false);
  });
});
