import { describe, expect, it } from 'vitest';
import {
  agreementWorksheet,
  idpWorksheet,
  mentorsWorksheet,
  workbook as workbookSchema,
  type Client,
  type ClientStatus,
  type Objective,
  type Workbook,
  type Worksheet,
} from '../../src/shared/schema';
import { EMPTY_CLIENT_DRAFT, emptyWorkbook, newClient } from '../../src/shared/domain/emptyRecords';
import { emptyWorksheet } from '../../src/shared/kinds';
import { dueItems } from '../../src/shared/domain/dueItems';

const NOW = '2025-01-01T09:00:00.000Z';
const TODAY = '2025-03-10';

function client(id: string, name: string, status: ClientStatus, checkIn: string | null): Client {
  return newClient(
    { ...EMPTY_CLIENT_DRAFT, name, status, yearlyCheckInDate: checkIn },
    { id, now: NOW },
  );
}

function objective(id: string, what: string, targetDate: string, done = false): Objective {
  return {
    id,
    what,
    measure: '',
    targetDate,
    priority: 'high',
    activities: [
      {
        id: `${id}-a`,
        kind: 'reading',
        description: '',
        resources: '',
        managerSupport: '',
        status: done ? 'done' : 'inProgress',
        evidence: '',
      },
    ],
  };
}

function idp(id: string, clientId: string | null, objectives: Objective[]): Worksheet {
  return idpWorksheet.parse({ ...emptyWorksheet('idp', clientId, { id, now: NOW }), objectives });
}

function sentAgreement(id: string, clientId: string, status: 'sent' | 'draft'): Worksheet {
  return agreementWorksheet.parse({
    id,
    createdAt: NOW,
    updatedAt: NOW,
    title: 'Coaching Agreement',
    clientId,
    kind: 'agreement',
    seriesId: `${id}-series`,
    version: 1,
    status,
    clauses: [],
    mergeValues: {},
    factSheet: { include: true, body: '' },
    sentOn: status === 'sent' ? '2025-02-26' : null,
    signedOn: null,
    clientSignerName: '',
    coachSignerName: '',
    previousVersionId: null,
    supersededById: null,
  });
}

function mentors(): Worksheet {
  const base = emptyWorksheet('mentors', null, { id: 'm1', now: NOW });
  const person = (id: string, name: string, date: string, ended = false) => ({
    id,
    name,
    role: '',
    organization: '',
    areaIds: [],
    howFound: 'association' as const,
    howFoundDetail: '',
    relationship: 'mentor' as const,
    status: ended ? ('ended' as const) : ('introduced' as const),
    nextStep: 'Ask for coffee',
    nextStepDate: date,
    contactLog: [],
    givingBack: '',
  });
  return mentorsWorksheet.parse({
    ...base,
    candidates: [
      person('p-late', 'Priya', '2025-03-09'),
      person('p-30', 'Jordan', '2025-04-09'),
      person('p-31', 'Kim', '2025-04-10'),
      person('p-ended', 'Lee', '2025-03-01', true),
    ],
  });
}

function book(): Workbook {
  const archived = { ...client('c-arch', 'Archie', 'active', '2025-03-01'), archivedAt: NOW };
  const draft: Workbook = {
    ...emptyWorkbook(),
    clients: [
      client('c-alex', 'Alex Chen', 'active', '2025-03-10'),
      client('c-done', 'Dana', 'completed', '2025-03-01'),
      client('c-ended', 'Eli', 'ended', '2025-03-01'),
      client('c-later', 'Fran', 'paused', '2025-04-10'),
      archived,
    ],
    worksheets: [
      sentAgreement('ag-sent', 'c-alex', 'sent'),
      sentAgreement('ag-draft', 'c-alex', 'draft'),
      idp('idp-alex', 'c-alex', [
        objective('o-today', 'Finish the leadership course', TODAY),
        objective('o-yesterday', 'Present to the board', '2025-03-09'),
        objective('o-30', 'Get certified', '2025-04-09'),
        objective('o-31', 'Lead a project', '2025-04-10'),
        objective('o-done', 'Read two books', '2025-01-01', true),
      ]),
      idp('idp-own', null, [objective('o-own', 'Renew my credential', '2025-03-20')]),
      idp('idp-arch', 'c-arch', [objective('o-arch', 'Hidden', '2025-03-01')]),
      mentors(),
    ],
  };
  // A fixture the store would refuse would prove nothing.
  return workbookSchema.parse(draft);
}

describe('dueItems', () => {
  const items = dueItems(book(), TODAY);
  const keys = items.map((item) => item.itemId ?? item.worksheetId ?? item.clientId);

  it('lists what is due within 30 days or late, overdue first, then by date', () => {
    // Same day: ties go by title, so the order never depends on the order in the file.
    expect(keys).toEqual([
      'p-late',
      'o-yesterday',
      'ag-sent',
      'o-today',
      'c-alex',
      'o-own',
      'o-30',
      'p-30',
    ]);
    expect(items.slice(0, 2).every((item) => item.overdue)).toBe(true);
    expect(items.slice(2).some((item) => item.overdue)).toBe(false);
  });

  it('leaves out archived clients, ended and completed check-ins, ended mentors and drafts', () => {
    for (const hidden of ['o-arch', 'c-arch', 'c-done', 'c-ended', 'p-ended', 'ag-draft']) {
      expect(keys).not.toContain(hidden);
    }
  });

  it('shows how long an agreement has waited for a signature', () => {
    const waiting = items.find((item) => item.kind === 'agreementAwaitingSignature');
    expect(waiting).toMatchObject({
      date: '2025-02-26',
      overdue: false,
      daysFromToday: -12,
      clientId: 'c-alex',
      worksheetId: 'ag-sent',
    });
    expect(waiting?.title).toContain('Alex Chen');
    expect(waiting?.detail).toBe('Sent 26 February 2025 (12 days ago) and not signed yet.');
  });

  it("describes objectives and check-ins in the practice's date format", () => {
    const late = items.find((item) => item.itemId === 'o-yesterday');
    expect(late?.title).toBe('Present to the board');
    expect(late?.detail).toContain('Overdue since 9 March 2025 (yesterday)');
    expect(late?.detail).toContain("Alex Chen's");
    const own = items.find((item) => item.itemId === 'o-own');
    expect(own?.clientId).toBeNull();
    expect(own?.detail).toContain('your own');
    const checkIn = items.find((item) => item.kind === 'yearlyCheckIn');
    expect(checkIn?.title).toBe('Yearly check-in with Alex Chen');
    expect(checkIn?.detail).toMatch(/^Due 10 March 2025 \(today\)/);
  });

  it('looks further ahead when asked', () => {
    const wider = dueItems(book(), TODAY, 31).map((i) => i.itemId ?? i.clientId);
    expect(wider).toEqual(expect.arrayContaining(['o-31', 'p-31', 'c-later']));
  });

  it('has nothing to show for an empty workbook', () => {
    expect(dueItems(emptyWorkbook(), TODAY)).toEqual([]);
  });
});
