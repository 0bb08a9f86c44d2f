import { describe, expect, it } from 'vitest';
import {
  givenSignatures,
  newSignerDraft,
  signerProblem,
} from '../../../src/renderer/src/editors/agreement/signing/signerDraft';

const drawn = { strokes: [], pngBase64: 'iVBORw0KGgo=' };

describe('a signer in the signing view', () => {
  it('cannot go on without a signature or a name, and says what is missing', () => {
    const client = newSignerDraft('Dana Whitfield');
    expect(signerProblem(client)).toBe(
      'Sign in the box first, or choose to type your name instead.',
    );
    expect(signerProblem({ ...client, method: 'typed' })).toBe('Type your name to sign.');
    expect(signerProblem({ ...client, drawing: drawn, name: '  ' })).toBe(
      'Write the full name of the person signing.',
    );
    expect(signerProblem({ ...client, drawing: drawn })).toBeNull();
  });

  it('gives main both signatures, client first, in the way each chose', () => {
    const client = { ...newSignerDraft(' Dana Whitfield '), drawing: drawn };
    const coach = { ...newSignerDraft('Alex Morgan'), method: 'typed' as const };
    expect(givenSignatures(client, coach)).toBeNull();
    expect(givenSignatures(client, { ...coach, typedPngBase64: 'AAAA' })).toEqual([
      { role: 'client', name: 'Dana Whitfield', method: 'drawn', imagePngBase64: 'iVBORw0KGgo=' },
      { role: 'coach', name: 'Alex Morgan', method: 'typed', imagePngBase64: 'AAAA' },
    ]);
  });
});
