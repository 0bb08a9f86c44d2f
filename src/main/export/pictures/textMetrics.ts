import { ARIAL_WIDTHS, MEASURED_CHARACTERS } from './textWidths';

/**
 * How wide text is in the pictures of exported documents, from Arial's character widths: the
 * same on every computer, so a document comes out the same wherever it is exported. The
 * pictures draw each measured line at exactly this width (see svg.ts), so a computer that draws
 * them in another sans-serif font still keeps every line inside its room.
 */
const INDEX = new Map<number, number>(
  Array.from(MEASURED_CHARACTERS, (char, index) => [char.codePointAt(0) ?? 0, index]),
);

/** Characters that take a full em: CJK, Hangul, full-width forms, emoji. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    code >= 0x20000
  );
}

/** Marks that sit on the letter before them. */
function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0x200d
  );
}

/** Thousandths of an em a character takes; a fair guess for characters Arial has no width for. */
function advance(code: number, bold: boolean): number {
  const index = INDEX.get(code);
  const table = bold ? ARIAL_WIDTHS.bold : ARIAL_WIDTHS.regular;
  if (index !== undefined) return table[index] ?? 600;
  if (isCombining(code)) return 0;
  return isWide(code) ? 1000 : 600;
}

/** Width of `text` at `fontSize`; weights from 600 up are bold (Arial has no medium). */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  const bold = weight >= 600;
  let total = 0;
  for (const char of text) total += advance(char.codePointAt(0) ?? 0, bold);
  return (total * fontSize) / 1000;
}
