import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import type { AgreementWorksheet, Client } from '../../src/shared/schema';
import { signaturePngBase64 } from '../helpers/signaturePng';
import { shownFingerprint } from './support/shownText';
import { openHarness, refusal, value, type ApiHarness } from '../unit/apiHarness';

let h: ApiHarness;
let alex: Client;
beforeEach(async () => {
  h = await openHarness();
  alex = value(
    await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Alex Chen' } }),
  );
});
afterEach(() => h.dispose());

async function signedInRoom(): Promise<AgreementWorksheet> {
  const draft = value(await h.api.call('agreements:create', { clientId: alex.id }));
  value(await h.api.call('agreements:markSent', { id: draft.id, sentOn: '2026-03-01' }));
  const picture = signaturePngBase64(400, 120);
  return value(
    await h.api.call('agreements:signInRoom', {
      id: draft.id,
      textSha256: await shownFingerprint(h, draft.id),
      signatures: [
        { role: 'client', name: 'Alex Chen', method: 'drawn', imagePngBase64: picture },
        { role: 'coach', name: 'Sam Rivera', method: 'typed', imagePngBase64: picture },
      ],
    }),
  );
}

describe('signatures belong to the version that was signed', () => {
  it('are not carried into a new version or a copy, which can then be signed on paper', async () => {
    const signed = await signedInRoom();
    expect(signed.signatures).toHaveLength(2);
    const next = value(await h.api.call('agreements:newVersion', { id: signed.id }));
    expect(next.signatures).toBeUndefined();
    const copy = value(await h.api.call('worksheets:duplicate', { id: signed.id }));
    expect(copy.kind === 'agreement' ? copy.signatures : 'not an agreement').toBeUndefined();
    const onPaper = value(
      await h.api.call('agreements:markSigned', {
        id: next.id,
        signedOn: '2026-04-01',
        clientSignerName: 'Alex Chen',
        coachSignerName: 'Sam Rivera',
      }),
    );
    expect(onPaper.signatures).toBeUndefined();
  });

  it('cannot be written into a draft by a save or put back with one', async () => {
    const signed = await signedInRoom();
    const draft = value(await h.api.call('agreements:newVersion', { id: signed.id }));
    const forged = { ...draft, signatures: signed.signatures };
    refusal(await h.api.call('worksheets:save', { worksheet: forged }), 'invalid');
    const removed = value(await h.api.call('worksheets:delete', { id: draft.id }));
    if (removed.kind !== 'agreement') throw new Error('an agreement was deleted');
    const worksheet = { ...removed, signatures: signed.signatures };
    refusal(await h.api.call('worksheets:undelete', { worksheet }), 'invalid');
  });
});
