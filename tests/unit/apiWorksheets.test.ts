import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import type { WorksheetOfKind } from '../../src/shared/schema';
import { openHarness, refusal, value, type ApiHarness } from './apiHarness';

let h: ApiHarness;
let clientId: string;
beforeEach(async () => {
  h = await openHarness();
  const ana = value(
    await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Ana' } }),
  );
  clientId = ana.id;
});
afterEach(() => h.dispose());

function asKind<K extends 'idp' | 'mentors'>(
  sheet: { kind: string },
  kind: K,
): asserts sheet is WorksheetOfKind<K> {
  expect(sheet.kind).toBe(kind);
}

/** A mentor list with two areas and a candidate linked to both. */
async function filledMentorList() {
  const sheet = value(await h.api.call('worksheets:create', { kind: 'mentors', clientId }));
  asKind(sheet, 'mentors');
  const filled: WorksheetOfKind<'mentors'> = {
    ...sheet,
    areas: [
      { id: 'a1', name: 'Speaking at conferences', notes: '' },
      { id: 'a2', name: 'Technical influence', notes: '' },
    ],
    candidates: [
      {
        id: 'c1',
        name: 'Priya Sharma',
        role: 'Principal engineer',
        organization: 'Copperleaf',
        areaIds: ['a1', 'a2'],
        howFound: 'manager',
        howFoundDetail: '',
        relationship: 'mentor',
        status: 'introductionAsked',
        nextStep: 'Coffee',
        nextStepDate: '2026-03-20',
        contactLog: [{ id: 'l1', date: '2026-03-01', note: 'Asked for an introduction' }],
        givingBack: 'Review her talk',
      },
    ],
  };
  return value(await h.api.call('worksheets:save', { worksheet: filled }));
}

describe('worksheets through the API', () => {
  it('creates empty worksheets for a client and for the coach, and lists them apart', async () => {
    const plan = value(await h.api.call('worksheets:create', { kind: 'idp', clientId }));
    expect(plan.title).toBe('Individual Development Plan');
    const own = value(
      await h.api.call('worksheets:create', {
        kind: 'skills',
        clientId: null,
        title: 'My skills',
      }),
    );
    expect(own.clientId).toBeNull();
    expect(own.title).toBe('My skills');
    const untitled = value(
      await h.api.call('worksheets:create', { kind: 'boundaryMap', clientId, title: '  ' }),
    );
    expect(untitled.title).toBe('Boundary Map');

    const anas = value(await h.api.call('worksheets:list', { clientId }));
    expect(anas.map((w) => w.id)).toEqual([plan.id, untitled.id]);
    const coachs = value(await h.api.call('worksheets:list', { clientId: null }));
    expect(coachs.map((w) => w.id)).toEqual([own.id]);
    expect(value(await h.api.call('worksheets:list', {}))).toHaveLength(3);
  });

  it('refuses a worksheet for a client who does not exist', async () => {
    const before = await h.fileText();
    refusal(await h.api.call('worksheets:create', { kind: 'idp', clientId: 'nobody' }), 'notFound');
    refusal(await h.api.call('worksheets:list', { clientId: 'nobody' }), 'notFound');
    expect(await h.fileText()).toBe(before);
  });

  it('saves an edited worksheet, keeping when it was created', async () => {
    const plan = value(await h.api.call('worksheets:create', { kind: 'idp', clientId }));
    asKind(plan, 'idp');
    const edited = {
      ...plan,
      createdAt: '2001-01-01T00:00:00.000Z',
      goals: { ...plan.goals, shortTerm: 'Lead the spring release' },
    };
    const saved = value(await h.api.call('worksheets:save', { worksheet: edited }));
    expect(saved.createdAt).toBe(plan.createdAt);
    expect(saved.updatedAt > plan.updatedAt).toBe(true);
    const again = value(await h.api.call('worksheets:get', { id: plan.id }));
    asKind(again, 'idp');
    expect(again.goals.shortTerm).toBe('Lead the spring release');
    expect(await h.fileText()).toContain('Lead the spring release');
  });

  it('refuses a save that changes kind or owner, or of a worksheet that is gone', async () => {
    const plan = value(await h.api.call('worksheets:create', { kind: 'idp', clientId }));
    asKind(plan, 'idp');
    const skills = value(await h.api.call('worksheets:create', { kind: 'skills', clientId }));
    const before = await h.fileText();
    refusal(
      await h.api.call('worksheets:save', { worksheet: { ...skills, id: plan.id } }),
      'conflict',
    );
    refusal(
      await h.api.call('worksheets:save', { worksheet: { ...plan, clientId: null } }),
      'conflict',
    );
    refusal(
      await h.api.call('worksheets:save', { worksheet: { ...plan, id: 'gone' } }),
      'notFound',
    );
    expect(await h.fileText()).toBe(before);
  });

  it('refuses a save that would break the workbook, naming the field', async () => {
    const list = await filledMentorList();
    asKind(list, 'mentors');
    const broken = {
      ...list,
      candidates: list.candidates.map((c) => ({ ...c, areaIds: ['not-an-area'] })),
    };
    const error = refusal(await h.api.call('worksheets:save', { worksheet: broken }), 'invalid');
    expect(error.message).toContain('areaIds');
  });

  it('duplicates with new ids everywhere, links kept, and "(copy)" in the title', async () => {
    const list = await filledMentorList();
    const copy = value(await h.api.call('worksheets:duplicate', { id: list.id }));
    asKind(list, 'mentors');
    asKind(copy, 'mentors');
    expect(copy.id).not.toBe(list.id);
    expect(copy.title).toBe('Mentor List (copy)');
    const oldIds = new Set([
      ...list.areas.map((a) => a.id),
      ...list.candidates.map((c) => c.id),
      ...list.candidates.flatMap((c) => c.contactLog.map((l) => l.id)),
    ]);
    const newIds = [
      ...copy.areas.map((a) => a.id),
      ...copy.candidates.map((c) => c.id),
      ...copy.candidates.flatMap((c) => c.contactLog.map((l) => l.id)),
    ];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(copy.candidates[0]?.areaIds).toEqual(copy.areas.map((a) => a.id));
    expect(copy.candidates[0]?.name).toBe('Priya Sharma');
    expect(value(await h.api.call('worksheets:list', { clientId }))).toHaveLength(2);
  });

  it('deletes a worksheet and undo puts back exactly what was there', async () => {
    const list = await filledMentorList();
    const removed = value(await h.api.call('worksheets:delete', { id: list.id }));
    expect(removed).toEqual(list);
    refusal(await h.api.call('worksheets:get', { id: list.id }), 'notFound');
    value(await h.api.call('worksheets:undelete', { worksheet: removed }));
    expect(value(await h.api.call('worksheets:get', { id: list.id }))).toEqual(list);
    refusal(await h.api.call('worksheets:undelete', { worksheet: removed }), 'conflict');
  });

  it('cannot put back a worksheet whose client has been deleted', async () => {
    const plan = value(await h.api.call('worksheets:create', { kind: 'idp', clientId }));
    const removed = value(await h.api.call('worksheets:delete', { id: plan.id }));
    value(await h.api.call('clients:delete', { id: clientId }));
    refusal(await h.api.call('worksheets:undelete', { worksheet: removed }), 'notFound');
  });
});
