import { Paragraph, type FileChild, type TextRun } from 'docx';
import type { AgreementTemplate, AgreementWorksheet, Client } from '../../shared/schema';
import {
  agreementDiff,
  type AgreementDiff,
  type ClauseChange,
  type WordPart,
} from '../../shared/domain/agreementDiff';
import { diffSummary } from '../../shared/domain/agreementDiffSummary';
import { hasMarks, partLines } from '../../shared/domain/textDiff';
import { plural } from '../../shared/domain/words';
import type { DocContext } from './layout';
import { body, heading, introNote, label } from './parts';
import { cleanLine, styledRun, type RunStyle } from './text';

/**
 * Word's own run formatting for the marks, so they survive printing in black and white and
 * read the same in any word processor: underlined (and green) for added words, struck through
 * (and red) for removed ones.
 */
const MARK_STYLE: Record<WordPart['kind'], RunStyle> = {
  same: {},
  added: { underline: { type: 'single' }, color: '1E7A46' },
  removed: { strike: true, color: 'B42318' },
};

/** Longest line kept whole on the page; a longer one is cut to the words around its marks. */
const MAX_LINE_CHARS = 320;

/** A long run of unchanged words shortened to its ends, so a line shows where its change is. */
function shorten(part: WordPart, first: boolean, last: boolean): string {
  const text = cleanLine(part.text);
  if (part.kind !== 'same' || text.length <= 120) return text;
  const words = text.split(' ');
  if (first) return `… ${words.slice(-8).join(' ')}`;
  if (last) return `${words.slice(0, 8).join(' ')} …`;
  return `${words.slice(0, 6).join(' ')} … ${words.slice(-6).join(' ')}`;
}

function runs(line: readonly WordPart[]): TextRun[] {
  const long = line.reduce((n, part) => n + part.text.length, 0) > MAX_LINE_CHARS;
  return line.map((part, i) =>
    styledRun(
      long ? shorten(part, i === 0, i === line.length - 1) : cleanLine(part.text),
      MARK_STYLE[part.kind],
    ),
  );
}

/** The lines of a passage that hold a change, each a bullet with its marks. */
function markedLines(parts: readonly WordPart[]): Paragraph[] {
  return partLines(parts)
    .filter(hasMarks)
    .map((line) => new Paragraph({ bullet: { level: 0 }, children: runs(line) }));
}

function clauseName(clause: ClauseChange): string {
  return `${clause.number}. ${clause.title || 'Untitled clause'}`;
}

function clauseChange(clause: ClauseChange): Paragraph[] {
  switch (clause.status) {
    case 'unchanged':
      return [];
    case 'added':
      return [label(`Added: ${clauseName(clause)}`)];
    case 'removed':
      return [label(`Removed: ${clause.title || 'Untitled clause'}`)];
    case 'changed':
      return [
        label(`Changed: ${clauseName(clause)}`),
        ...(clause.titleParts
          ? [
              new Paragraph({
                bullet: { level: 0 },
                children: [styledRun('Title: ', {}), ...runs(clause.titleParts)],
              }),
            ]
          : []),
        ...markedLines(clause.parts),
      ];
  }
}

function valueLine(value: AgreementDiff['values'][number]): Paragraph {
  const blank = (text: string) => (text === '' ? '(blank)' : text);
  return new Paragraph({
    bullet: { level: 0 },
    children: [
      styledRun(`${value.label}: `, {}),
      styledRun(cleanLine(blank(value.before)), MARK_STYLE.removed),
      styledRun(' ', {}),
      styledRun(cleanLine(blank(value.after)), MARK_STYLE.added),
    ],
  });
}

function factSheetChange(diff: AgreementDiff): Paragraph[] {
  switch (diff.factSheet?.status) {
    case undefined:
      return [];
    case 'added':
      return [label('Added: the “What to expect” fact sheet')];
    case 'removed':
      return [label('Left out: the “What to expect” fact sheet')];
    case 'changed':
      return [label('Changed: What to expect'), ...markedLines(diff.factSheet.parts)];
  }
}

/** Whether a line the page shows names a merge field ("[Fee]"), so the note explains them. */
function namesFields(diff: AgreementDiff): boolean {
  const shown = [
    ...diff.clauses.flatMap((clause) => (clause.status === 'changed' ? [clause.parts] : [])),
    ...(diff.factSheet?.status === 'changed' ? [diff.factSheet.parts] : []),
  ];
  return shown.some((parts) =>
    partLines(parts)
      .filter(hasMarks)
      .some((line) => line.some((part) => /\[[^\]]+\]/.test(part.text))),
  );
}

/** "version 1, signed on 3 October 2026": the version compared with, as the page names it. */
function earlier(previous: AgreementWorksheet, ctx: DocContext): string {
  const on = (date: string | null) => (date === null ? '' : ` on ${ctx.dateInWords(date)}`);
  const signed = previous.signedOn !== null && previous.status !== 'draft';
  if (signed) return `version ${previous.version}, signed${on(previous.signedOn)}`;
  if (previous.sentOn !== null) return `version ${previous.version}, sent${on(previous.sentOn)}`;
  return `version ${previous.version}`;
}

/**
 * The page that ends a new version when the coach asks for it: "Changes from version N", after
 * the signatures and not part of what is signed. A line that sums it up, the details (fees and
 * the like) that changed, then each changed clause with only its changed lines, marked; added
 * and removed clauses are named. Unchanged text is left out so a usual change fits one page.
 */
export function agreementChangesPage(
  sheet: AgreementWorksheet,
  previous: AgreementWorksheet,
  client: Client,
  template: AgreementTemplate,
  ctx: DocContext,
): FileChild[] {
  const diff = agreementDiff(previous, sheet, {
    client,
    practice: ctx.practice,
    template,
    dateFormat: ctx.practice.dateFormat,
  });
  const { unchanged } = diff.counts;
  return [
    heading(1, `Changes from version ${previous.version}`, true),
    introNote(
      `What this version changes in ${earlier(previous, ctx)}. Added words are underlined, ` +
        'removed words are struck through' +
        (namesFields(diff) ? '; details such as the fee are named in [brackets]' : '') +
        '. This page is a guide for reading: it is not part of what is signed.',
    ),
    body(diffSummary(diff)),
    ...(diff.values.length > 0
      ? [label('Details that changed'), ...diff.values.map(valueLine)]
      : []),
    ...(diff.title === null
      ? []
      : [
          label('Title'),
          new Paragraph({ bullet: { level: 0 }, children: runs(diff.title.parts) }),
        ]),
    ...diff.clauses.flatMap(clauseChange),
    ...factSheetChange(diff),
    ...(unchanged > 0 && unchanged < diff.clauses.length
      ? [introNote(`The other ${plural(unchanged, 'clause is', 'clauses are')} unchanged.`)]
      : []),
  ];
}
