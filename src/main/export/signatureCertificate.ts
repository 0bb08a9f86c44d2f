import { Paragraph, type FileChild } from 'docx';
import type { AgreementSignature } from '../../shared/schema';
import {
  CERTIFICATE_CHECK,
  CERTIFICATE_INTRO,
  CERTIFICATE_TITLE,
  certificateFacts,
  FINGERPRINT_LABEL,
  fingerprintInGroups,
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
    o.section(CERTIFICATE_TITLE, true),
    introNote(CERTIFICATE_INTRO),
    ...signatures.flatMap((s) => [
      o.sub(`${signerRoleWords(s.role)}: ${s.name}`),
      ...fieldTable(ctx, [
        ...certificateFacts(s, format),
        [FINGERPRINT_LABEL, fingerprint(s.textSha256)],
      ]),
    ]),
    spacer(),
    note(CERTIFICATE_CHECK),
  ];
}
