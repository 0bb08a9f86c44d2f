import { cleanText } from './text';

export interface FileNameParts {
  /** `YYYY-MM-DD`, put first so files sort by date in any folder. */
  date: string;
  clientName?: string | null;
  title: string;
  /** An agreement's version; left out when absent. */
  version?: number | null;
}

/** Longest name we suggest; file systems allow 255 bytes, and some paths add more. */
const MAX_NAME_LENGTH = 150;

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

function cut(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join('').trim();
}

/**
 * The file name a save dialog suggests, e.g. "2026-11-23 Jane Doe - Coaching Agreement v2.docx".
 */
export function defaultFileName(parts: FileNameParts): string {
  const client = safePart(parts.clientName ?? '');
  const title = safePart(parts.title) || 'Document';
  const version = parts.version != null ? ` v${parts.version}` : '';
  const date = safePart(parts.date);
  const head = client === '' ? date : `${date} ${client} -`.trim();
  const name = cut(`${head} ${title}${version}`.trim(), MAX_NAME_LENGTH).replace(/[. ]+$/, '');
  return `${name}.docx`;
}
