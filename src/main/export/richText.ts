import {
  AlignmentType,
  ExternalHyperlink,
  LevelFormat,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import type {
  RichBlock,
  RichInline,
  RichListItem,
  RichMark,
  RichText,
} from '../../shared/richText/schema';
import { isRightToLeft, linkedRuns, textRuns, type RunStyle } from './text';

/** Each nested level of a list is indented by this much more (twentieths of a point). */
const LEVEL_INDENT = 720;
const HANGING = 360;

const LEVEL_FORMATS = [
  { format: LevelFormat.DECIMAL, text: (n: number) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n: number) => `%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n: number) => `%${n}.` },
  { format: LevelFormat.DECIMAL, text: (n: number) => `%${n}.` },
] as const;

/**
 * The numbering of a numbered list at `level` that counts from `start`: decimal at the top,
 * then a), i., 1. Other levels keep their defaults; only this level's list uses it.
 */
function numberedList(level: number, start: number): NumberingDefinition {
  return {
    reference: `clause-numbered-${level}-from-${start}`,
    levels: LEVEL_FORMATS.map(({ format, text }, at) => ({
      level: at,
      format,
      text: text(at + 1),
      start: at === level ? start : 1,
      alignment: AlignmentType.START,
      style: {
        paragraph: { indent: { left: LEVEL_INDENT * (at + 1), hanging: HANGING } },
      },
    })),
  };
}

function runStyleOf(marks: readonly RichMark[] | undefined): RunStyle {
  const has = (type: RichMark['type']): boolean => (marks ?? []).some((m) => m.type === type);
  return { ...(has('bold') ? { bold: true } : {}), ...(has('italic') ? { italics: true } : {}) };
}

/** Runs for a paragraph's text, fields already filled: marks, links and line breaks kept. */
function inlineRuns(inlines: readonly RichInline[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.type === 'hardBreak') {
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    // A merge field left unfilled prints as its key would: never. Callers fill the text first.
    if (inline.type === 'mergeField') continue;
    const style = runStyleOf(inline.marks);
    const link = inline.marks?.find((mark) => mark.type === 'link');
    if (link === undefined) {
      // Addresses typed without a link still become links, as in every other document.
      out.push(...linkedRuns(inline.text, style));
      continue;
    }
    out.push(
      new ExternalHyperlink({
        link: link.attrs.href,
        children: textRuns(inline.text, { ...style, style: 'Hyperlink' }),
      }),
    );
  }
  return out;
}

function plainOf(inlines: readonly RichInline[] | undefined): string {
  return (inlines ?? []).map((inline) => (inline.type === 'text' ? inline.text : ' ')).join('');
}

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>;

function paragraph(
  inlines: readonly RichInline[] | undefined,
  options: ParagraphOptions,
): Paragraph {
  const text = plainOf(inlines);
  return new Paragraph({
    widowControl: true,
    ...options,
    ...(isRightToLeft(text) ? { bidirectional: true } : {}),
    children: inlineRuns(inlines ?? []),
  });
}

/** Where a list item sits: its level, and how its first paragraph is numbered or bulleted. */
interface ItemPlace {
  level: number;
  marker: Pick<IParagraphOptions, 'bullet' | 'numbering'>;
  last: boolean;
}

/**
 * Every list written gets an instance number of its own, unique in the process and so in any
 * document: Word numbers paragraphs of one instance as one list, so two lists (in two clauses,
 * or one nested in another) never count on from each other.
 */
let lastInstance = 0;
function nextInstance(): number {
  lastInstance += 1;
  return lastInstance;
}

function itemParagraphs(item: RichListItem, place: ItemPlace): Paragraph[] {
  const out: Paragraph[] = [];
  item.content.forEach((block, i) => {
    if (block.type !== 'paragraph') {
      out.push(...listParagraphs(block, place.level + 1));
      return;
    }
    const closing = place.last && i === item.content.length - 1;
    out.push(
      paragraph(block.content, {
        ...(i === 0 ? place.marker : { indent: { left: LEVEL_INDENT * (place.level + 1) } }),
        ...(closing && place.level === 0 ? { spacing: { after: 120 } } : {}),
      }),
    );
  });
  return out;
}

function listParagraphs(
  block: Exclude<RichBlock, { type: 'paragraph' }>,
  level: number,
): Paragraph[] {
  const definition =
    block.type === 'orderedList' ? numberedList(level, block.attrs?.start ?? 1) : null;
  // Every item of this list names the same instance, so a list nested in one of its items
  // (another instance) never takes over its numbering: after it, this list counts on.
  const instance = nextInstance();
  return block.content.flatMap((item, i) =>
    itemParagraphs(item, {
      level,
      last: i === block.content.length - 1,
      marker:
        definition === null
          ? { bullet: { level } }
          : { numbering: { reference: definition, level, instance } },
    }),
  );
}

/**
 * A clause's rich text, its merge fields already filled (see fillRichText), as Word paragraphs:
 * real Word bulleted and numbered lists (a numbered list from its own start, nested lists one
 * level deeper), bold, italic and links kept. A paragraph ending in a colon just before a list
 * stays on the page with it. Nothing for an empty document.
 */
export function richTextParagraphs(doc: RichText): Paragraph[] {
  const out: Paragraph[] = [];
  doc.content.forEach((block, i) => {
    if (block.type !== 'paragraph') {
      out.push(...listParagraphs(block, 0));
      return;
    }
    const text = plainOf(block.content);
    if (text.trim() === '') return;
    const next = doc.content[i + 1];
    const leadsIn = next !== undefined && next.type !== 'paragraph' && text.trimEnd().endsWith(':');
    out.push(paragraph(block.content, leadsIn ? { keepNext: true } : {}));
  });
  return out;
}
