import { Paragraph, type FileChild } from 'docx';
import type { AgreementSignature } from '../../shared/schema';
import {
  fingerprintInGroups,
  signatureMethodWords,
  signedWhen,
  signerRoleWords,
} from '../../shared/domain/signatureWords';
import type { DocContext } from './layout';
import { fieldTable, introNote, note, spacer, type Outline } from './parts';
import { STYLE } from './styles';
import { styledRun } from './text';

/** A typeface every Word and LibreOffice has, in which each digit is as wide as the next. */
const MONOSPACE = 'Courier New';

function fingerprint(hex: string): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.tableText,
      children: [styledRun(fingerprintInGroups(hex), { font: MONOSPACE, size: 20 })],
    }),
  ];
}

/**
 * The last page of an agreement signed in the room: for each signer who they are, when and
 * how they signed, and the fingerprint (SHA-256) of the exact text they signed, with how to
 * check that the text kept is still that text.
 */
export function signatureCertificate(
  signatures: readonly AgreementSignature[],
  ctx: DocContext,
  o: Outline,
): FileChild[] {
  if (signatures.length === 0) return [];
  const format = ctx.practice.dateFormat;
  return [
    o.section('Signature certificate', true),
    introNote(
      'This agreement was signed in person on the coach’s computer. For each signature, the app kept the signature as a picture, the time, and a fingerprint of the exact text signed.',
    ),
    ...signatures.flatMap((s) => [
      o.sub(`${signerRoleWords(s.role)}: ${s.name}`),
      ...fieldTable(ctx, [
        ['Signed by', s.name],
        ['Signing as', s.role === 'client' ? 'The client' : 'The coach'],
        ['Signed on', signedWhen(s.signedAt, format)],
        ['How', signatureMethodWords(s.method)],
        ['Fingerprint of the text signed (SHA-256)', fingerprint(s.textSha256)],
      ]),
    ]),
    spacer(),
    note(
      'To check that the agreement kept is still exactly the text signed, open it in Coaching Workbook and choose Verify: the app works out the fingerprint of the text again and compares it with the one above. Changing even one character gives a completely different fingerprint.',
    ),
  ];
}
