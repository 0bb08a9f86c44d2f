import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { wordFieldText } from '../../shared/domain/wordFields';
import type { ValueCandidate } from './recogniseValues';
import { wholeOccurrences } from './wholeWords';
import { decodeEntities } from './wordText';

/** Parts whose text a reader sees: the body, headers, footers and notes. */
const READ_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** The tags that matter here; any other tag is passed over. */
const TAG = /<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:pPr)(?=[\s/>])[^>]*?(\/?)>/g;

/** A piece of a paragraph's text: a `<w:t>` and where it lies in the XML, or a tab or break. */
type Piece =
  | { kind: 'text'; text: string; tagStart: number; contentEnd: number }
  | { kind: 'gap'; text: string };

/** Stands in the joined text for a tab or break and for a field already typed: never matched. */
const HIDDEN = '\u0000';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The paragraphs of a part, each as its pieces, nested paragraphs (text boxes) on their own. */
function paragraphsOf(xml: string): Piece[][] {
  const paragraphs: Piece[][] = [];
  const open: Piece[][] = [];
  let text: { tagStart: number; contentStart: number } | null = null;
  let inProperties = false;
  for (const match of xml.matchAll(TAG)) {
    const [whole, closing, name, selfClosing] = match;
    const at = match.index;
    const current = open[open.length - 1];
    if (name === 'w:p') {
      if (selfClosing === '/') continue;
      if (closing === '/') paragraphs.push(open.pop() ?? []);
      else open.push([]);
    } else if (name === 'w:pPr') {
      if (selfClosing !== '/') inProperties = closing !== '/';
    } else if (name === 'w:t') {
      if (closing === '/' && text !== null) {
        current?.push({
          kind: 'text',
          text: decodeEntities(xml.slice(text.contentStart, at)),
          tagStart: text.tagStart,
          contentEnd: at,
        });
        text = null;
      } else if (closing !== '/' && selfClosing !== '/') {
        text = { tagStart: at, contentStart: at + whole.length };
      }
    } else if (!inProperties && closing !== '/') {
      current?.push({ kind: 'gap', text: HIDDEN });
    }
  }
  return paragraphs;
}

/** A stretch of a paragraph's joined text to become a field. */
interface Replacement {
  start: number;
  end: number;
  field: string;
}

/** Where each value stands alone in `joined`, longest first, never inside another or a field. */
function replacementsIn(joined: string, fields: readonly ValueCandidate[]): Replacement[] {
  let visible = joined.replace(/\{[^{}]*\}/g, (field) => HIDDEN.repeat(field.length));
  const found: Replacement[] = [];
  for (const { text, key } of fields) {
    for (const at of wholeOccurrences(visible, text)) {
      found.push({ start: at, end: at + text.length, field: wordFieldText(key) });
    }
    visible = visible
      .split('')
      .map((char, i) => (found.some((r) => i >= r.start && i < r.end) ? HIDDEN : char))
      .join('');
  }
  return found;
}

/** `xml` with the values replaced in each paragraph, each field in the run where its text began. */
function replaceInPart(xml: string, fields: readonly ValueCandidate[]): string {
  const edits: { from: number; to: number; xml: string }[] = [];
  for (const pieces of paragraphsOf(xml)) {
    const joined = pieces.map((piece) => piece.text).join('');
    const replacements = replacementsIn(joined, fields);
    if (replacements.length === 0) continue;
    let offset = 0;
    for (const piece of pieces) {
      const start = offset;
      offset += piece.text.length;
      if (piece.kind !== 'text') continue;
      let out = '';
      let changed = false;
      for (let i = 0; i < piece.text.length; i += 1) {
        const at = start + i;
        const inside = replacements.find((r) => at >= r.start && at < r.end);
        if (inside === undefined) out += piece.text.charAt(i);
        else {
          changed = true;
          if (at === inside.start) out += inside.field;
        }
      }
      if (changed) {
        edits.push({
          from: piece.tagStart,
          to: piece.contentEnd,
          xml: `<w:t xml:space="preserve">${escapeXml(out)}`,
        });
      }
    }
  }
  let result = xml;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    result = result.slice(0, edit.from) + edit.xml + result.slice(edit.to);
  }
  return result;
}

/**
 * A copy of the document with each chosen text replaced by its field wherever it stands on its
 * own, e.g. every "Dana Whitfield" by `{Coach name}`, in the body, headers, footers and notes:
 * never inside a longer word or number ("Mark" stays in "Marketing", "£100" in "£1000"), nor
 * inside a field already typed. The field takes the formatting of the run where the text began,
 * wherever Word split it. Longer texts go first, so that a text inside a longer one never breaks it.
 */
export function replaceValuesWithFields(
  docx: Uint8Array,
  fields: readonly ValueCandidate[],
): Uint8Array {
  const longestFirst = fields
    .map((field) => ({ ...field, text: field.text.trim() }))
    .filter((field) => field.text !== '')
    .sort((a, b) => b.text.length - a.text.length);
  const files = unzipSync(docx);
  for (const [name, bytes] of Object.entries(files)) {
    if (!READ_PARTS.test(name)) continue;
    const xml = strFromU8(bytes);
    const replaced = replaceInPart(xml, longestFirst);
    if (replaced !== xml) files[name] = strToU8(replaced);
  }
  return zipSync(files);
}
