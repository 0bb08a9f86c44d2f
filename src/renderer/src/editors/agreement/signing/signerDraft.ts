import type { ChannelInput } from '../../../../../shared/contract';
import { NO_DRAWING, type Drawing } from './DrawnSignature';

/** One signer's part of the signing view, while they sign. */
export interface SignerDraft {
  method: 'drawn' | 'typed';
  name: string;
  drawing: Drawing;
  typedText: string;
  typedPngBase64: string | null;
}

export type GivenSignatures = ChannelInput<'agreements:signInRoom'>['signatures'];

/** A signer who has not signed yet, their name filled in from the agreement. */
export function newSignerDraft(name: string): SignerDraft {
  return { method: 'drawn', name, drawing: NO_DRAWING, typedText: '', typedPngBase64: null };
}

/** The picture of the signature in the way the signer chose, or null while there is none. */
export function signaturePicture(draft: SignerDraft): string | null {
  return draft.method === 'drawn' ? draft.drawing.pngBase64 : draft.typedPngBase64;
}

/** What still stops this signer from going on, in words, or null when they have signed. */
export function signerProblem(draft: SignerDraft): string | null {
  if (signaturePicture(draft) === null) {
    return draft.method === 'drawn'
      ? 'Sign in the box first, or choose to type your name instead.'
      : 'Type your name to sign.';
  }
  if (draft.name.trim() === '') return 'Write the full name of the person signing.';
  return null;
}

/** Both signatures as main takes them, or null while one of them is missing. */
export function givenSignatures(client: SignerDraft, coach: SignerDraft): GivenSignatures | null {
  const clientPicture = signaturePicture(client);
  const coachPicture = signaturePicture(coach);
  if (clientPicture === null || coachPicture === null) return null;
  if (client.name.trim() === '' || coach.name.trim() === '') return null;
  return [
    {
      role: 'client',
      name: client.name.trim(),
      method: client.method,
      imagePngBase64: clientPicture,
    },
    { role: 'coach', name: coach.name.trim(), method: coach.method, imagePngBase64: coachPicture },
  ];
}
