import { describe, expect, it } from 'vitest';
import { agreementGuidance } from '../../../src/renderer/src/editors/agreement/agreementGuidance';
import { signedByWords } from '../../../src/renderer/src/editors/agreement/statusText';
import type { AgreementSignature } from '../../../src/shared/schema/agreement';

const signature: AgreementSignature = {
  role: 'client',
  name: 'Dana Whitfield',
  method: 'typed',
  imagePngBase64: 'iVBORw0KGgo=',
  signedAt: '2026-12-02T15:42:00.000Z',
  textSha256: 'f'.repeat(64),
};

const all = (status: 'draft' | 'sent' | 'signed' | 'superseded', signedHere = false) =>
  Object.values(
    agreementGuidance({
      status,
      signatures: signedHere ? [signature] : undefined,
    }),
  )
    .flat()
    .join(' ');

describe('agreement guidance follows the state', () => {
  it('offers "Sign now" on a draft only once it is sent', () => {
    expect(all('draft')).toContain('“Sign now” lets you both sign on this screen once it is sent');
    expect(all('sent')).toContain('“Sign now” lets you both sign on this screen.');
  });

  it.each(['sent', 'signed', 'superseded'] as const)(
    'offers nothing a %s agreement is past',
    (status) => {
      const text = all(status, true);
      expect(text).not.toContain('Prepare the draft');
      expect(text).not.toContain('Change any clause');
      expect(text).not.toContain('Fill in every detail');
      expect(text).not.toContain('Empty a box');
    },
  );

  it('points to Verify only when signed on this computer', () => {
    expect(all('superseded', true)).toContain('Verify the signed text');
    expect(all('signed', false)).not.toContain('Verify');
  });
});

describe('who signed', () => {
  it('names both signers, or the one recorded', () => {
    expect(
      signedByWords({ clientSignerName: 'Dana Whitfield ', coachSignerName: 'Alex Morgan' }),
    ).toBe('Dana Whitfield and Alex Morgan');
    expect(signedByWords({ clientSignerName: 'Dana Whitfield', coachSignerName: ' ' })).toBe(
      'Dana Whitfield',
    );
    expect(signedByWords({ clientSignerName: '', coachSignerName: '' })).toBe('');
  });
});
