import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  type AgreementWorksheet,
  type DocumentKind,
  type Workbook,
  type Worksheet,
} from '../../src/shared/schema';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { buildDocument, writeDocx } from '../../src/main/export';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import { fillClauses, mergeValuesFor } from '../../src/shared/domain/mergeFields';
import { richTextToPlain } from '../../src/shared/richText';
import { skillLabel } from '../../src/shared/domain/skillsSummary';
import { smartQuotes } from '../../src/main/export/quotes';
import { formatDate, formatDateInWords } from '../../src/shared/domain/dates';
import { docxToPdf, pdfPageSize, pdfText } from './support/libreoffice';
import { docxToPdfUpdatingContents } from './support/libreofficeUpdate';
import { docxParts, part } from './support/docxParts';

const TODAY = '2026-11-23';
const book = generateSampleWorkbook({ clients: 3, seed: 'export-test', today: TODAY });
const mary = book.clients[0];
if (!mary) throw new Error('The sample has no clients');

interface Exported {
  parts: Map<string, string>;
  /** PDF text, whitespace collapsed to single spaces. */
  text: string;
  /** PDF text of each page, whitespace collapsed. */
  pages: string[];
  pdf: string;
}

let dir = '';
const exported = new Map<DocumentKind, Exported>();

/** Whitespace collapsed; a line broken after a hyphen ("Achterberg-\nOsei") joined again. */
const squash = (text: string): string => text.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();

/** Whether XML holds a string or matches a pattern (a boolean, so a failure does not print the part). */
function has(xml: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? xml.includes(wanted) : wanted.test(xml);
}

/** Export one document to a file, convert it with LibreOffice and read it back. */
async function exportAndRead(
  workbook: Workbook,
  kind: DocumentKind,
  name: string,
): Promise<Exported> {
  const built = buildDocument(
    workbook,
    { document: kind, ...(kind === 'practice-summary' ? {} : { clientId: mary?.id ?? '' }) },
    { today: TODAY },
  );
  if (!built.ok) throw new Error(built.error.message);
  const target = join(dir, `${name}.docx`);
  const written = await writeDocx(built.value.doc, target);
  if (!written.ok) throw new Error(written.error.message);
  const pdf = await docxToPdf(target, dir);
  const raw = await pdfText(pdf);
  return {
    parts: docxParts(await readFile(target)),
    text: squash(raw),
    pages: raw.split('\f').map(squash),
    pdf,
  };
}

function get(kind: DocumentKind): Exported {
  const found = exported.get(kind);
  if (!found) throw new Error(`${kind} was not exported`);
  return found;
}

function sheetOf<K extends Worksheet['kind']>(kind: K): Extract<Worksheet, { kind: K }> {
  const sheet = book.worksheets.find(
    (s): s is Extract<Worksheet, { kind: K }> => s.kind === kind && s.clientId === mary?.id,
  );
  if (!sheet) throw new Error(`Mary has no ${kind}`);
  return sheet;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-export-'));
  for (const kind of DOCUMENT_KINDS) exported.set(kind, await exportAndRead(book, kind, kind));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('every document kind', () => {
  it.each(DOCUMENT_KINDS)(
    '%s opens in LibreOffice with the practice header and page numbers',
    (kind) => {
      const doc = get(kind);
      expect(doc.text).toContain(book.practice.businessName);
      const pageCount = doc.pages.filter((p) => p !== '').length;
      expect(doc.text).toContain(`Page ${pageCount} of ${pageCount}`);
      if (kind !== 'practice-summary') expect(doc.text).toContain(mary.name);
      expect(doc.text).not.toContain('{{');
    },
  );

  it.each(DOCUMENT_KINDS)(
    "%s uses Word's own Title and Heading styles and repeating table headers",
    (kind) => {
      const xml = part(get(kind).parts, 'word/document.xml');
      expect(has(xml, '<w:pStyle w:val="Title"/>'), 'Title style').toBe(true);
      expect(has(xml, '<w:pStyle w:val="Heading1"/>'), 'Heading 1 style').toBe(true);
      if (kind !== 'boundary-map') {
        expect(has(xml, /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/), 'header row').toBe(
          true,
        );
      }
      expect(has(xml, '<w:tblW w:type="dxa"'), 'explicit table widths').toBe(true);
      // Word reports a file as damaged when a paragraph names two styles.
      expect(
        has(xml, /<w:pPr>(?:(?!<\/w:pPr>).)*<w:pStyle(?:(?!<\/w:pPr>).)*<w:pStyle/),
        'two styles on one paragraph',
      ).toBe(false);
      const styles = part(get(kind).parts, 'word/styles.xml');
      for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'ListParagraph']) {
        expect(styles).toContain(`w:styleId="${id}"`);
      }
    },
  );

  it.each(DOCUMENT_KINDS)(
    '%s has a header, a "Page X of Y" footer and document properties',
    (kind) => {
      const { parts } = get(kind);
      const header = [...parts].find(
        ([path, xml]) => path.startsWith('word/header') && xml.includes('<w:t'),
      );
      expect(header?.[1]).toContain(book.practice.businessName);
      const footer = [...parts]
        .filter(([path]) => path.startsWith('word/footer'))
        .map(([, x]) => x)
        .join('');
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      const core = part(parts, 'docProps/core.xml');
      expect(core).toContain(`<dc:creator>${book.practice.coachName}</dc:creator>`);
      expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
      expect(core).toMatch(/<dc:subject>[^<]+<\/dc:subject>/);
    },
  );
});

