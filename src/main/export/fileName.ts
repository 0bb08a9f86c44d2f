import { cleanText } from './text';

export interface FileNameParts {
  /** `YYYY-MM-DD`, put first so files sort by date in any folder. */
  date: string;
  clientName?: string | null;
  title: string;
  /** An agreement's version; left out when absent. */
  version?: number | null;
}

/** Longest name we suggest, in characters: still readable in a dialog or a folder listing. */
const MAX_NAME_CHARACTERS = 150;

/**
 * Longest name we suggest in UTF-8 bytes, ".docx" included. File systems count a name in bytes
 * (255 on ext4 and APFS; NTFS counts 255 UTF-16 units, never more than the UTF-8 bytes), and a
 * CJK letter takes 3, an emoji 4. The rest of the 255 is room for " (999)" when the name is
 * taken (freePathIn) and for the atomic writer's temporary file beside it,
 * ".<name>.<pid>-<random>.tmp" (at most 29 bytes more).
 */
export const MAX_NAME_BYTES = 200;

const EXTENSION = '.docx';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const utf8 = new TextEncoder();

/**
 * Characters Windows or macOS refuse in a file name (plus control characters and line breaks)
 * become a hyphen or a space; runs of spaces collapse; trailing dots and spaces go (Windows).
 */
function safePart(value: string): string {
  return (
    cleanText(value)
      .replace(/[\r\n\t]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001F\u007F]/g, '')
      .replace(/[<>:"/\\|?*]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The longest start of `value` within both limits, cut between graphemes: never half a
 * surrogate pair, nor a letter without its accent, nor half of a flag or a family emoji.
 */
function cut(value: string, maxCharacters: number, maxBytes: number): string {
  let characters = 0;
  let bytes = 0;
  let end = 0;
  for (const { segment } of graphemes.segment(value)) {
    characters += Array.from(segment).length; // code points, as the limit always counted
    bytes += utf8.encode(segment).length;
    if (characters > maxCharacters || bytes > maxBytes) return value.slice(0, end).trim();
    end += segment.length;
  }
  return value;
}

/**
 * The file name a save dialog suggests, e.g. "2026-11-23 Jane Doe - Coaching Agreement v2.docx":
 * at most 150 characters and {@link MAX_NAME_BYTES} bytes, however long the client's name.
 */
export function defaultFileName(parts: FileNameParts): string {
  const client = safePart(parts.clientName ?? '');
  const title = safePart(parts.title) || 'Document';
  const version = parts.version != null ? ` v${parts.version}` : '';
  const date = safePart(parts.date);
  const head = client === '' ? date : `${date} ${client} -`.trim();
  const whole = `${head} ${title}${version}`.trim();
  const name = cut(whole, MAX_NAME_CHARACTERS, MAX_NAME_BYTES - EXTENSION.length).replace(
    /[. ]+$/,
    '',
  );
  return `${name || 'Document'}${EXTENSION}`;
}
