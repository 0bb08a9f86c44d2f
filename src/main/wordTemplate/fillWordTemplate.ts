import { patchDetector, patchDocument, PatchType, TextRun, type IPatch } from 'docx';
import type { MergeFieldKey } from '../../shared/catalogue/mergeFields';
import { MERGE_BLANK } from '../../shared/domain/mergeFields';
import {
  MAX_WORD_FIELDS_LISTED,
  MAX_WORD_FIELD_NAME_LENGTH,
  mergeFieldOfWordName,
} from '../../shared/domain/wordFields';
import { fail, ok, type Result } from '../../shared/result';
import { cleanText } from '../export/text';
import { wordFieldsIn } from './wordFieldsIn';
import { wordPackageLines } from './wordText';

/** A Word document filled for one client, and what could not be filled. */
export interface FilledWordDocument {
  bytes: Uint8Array;
  /** Merge fields the document uses that have no value: printed as MERGE_BLANK. */
  missing: MergeFieldKey[];
  /** Names in braces that are not merge fields: printed as MERGE_BLANK too. */
  unknown: string[];
  /** Bits of text around a `{` or `}` the document still holds once filled: to show the coach. */
  strayBraces: string[];
}

type Values = Readonly<Partial<Record<MergeFieldKey, string>>>;

/**
 * Marks a filled-in spot until the values go in, last: between them, the field's number. Code
 * points for private use, which no coach types, and no braces, so a value is never read as a
 * field and a field never spans a value.
 */
const SPOT_START = '\uE000';
const SPOT_END = '\uE001';
const SPOT = /\uE000(\d+)\uE001/g;
/** Fields inside fields (`{b {c}}`) take one round each; no real document nests this deep. */
const MAX_ROUNDS = 8;

/** A value as runs: each line after the first starts on a new line, as the coach typed it. */
function runsOf(value: string): TextRun[] {
  return cleanText(value)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun(index === 0 ? line : { text: line, break: 1 }));
}

function patched(
  data: Uint8Array,
  patches: Record<string, IPatch>,
  start: string,
  end: string,
): Promise<Uint8Array> {
  return patchDocument({
    outputType: 'uint8array',
    data,
    patches,
    keepOriginalStyles: true,
    placeholderDelimiters: { start, end },
  });
}

/** What is printed where a field stood: a blank line, or a spot its value goes in last. */
class Spots {
  readonly texts: string[] = [];
  readonly missing = new Set<MergeFieldKey>();
  readonly unknown: string[] = [];
  constructor(private readonly values: Values) {}

  patchFor(name: string): IPatch {
    const key = mergeFieldOfWordName(name);
    const value = key === null ? '' : (this.values[key] ?? '');
    if (key !== null && value.trim() === '') this.missing.add(key);
    const shown = name
      .replace(SPOT, '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, MAX_WORD_FIELD_NAME_LENGTH);
    if (
      key === null &&
      !this.unknown.includes(shown) &&
      this.unknown.length < MAX_WORD_FIELDS_LISTED
    )
      this.unknown.push(shown);
    this.texts.push(value.trim() === '' ? MERGE_BLANK : value);
    const spot = `${SPOT_START}${this.texts.length - 1}${SPOT_END}`;
    return { type: PatchType.PARAGRAPH, children: [new TextRun(spot)] };
  }

  /** `line` as it reads once filled. */
  filled(line: string): string {
    return line.replace(SPOT, (_, n: string) => this.texts[Number(n)] ?? '');
  }
}

/**
 * Each line holding a `{` or `}` of the document's own (not one in a value), as the coach will
 * read it once filled, shortened around the first of them.
 */
function strayBracesIn(lines: readonly string[], spots: Spots): string[] {
  const found: string[] = [];
  for (const raw of lines) {
    const brace = raw.search(/[{}]/);
    if (brace === -1) continue;
    const line = spots.filled(raw);
    const at = spots.filled(raw.slice(0, brace)).length;
    const from = Math.max(0, at - 40);
    const to = Math.min(line.length, at + 40);
    const bit = `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
    if (!found.includes(bit)) found.push(bit);
    if (found.length >= 20) break;
  }
  return found;
}

/**
 * Fill the coach's own Word document with `values`, keeping everything else as it is: their
 * styles, header, footer, logo and layout. docx's patchDocument does the work; each field takes
 * on the formatting of the text it replaces (when Word split a field into differently formatted
 * runs, that of its first run). Fields are typed `{Client name}`, and `{{Client name}}` (as the
 * app once wrote them) is read as one field too. A field with no value, and a name in braces the
 * app does not know, print as a blank line to complete by hand. Braces that are no field (a lone
 * `{`) stay as typed, and are listed in `strayBraces` for the coach to see before sending.
 */
export async function fillWordTemplate(
  template: Uint8Array,
  values: Values,
): Promise<Result<FilledWordDocument>> {
  try {
    const spots = new Spots(values);
    let bytes = template;
    const doubles = await patchDetector({
      data: bytes,
      placeholderDelimiters: { start: '{{', end: '}}' },
    });
    if (doubles.length > 0) {
      const patches = Object.fromEntries(doubles.map((name) => [name, spots.patchFor(name)]));
      bytes = await patched(bytes, patches, '{{', '}}');
    }
    for (let round = 0; ; round += 1) {
      const names = (await wordFieldsIn(bytes)).raw;
      if (names.length === 0) break;
      if (round === MAX_ROUNDS) {
        return fail('invalid', 'The Word document has fields inside fields too deep to fill in.');
      }
      const patches = Object.fromEntries(names.map((name) => [name, spots.patchFor(name)]));
      bytes = await patched(bytes, patches, '{', '}');
    }
    const strayBraces = strayBracesIn(wordPackageLines(bytes), spots);
    if (spots.texts.length > 0) {
      const patches = Object.fromEntries(
        spots.texts.map((text, n): [string, IPatch] => [
          String(n),
          { type: PatchType.PARAGRAPH, children: runsOf(text) },
        ]),
      );
      bytes = await patched(bytes, patches, SPOT_START, SPOT_END);
    }
    return ok({ bytes, missing: [...spots.missing], unknown: spots.unknown, strayBraces });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('invalid', `The Word document could not be filled in: ${detail}`);
  }
}
