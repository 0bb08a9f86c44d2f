import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import type { Client } from '../../src/shared/schema';
import { openHarness, refusal, value, type ApiHarness } from './apiHarness';

let h: ApiHarness;
let ana: Client;
beforeEach(async () => {
  h = await openHarness();
  ana = value(
    await h.api.call('clients:create', {
      client: { ...EMPTY_CLIENT_DRAFT, name: 'Ana Costa', organization: 'Northwind' },
    }),
  );
  const template = value(await h.api.call('template:get', {}));
  value(
    await h.api.call('template:save', {
      template: { ...template, defaults: { ...template.defaults, fee: '€150 per session' } },
    }),
  );
});
afterEach(() => h.dispose());

const create = async () => value(await h.api.call('agreements:create', { clientId: ana.id }));
const sign = async (id: string, signedOn = '2026-03-10') =>
  value(
    await h.api.call('agreements:markSigned', {
      id,
      signedOn,
      clientSignerName: 'Ana Costa',
      coachSignerName: 'Sam Rivera',
    }),
  );

describe('client agreements through the API', () => {
  it('starts a draft from the practice template', async () => {
    const template = value(await h.api.call('template:get', {}));
    const draft = await create();
    expect(draft.status).toBe('draft');
    expect(draft.version).toBe(1);
    expect(draft.title).toBe(template.title);
    expect(draft.clauses).toEqual(template.clauses);
    expect(draft.mergeValues.fee).toBe('€150 per session');
    expect(draft.clientId).toBe(ana.id);
    refusal(await h.api.call('agreements:create', { clientId: 'nobody' }), 'notFound');
  });

  it('saves a draft, but never lets a save change where it stands in its history', async () => {
    const draft = await create();
    const saved = value(
      await h.api.call('worksheets:save', {
        worksheet: {
          ...draft,
          title: 'Agreement for Ana',
          status: 'signed',
          signedOn: '2026-03-01',
          version: 7,
        },
      }),
    );
    expect(saved.title).toBe('Agreement for Ana');
    expect(saved).toMatchObject({ status: 'draft', signedOn: null, version: 1 });
  });

  it('freezes merge values when sent, and a sent agreement no longer changes', async () => {
    const draft = await create();
    const sent = value(
      await h.api.call('agreements:markSent', { id: draft.id, sentOn: '2026-03-03' }),
    );
    expect(sent.status).toBe('sent');
    expect(sent.sentOn).toBe('2026-03-03');
    expect(sent.mergeValues).toMatchObject({
      clientName: 'Ana Costa',
      clientOrganization: 'Northwind',
      fee: '€150 per session',
      agreementDate: '3 March 2026',
    });
    // Renaming the client later does not rewrite what was sent.
    value(await h.api.call('clients:update', { client: { ...ana, name: 'Ana C. Costa' } }));
    const stored = value(await h.api.call('worksheets:get', { id: draft.id }));
    expect(stored.kind === 'agreement' && stored.mergeValues.clientName).toBe('Ana Costa');

    const error = refusal(
      await h.api.call('worksheets:save', { worksheet: { ...sent, title: 'Changed' } }),
      'conflict',
    );
    expect(error.message).toMatch(/sent on 2026-03-03.*new version/);
    refusal(
      await h.api.call('agreements:markSent', { id: draft.id, sentOn: '2026-03-04' }),
      'conflict',
    );
  });

  it('locks a signed agreement: no save, no delete, a new version instead', async () => {
    const draft = await create();
    const signed = await sign(draft.id, '2026-03-10');
    expect(signed).toMatchObject({
      status: 'signed',
      signedOn: '2026-03-10',
      clientSignerName: 'Ana Costa',
    });
    const before = await h.fileText();
    const error = refusal(
      await h.api.call('worksheets:save', { worksheet: { ...signed, title: 'Sneaky edit' } }),
      'conflict',
    );
    expect(error.message).toBe(
      'This agreement was signed on 2026-03-10 and is locked. Make a new version to change it.',
    );
    refusal(await h.api.call('worksheets:delete', { id: signed.id }), 'conflict');
    refusal(
      await h.api.call('agreements:markSigned', {
        id: signed.id,
        signedOn: '2026-03-11',
        clientSignerName: 'X',
        coachSignerName: '',
      }),
      'conflict',
    );
    expect(await h.fileText()).toBe(before);
  });

  it('makes one new version at a time, and signing it supersedes the old one', async () => {
    const v1 = await sign((await create()).id);
    const v2 = value(await h.api.call('agreements:newVersion', { id: v1.id }));
    expect(v2).toMatchObject({
      status: 'draft',
      version: 2,
      seriesId: v1.seriesId,
      previousVersionId: v1.id,
      signedOn: null,
    });
    expect(v2.clauses).toEqual(v1.clauses);
    expect(v2.mergeValues.fee).toBe('€150 per session');
    expect(v2.mergeValues.agreementDate).toBeUndefined();
    const second = refusal(await h.api.call('agreements:newVersion', { id: v1.id }), 'conflict');
    expect(second.message).toContain('Version 2');
    refusal(await h.api.call('agreements:newVersion', { id: v2.id }), 'conflict');

    const signedV2 = await sign(v2.id, '2026-04-01');
    const oldOne = value(await h.api.call('worksheets:get', { id: v1.id }));
    expect(oldOne).toMatchObject({
      status: 'superseded',
      supersededById: signedV2.id,
      signedOn: v1.signedOn,
    });
    refusal(await h.api.call('agreements:newVersion', { id: v1.id }), 'conflict');
    const v3 = value(await h.api.call('agreements:newVersion', { id: signedV2.id }));
    expect(v3.version).toBe(3);
  });

  it('duplicates an agreement as a brand-new draft series', async () => {
    const signed = await sign((await create()).id);
    const copy = value(await h.api.call('worksheets:duplicate', { id: signed.id }));
    expect(copy).toMatchObject({
      kind: 'agreement',
      status: 'draft',
      version: 1,
      signedOn: null,
      previousVersionId: null,
      supersededById: null,
    });
    expect(copy.kind === 'agreement' && copy.seriesId).not.toBe(signed.seriesId);
    expect(copy.title).toBe(`${signed.title} (copy)`);
  });

  it('lets a draft or sent version be deleted and put back, but not beside another open one', async () => {
    const v1 = await sign((await create()).id);
    const v2 = value(await h.api.call('agreements:newVersion', { id: v1.id }));
    const removed = value(await h.api.call('worksheets:delete', { id: v2.id }));
    const v2again = value(await h.api.call('agreements:newVersion', { id: v1.id }));
    refusal(await h.api.call('worksheets:undelete', { worksheet: removed }), 'conflict');
    value(await h.api.call('worksheets:delete', { id: v2again.id }));
    value(await h.api.call('worksheets:undelete', { worksheet: removed }));
  });

  it('refuses signing without the client signer name, naming the field', async () => {
    const draft = await create();
    const error = refusal(
      await h.api.handle('agreements:markSigned', {
        id: draft.id,
        signedOn: '2026-03-10',
        clientSignerName: ' ',
        coachSignerName: '',
      }),
      'invalid',
    );
    expect(error.problems?.[0]?.path).toBe('clientSignerName');
  });
});
