import { strFromU8, unzipSync } from 'fflate';

const MAIN_PART = 'word/document.xml';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML text with its entities (`&amp;`, `&#163;`…) turned back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (match, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? match;
  });
}

/** Tags and the text between them; attributes are not needed. */
const TOKEN = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)[^>]*?(\/?)>|([^<]+)/g;

/**
 * The paragraphs of a Word document's main text as plain lines, in reading order: each
 * paragraph (also in tables and text boxes) is one line, its runs joined; a tab is a tab, a
 * line break within a paragraph a "\n". Deleted text of tracked changes and field codes are
 * left out, as Word does when it shows the document. Headers and footers are not part of it.
 */
export function wordDocumentLines(docx: Uint8Array): string[] {
  const files = unzipSync(docx, { filter: (file) => file.name === MAIN_PART });
  const part = files[MAIN_PART];
  if (part === undefined) return [];
  return paragraphLinesOf(strFromU8(part));
}

/** Parts whose text a reader sees: the body, headers, footers and notes. */
const READ_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** The lines of every part a reader sees (body, headers, footers, notes), part after part. */
export function wordPackageLines(docx: Uint8Array): string[] {
  const files = unzipSync(docx, { filter: (file) => READ_PARTS.test(file.name) });
  return Object.keys(files)
    .sort()
    .flatMap((name) => {
      const part = files[name];
      return part === undefined ? [] : paragraphLinesOf(strFromU8(part));
    });
}

/** The paragraphs of WordprocessingML as plain lines (see wordDocumentLines). */
export function paragraphLinesOf(xml: string): string[] {
  const lines: string[] = [];
  // Paragraphs nest (a text box inside a paragraph holds its own): one buffer per open one.
  const open: string[][] = [];
  const add = (text: string) => open[open.length - 1]?.push(text);
  let inText = false;
  // Tab stops are defined inside paragraph properties: not text.
  let inProperties = false;
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, selfClosing, text] = match;
    if (text !== undefined) {
      if (inText) add(decodeEntities(text));
      continue;
    }
    if (name === 'w:p') {
      if (selfClosing === '/') lines.push('');
      else if (closing === '/') lines.push((open.pop() ?? []).join(''));
      else open.push([]);
      continue;
    }
    if (name === 'w:t') {
      inText = closing !== '/' && selfClosing !== '/';
      continue;
    }
    if (name === 'w:pPr' && selfClosing !== '/') {
      inProperties = closing !== '/';
      continue;
    }
    if (closing === '/' || selfClosing !== '/' || inProperties) continue;
    if (name === 'w:tab') add('\t');
    else if (name === 'w:br' || name === 'w:cr') add('\n');
  }
  return lines;
}
