import { diffArrays, diffWords } from 'diff';

/** A run of text that both versions share, that the newer one added, or that it removed. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  /** May hold "\n" between lines; `partLines` splits the parts into lines for display. */
  text: string;
}

/**
 * Past this many words changed in one run of replaced lines, the word-level comparison gives up
 * and the lines show as removed and written again: that is how a rewrite of that size reads
 * anyway, and a pasted book costs the editor ~0.15 s instead of seconds on each keystroke.
 */
const MAX_WORD_EDITS = 600;

/**
 * A line as it is compared: runs of spaces inside it made one, nothing at its end, the
 * indentation of a nested list item kept (moving an item in or out of a list is a change).
 */
function normalLine(line: string): string {
  const indent = /^\s*/.exec(line)?.[0].replace(/\t/g, '   ').length ?? 0;
  return ' '.repeat(indent) + line.trim().replace(/\s+/g, ' ');
}

/** Lines made comparable, blank ones left out: only whitespace between them never counts. */
export function normalLines(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split('\n'))
    .map(normalLine)
    .filter((l) => l.trim() !== '');
}

/** True when two passages read the same once whitespace is set aside. */
export function sameLines(before: readonly string[], after: readonly string[]): boolean {
  const a = normalLines(before);
  const b = normalLines(after);
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

function push(parts: WordPart[], kind: WordPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function block(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

/** Lines replaced by others, word by word; wholly out and in when only their nesting moved. */
function replaced(parts: WordPart[], before: readonly string[], after: readonly string[]): void {
  const words = diffWords(block(before), block(after), { maxEditLength: MAX_WORD_EDITS });
  if (words === undefined || words.every((w) => !w.added && !w.removed)) {
    push(parts, 'removed', block(before));
    push(parts, 'added', block(after));
    return;
  }
  for (const w of words) push(parts, w.added ? 'added' : w.removed ? 'removed' : 'same', w.value);
}

/** The final line break belongs to no line after it: dropped, and the part with it if empty. */
function trimEnd(parts: WordPart[]): WordPart[] {
  const last = parts.at(-1);
  if (last?.text.endsWith('\n') === true) last.text = last.text.slice(0, -1);
  if (last?.text === '') parts.pop();
  return parts;
}

/**
 * How a passage changed, word by word: its lines (paragraphs and list items, "• " and "2. "
 * written in front, as `richTextLines` gives them) are matched first, and lines replaced by
 * others are compared word by word, so an edit in one paragraph never smears into the next.
 * Whitespace differences are not changes. Text both share is given as the newer version wrote it.
 */
export function wordParts(before: readonly string[], after: readonly string[]): WordPart[] {
  const a = normalLines(before);
  const b = normalLines(after);
  const parts: WordPart[] = [];
  const chunks = diffArrays(a, b);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk === undefined) continue;
    const next = chunks[i + 1];
    if (chunk.removed && next?.added) {
      replaced(parts, chunk.value, next.value);
      i++;
    } else {
      push(parts, chunk.added ? 'added' : chunk.removed ? 'removed' : 'same', block(chunk.value));
    }
  }
  return trimEnd(parts);
}

/**
 * Parts split into lines, for a screen or a page that shows a line at a time. Where removed
 * words run straight into the words that replace them ("monthly" → "in advance"), a space is
 * put between, so the two never read as one word.
 */
export function partLines(parts: readonly WordPart[]): WordPart[][] {
  const lines: WordPart[][] = [[]];
  for (const part of parts) {
    part.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece === '') return;
      const line = lines.at(-1);
      const last = line?.at(-1);
      if (last?.kind === 'removed' && part.kind === 'added' && !/\s$/.test(last.text)) {
        if (!/^\s/.test(piece)) line?.push({ kind: 'same', text: ' ' });
      }
      line?.push({ kind: part.kind, text: piece });
    });
  }
  return lines.filter((line) => line.length > 0);
}

/** True when the parts mark anything added or removed. */
export function hasMarks(parts: readonly WordPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}
