/**
 * Typewriter quotes turned into typographer's quotes, as Word's AutoFormat would: an opening
 * quote at the start of the text or after a space or an opening bracket, a closing one
 * elsewhere, and an apostrophe inside a word ("coach's" → "coach’s").
 */
export function smartQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch !== '"' && ch !== "'") {
      out += ch;
      continue;
    }
    const before = i === 0 ? '' : text.charAt(i - 1);
    const opens = before === '' || /[\s([{\u2014\u2013/-]/.test(before);
    if (ch === '"') out += opens ? '\u201C' : '\u201D';
    else out += opens ? '\u2018' : '\u2019';
  }
  return out;
}
