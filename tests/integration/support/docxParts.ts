import { strFromU8, unzipSync } from 'fflate';

/** Every part of a .docx (a zip), XML parts as text, keyed by path (`word/document.xml`…). */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>();
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) parts.set(path, strFromU8(data));
  }
  return parts;
}

/** One part's text; fails the test if the part is missing. */
export function part(parts: Map<string, string>, path: string): string {
  const text = parts.get(path);
  if (text === undefined) throw new Error(`The document has no ${path}`);
  return text;
}

/** Characters XML 1.0 allows (a lone surrogate is matched as its own code point and refused). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy;

/**
 * Why an XML text is not well-formed, or an empty list when it is: characters XML forbids,
 * stray `<` or `&`, and start and end tags that do not match. Enough to catch what would make
 * Word refuse a file, without a full XML parser.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) {
    const code = bad[0].codePointAt(0) ?? 0;
    problems.push(`forbidden character U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  const stack: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match !== null; match = TOKEN.exec(xml)) {
    const [, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray !== undefined) {
      problems.push(`stray "<" at ${match.index}`);
      break;
    }
    if (text !== undefined) {
      if (BAD_AMPERSAND.test(text)) problems.push(`unescaped "&" at ${match.index}`);
      if (stack.length === 0 && text.trim() !== '') problems.push('text outside the root element');
      continue;
    }
    if (name === undefined) continue; // declaration, comment, CDATA
    if (attributes !== undefined && BAD_AMPERSAND.test(attributes)) {
      problems.push(`unescaped "&" in an attribute at ${match.index}`);
    }
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (selfClosing === '/') {
      if (stack.length === 0) roots++;
    } else {
      if (stack.length === 0) roots++;
      stack.push(name);
    }
  }
  if (TOKEN.lastIndex !== 0 && TOKEN.lastIndex < xml.length) problems.push('unreadable markup');
  if (stack.length > 0) problems.push(`unclosed <${stack[stack.length - 1] ?? ''}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The visible text of a WordprocessingML part: the contents of its w:t elements, joined. */
export function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) =>
      (m[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('');
}