describe('worksheet documents', () => {
  it('the IDP shows the profile, goals, progress, each objective and the sign-off', () => {
    const idp = sheetOf('idp');
    const { text } = get('idp');
    for (const heading of [
      'Individual Development Plan',
      'Profile',
      'Career goals',
      'Progress at a glance',
      'Development objectives',
      'Progress log',
      'Review rhythm',
      'Sign-off',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(squash(idp.profile.name));
    for (const objective of idp.objectives) {
      expect(text).toContain(squash(objective.what.split('\n')[0] ?? ''));
    }
    expect(text).toMatch(/\d+% of the plan is complete/);
    expect(text).toContain('Signature');
  });

  it('the skills inventory shows the summary and every skill', () => {
    const skills = sheetOf('skills');
    const { text } = get('skills');
    expect(text).toContain('Strongest and most enjoyed');
    expect(text).toContain('Gaps for the target role');
    for (const entry of skills.entries) expect(text).toContain(squash(skillLabel(entry.skill)));
  });

  it("the boundary map draws Mary's three zones, costs and power, with the decision", () => {
    const { text, parts } = get('boundary-map');
    for (const zone of [
      'What it costs',
      'I am willing to',
      'Negotiable, on conditions',
      'I will not',
      'Who holds the power',
      'The decision',
    ]) {
      expect(text).toContain(zone);
    }
    expect(text).toMatch(/hotel/i);
    const xml = part(parts, 'word/document.xml');
    for (const fill of ['D8EFD9', 'FFF1C9', 'F8D7D5'])
      expect(has(xml, `w:fill="${fill}"`), fill).toBe(true);
  });

  it('the mentor list shows each area by rank and each person', () => {
    const mentors = sheetOf('mentors');
    const { text } = get('mentors');
    for (const area of mentors.areas) expect(text).toContain(squash(area.name));
    for (const person of mentors.candidates) expect(text).toContain(squash(person.name));
    expect(text).toContain('Areas with nobody yet');
  });
});

describe('the agreement', () => {
  const series = agreementSeries(book.worksheets, mary.id)[0];
  const current: AgreementWorksheet | undefined = series?.current;

  it('is the version in force, with its version, status and parties', () => {
    expect(current).toBeDefined();
    const { text } = get('agreement');
    expect(text).toContain(`Version ${current?.version ?? ''} ·`);
    expect(text).toContain(book.practice.coachName);
    expect(text).toContain(mary.email);
  });

  it('has every clause, numbered, with merge fields filled and none left raw', () => {
    if (!current) throw new Error('no agreement');
    const values = mergeValuesFor({
      agreement: current,
      client: mary,
      practice: book.practice,
      template: book.agreementTemplate,
      dateFormat: book.practice.dateFormat,
    });
    const { clauses } = fillClauses(current.clauses, values);
    const { text } = get('agreement');
    clauses.forEach((clause, i) => {
      expect(text).toContain(squash(`${i + 1}. ${clause.title}`));
    });
    const parties = clauses[0] === undefined ? '' : richTextToPlain(clauses[0].body);
    expect(parties).toContain(mary.name);
    // pdftotext joins a word broken at a hyphen without it, so compare without hyphens.
    const loose = (t: string): string => squash(t).replace(/-/g, '');
    // Typewriter quotes are printed as typographer's quotes.
    expect(loose(text)).toContain(loose(smartQuotes(parties.split('\n')[0] ?? '')));
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('reads as a contract: where it stands under the title, the schedule, then who signed', () => {
    if (current?.status !== 'signed' || current.signedOn === null) throw new Error('not signed');
    const { text } = get('agreement');
    const signedOn = formatDate(current.signedOn, book.practice.dateFormat);
    const inWords = formatDateInWords(current.signedOn, book.practice.dateFormat);
    expect(text).toContain(`Version ${current.version} · Signed on ${inWords}`);
    // No workflow table on the contract.
    expect(text).not.toMatch(/Status\s+Signed/);
    const schedule = text.indexOf('Schedule: What to expect');
    const signatures = text.lastIndexOf('Signatures');
    if (current.factSheet.include) expect(schedule).toBeGreaterThan(-1);
    if (schedule > -1) expect(schedule).toBeLessThan(signatures);
    expect(text.slice(signatures)).toContain(`Signed by ${current.clientSignerName.trim()}`);
    expect(text.slice(signatures)).toContain(signedOn);
  });

  it('ends with signature lines naming both signers', () => {
    const { text } = get('agreement');
    expect(text).toContain('Signatures');
    expect(text.match(/Signature\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Name: ${squash(current?.clientSignerName || mary.name)}`);
    expect(text).toContain(`Name: ${book.practice.coachName}`);
    if (current?.factSheet.include) expect(text).toContain('Schedule: What to expect');
  });
});

describe('the client report', () => {
  it('opens with a cover page without header or page number, then the contents', () => {
    const { pages } = get('client-report');
    expect(pages[0]).toContain('Coaching Report');
    expect(pages[0]).toContain(mary.name);
    expect(pages[0]).not.toMatch(/Page 1 of/);
    expect(pages[1]).toContain('Contents');
  });

  it('lists every chapter in the contents, and every chapter follows', () => {
    const { pages, text, parts } = get('client-report');
    const contents = pages[1] ?? '';
    for (const chapter of [
      'About',
      'Individual Development Plan',
      'Transferable Skills Inventory',
      'Mentor List',
      'Boundary Map',
    ]) {
      expect(contents).toContain(chapter);
      expect(text.split(chapter).length).toBeGreaterThanOrEqual(3); // contents + chapter heading
    }
    const xml = part(parts, 'word/document.xml');
    expect(has(xml, 'TOC \\h \\o &quot;1-2&quot;'), 'contents field').toBe(true);
    expect(has(xml, '<w:titlePg/>'), 'different first page').toBe(true);
  });

  it('leaves the page numbers of the contents for Word to fill in when it opens', () => {
    const { parts } = get('client-report');
    const xml = part(parts, 'word/document.xml');
    // Each entry's page number is a PAGEREF field with nothing guessed in it yet…
    const references = xml.match(/PAGEREF _Toc\d+ \\h<\/w:instrText>/g) ?? [];
    const empty =
      xml.match(
        /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/>/g,
      ) ?? [];
    expect(references.length).toBeGreaterThan(5);
    expect(empty.length).toBe(references.length);
    // …and Word is asked to update the fields on opening.
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('gets each chapter’s page in the contents when LibreOffice updates it', async () => {
    const updated = join(dir, 'client-report-updated.pdf');
    await docxToPdfUpdatingContents(join(dir, 'client-report.docx'), updated);
    const pages = (await pdfText(updated)).split('\f').map(squash);
    const contents = pages[1] ?? '';
    for (const chapter of ['Individual Development Plan', 'Mentor List', 'Boundary Map']) {
      const page = Number(new RegExp(`${chapter}[^.]*\\.{3,} ?(\\d+)`).exec(contents)?.[1]);
      expect(page, `${chapter} has a page number`).toBeGreaterThan(2);
      expect(pages[page - 1], `${chapter} starts on page ${page}`).toContain(chapter);
    }
  });
});

describe('the practice summary', () => {
  it('shows clients by status and source, agreements by state and what is due', () => {
    const { text } = get('practice-summary');
    for (const heading of [
      'Clients by status',
      'Clients by referral source',
      'Agreements by state',
      'What is due',
    ]) {
      expect(text).toContain(heading);
    }
    for (const client of book.clients.filter((c) => c.archivedAt === null)) {
      expect(text).toContain(client.name);
    }
  });
});

describe('page size', () => {
  it('follows the practice setting: A4 or Letter', async () => {
    const letter = structuredClone(book);
    letter.practice.paperSize = 'Letter';
    const doc = await exportAndRead(letter, 'idp', 'idp-letter');
    expect(has(part(doc.parts, 'word/document.xml'), '<w:pgSz w:w="12240" w:h="15840"')).toBe(true);
    expect(await pdfPageSize(doc.pdf)).toEqual({ width: 612, height: 792 });
    expect(
      has(part(get('idp').parts, 'word/document.xml'), '<w:pgSz w:w="11906" w:h="16838"'),
    ).toBe(true);
    const a4 = await pdfPageSize(get('idp').pdf);
    expect(Math.round(a4.width)).toBe(595);
    expect(Math.round(a4.height)).toBe(842);
  });
});
