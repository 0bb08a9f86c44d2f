import type { AgreementSignature } from '../schema/agreement';
import type { DateFormat } from '../schema/practice';
import { formatDateInWords, todayIso } from './dates';

/** The time of day of a moment where the user is, "14:05". */
export function localTimeOfDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** When a signature was given, in words and local time: "2 December 2026 at 14:05". */
export function signedWhen(signedAt: string, format: DateFormat): string {
  const moment = new Date(signedAt);
  if (Number.isNaN(moment.getTime())) return signedAt;
  return `${formatDateInWords(todayIso(moment), format)} at ${localTimeOfDay(moment)}`;
}

/** How a signature was given, for the certificate: "Drawn by hand on this computer". */
export function signatureMethodWords(method: AgreementSignature['method']): string {
  return method === 'drawn'
    ? 'Drawn by hand on this computer'
    : 'Name typed on this computer and drawn in a handwriting style';
}

/** Who signed, by role: "Client" or "Coach". */
export function signerRoleWords(role: AgreementSignature['role']): string {
  return role === 'client' ? 'Client' : 'Coach';
}

/**
 * A SHA-256 fingerprint broken into groups of eight, so that it wraps on a page and a reader
 * can compare it a piece at a time: "3f2a9c1b 77e0d4aa …".
 */
export function fingerprintInGroups(hex: string): string {
  return (hex.match(/.{1,8}/g) ?? []).join(' ');
}

/** The heading of the page that records the signatures given in the room. */
export const CERTIFICATE_TITLE = 'Signature certificate';

/** What the certificate page is, under its heading. */
export const CERTIFICATE_INTRO =
  'This agreement was signed in person on the coach’s computer. For each signature, the app kept the signature as a picture, the time, and a fingerprint of the exact text signed.';

/** How a reader checks the fingerprints, at the foot of the certificate. */
export const CERTIFICATE_CHECK =
  'To check that the agreement kept is still exactly the text signed, open it in Coaching Workbook and choose Verify: the app works out the fingerprint of the text again and compares it with the one above. Changing even one character gives a completely different fingerprint.';

/** The label of a signature's fingerprint on the certificate. */
export const FINGERPRINT_LABEL = 'Fingerprint of the text signed (SHA-256)';

/** Who signed, as whom, when and how: the certificate's lines for one signature, in order. */
export function certificateFacts(
  signature: AgreementSignature,
  format: DateFormat,
): [label: string, value: string][] {
  return [
    ['Signed by', signature.name],
    ['Signing as', signature.role === 'client' ? 'The client' : 'The coach'],
    ['Signed on', signedWhen(signature.signedAt, format)],
    ['How', signatureMethodWords(signature.method)],
  ];
}
