/** "1 skill", "3 skills". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The first line of a passage, as a short name for it (an objective's heading, a due item's
 * title): `fallback` when there is none, shortened with "…" past 120 characters.
 */
export function firstLine(text: string, fallback: string): string {
  const line =
    text
      .trim()
      .split(/\r\n|\r|\n/)[0]
      ?.trim() ?? '';
  if (line === '') return fallback;
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
