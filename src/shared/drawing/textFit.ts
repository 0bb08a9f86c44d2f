/**
 * Fitting text to the room it has: shortening a line with an ellipsis, wrapping a paragraph,
 * and listing bulleted items in a box. Pure; the caller says what fits (see `Fits`), measuring
 * text its own way: on a canvas in the page, with Arial's widths in the export.
 */

/** Whether a line of text fits the room it is meant for. */
export type Fits = (line: string) => boolean;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text on one line, cut at a word where possible, with an ellipsis when it was too long. */
export function truncate(text: string, maxChars: number): string {
  const flat = squash(text);
  if (flat.length <= maxChars) return flat;
  if (maxChars <= 1) return '…';
  const cut = flat.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that throws away most of the room.
  const base = lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The longest shortening of `text` (see truncate) that still fits. */
export function fitLine(text: string, fits: Fits): string {
  const flat = squash(text);
  if (fits(flat)) return flat;
  let low = 1;
  let high = flat.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(truncate(flat, middle))) low = middle;
    else high = middle - 1;
  }
  return truncate(flat, low);
}

/** Text broken into at most `maxLines` lines that fit; the last line ends in "…" if cut. */
export function wrapLines(text: string, fits: Fits, maxLines: number): string[] {
  const words = squash(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const next = current ? `${current} ${word}` : word;
    if (fits(next)) {
      current = next;
      continue;
    }
    if (current) {
      lines.push(current);
      if (lines.length === maxLines) break;
    }
    current = fitLine(word, fits);
  }
  if (index === words.length) {
    if (current) lines.push(current);
    return lines;
  }
  const last = lines.length - 1;
  lines[last] = fitLine(`${lines[last] ?? ''} ${words.slice(index).join(' ')}`, fits);
  return lines;
}

/** One line of a bulleted list. */
export interface ListLine {
  text: string;
  /** A bulleted item's second and later lines line up under its first word. */
  indent: boolean;
  /** The "+ N more" line that counts the items left out. */
  more: boolean;
}

/**
 * Bulleted items in `maxLines`: each wrapped to as many lines as the room allows (up to
 * `mostPerItem`), and when even one line each is too many, the last line counts the rest.
 * `fits` measures a line without its bullet.
 */
export function bulletedLines(
  items: readonly string[],
  fits: Fits,
  maxLines: number,
  mostPerItem: number,
  bullet = '• ',
): ListLine[] {
  const filled = items.map((item) => item.trim()).filter(Boolean);
  const asLines = (list: readonly string[], perItem: number): ListLine[] =>
    list.flatMap((item) =>
      wrapLines(item, fits, perItem).map((line, index) => ({
        text: index === 0 ? `${bullet}${line}` : line,
        indent: index > 0,
        more: false,
      })),
    );
  for (let perItem = mostPerItem; perItem >= 1; perItem -= 1) {
    const lines = asLines(filled, perItem);
    if (lines.length <= maxLines) return lines;
  }
  const shown = filled.slice(0, Math.max(0, maxLines - 1));
  return [
    ...asLines(shown, 1),
    { text: `+ ${filled.length - shown.length} more`, indent: false, more: true },
  ];
}
