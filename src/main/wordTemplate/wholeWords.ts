/** Letters and digits: the characters a word or a number is made of. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Characters that join two words or numbers into one: "1,000", "£100.50", "Mary-Ann", "a@b.c". */
const JOINERS = /[.,@_\-/]/;

/** Whether the character at `at`, looking away from the text in `step` direction, continues it. */
function continues(line: string, at: number, step: 1 | -1): boolean {
  const next = line[at];
  if (isWordChar(next)) return true;
  return next !== undefined && JOINERS.test(next) && isWordChar(line[at + step]);
}

/**
 * Whether the `length` characters of `line` at `at` stand on their own: not the start, end or
 * middle of a longer word or number. "Mark" does not stand alone in "Marketing", nor "£100" in
 * "£1000" or "£100,000", nor "dana@x.example" in "bob.dana@x.example"; "Mark" does in "Mark."
 * and "Mark's".
 */
export function standsAlone(line: string, at: number, length: number): boolean {
  return !continues(line, at - 1, -1) && !continues(line, at + length, 1);
}

/** Where `text` stands on its own in `line` (see standsAlone), first to last, never overlapping. */
export function wholeOccurrences(line: string, text: string): number[] {
  const found: number[] = [];
  if (text === '') return found;
  for (let at = line.indexOf(text); at !== -1;) {
    if (standsAlone(line, at, text.length)) {
      found.push(at);
      at = line.indexOf(text, at + text.length);
    } else at = line.indexOf(text, at + 1);
  }
  return found;
}
