/**
 * Word puts lists on the clipboard as paragraphs, not as <ul>/<ol>: each item is a
 * `<p class=MsoListParagraph… style='mso-list:l0 level1 lfo1'>` whose first words are the
 * bullet or number Word drew, wrapped in `<![if !supportLists]>…<![endif]>` (or a span styled
 * `mso-list:Ignore`). Pasted as they are, the items would become paragraphs starting with "·"
 * or "1." in a Symbol font. This turns them into real lists before the editor reads the HTML;
 * the rest of Word's markup (fonts, colours, sizes) the editor's schema drops on its own.
 *
 * Pure string work, so it runs the same in a test and costs one pass over a large paste.
 */

const PARAGRAPH = /<p\b([^>]*)>([\s\S]*?)<\/p\s*>/gi;
const LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)\s+lfo(\d+)/i;
const SUPPORT_LISTS = /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/i;
const IGNORE_SPAN = /<span\b[^>]*mso-list:\s*Ignore[^>]*>/i;
/** What may sit between two items of one list: line breaks, empty comments, Word's own marks. */
const BETWEEN_ITEMS = /^(?:\s|<!--[\s\S]*?-->|<o:p>\s*<\/o:p>)*$/i;

type ListKind = 'ul' | 'ol';

interface WordListItem {
  /** Word's list and level, e.g. l0 at 1 (the outermost). */
  list: string;
  level: number;
  kind: ListKind;
  /** The number Word drew, for a numbered item. */
  number: number | null;
  /** The item's content, without the bullet or number. */
  html: string;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text of a bit of HTML: tags gone, the usual entities read. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the span opened at `start` closes (just after its `</span>`), counting nested spans. */
function spanEnd(html: string, start: number): number {
  const tags = /<(\/?)span\b[^>]*>/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return html.length;
}

/** The marker Word drew before an item, and the item's HTML without it. */
function splitMarker(html: string): { marker: string; rest: string } {
  const conditional = SUPPORT_LISTS.exec(html);
  if (conditional) {
    return {
      marker: textOf(conditional[1] ?? ''),
      rest:
        html.slice(0, conditional.index) + html.slice(conditional.index + conditional[0].length),
    };
  }
  const ignore = IGNORE_SPAN.exec(html);
  if (ignore) {
    const end = spanEnd(html, ignore.index);
    return {
      marker: textOf(html.slice(ignore.index, end)),
      rest: html.slice(0, ignore.index) + html.slice(end),
    };
  }
  return { marker: '', rest: html };
}

/** Numbers, letters and roman numerals ("3.", "b)", "(iv)") number a list; anything else is a bullet. */
function readMarker(marker: string): { kind: ListKind; number: number | null } {
  const numbered = /^\(?(\d{1,4})[.)]?$/.exec(marker);
  if (numbered) return { kind: 'ol', number: Number(numbered[1]) };
  if (/^\(?(?:[a-z]|[ivxlc]{1,6})[.)]$/i.test(marker)) return { kind: 'ol', number: null };
  return { kind: 'ul', number: null };
}

function listItemOf(attributes: string, inner: string): WordListItem | null {
  const style = LIST_STYLE.exec(attributes);
  if (!style) return null;
  const { marker, rest } = splitMarker(inner);
  const { kind, number } = readMarker(marker);
  return {
    list: style[1] ?? '',
    level: Math.max(1, Number(style[2])),
    kind,
    number,
    html: rest,
  };
}

/** Nested lists, as HTML, from a run of Word's list paragraphs. */
function listsHtml(items: readonly WordListItem[]): string {
  let out = '';
  const open: { kind: ListKind; level: number; list: string }[] = [];
  const close = () => {
    const list = open.pop();
    if (list) out += `</li></${list.kind}>`;
  };
  for (const item of items) {
    while ((open.at(-1)?.level ?? 0) > item.level) close();
    const top = open.at(-1);
    if (top?.level === item.level && (top.kind !== item.kind || top.list !== item.list)) close();
    if (open.at(-1)?.level === item.level) out += '</li>';
    else {
      const start = item.number !== null && item.number !== 1 ? ` start="${item.number}"` : '';
      out += `<${item.kind}${start}>`;
      open.push({ kind: item.kind, level: item.level, list: item.list });
    }
    out += `<li><p>${item.html}</p>`;
  }
  while (open.length > 0) close();
  return out;
}

/**
 * `html` with Word's list paragraphs turned into <ul>/<ol> lists (nested by Word's level,
 * numbered from the number Word showed); any other HTML comes back unchanged.
 */
export function listsFromWordHtml(html: string): string {
  if (!LIST_STYLE.test(html)) return html;
  let out = '';
  let run: WordListItem[] = [];
  let at = 0;
  for (const match of html.matchAll(PARAGRAPH)) {
    const between = html.slice(at, match.index);
    at = match.index + match[0].length;
    const item = listItemOf(match[1] ?? '', match[2] ?? '');
    if (item && run.length > 0 && BETWEEN_ITEMS.test(between)) {
      run.push(item);
      continue;
    }
    // Anything else between two items ends the list they were in.
    if (run.length > 0) out += listsHtml(run);
    run = [];
    out += between;
    if (item) run.push(item);
    else out += match[0];
  }
  if (run.length > 0) out += listsHtml(run);
  return out + html.slice(at);
}
