/**
 * The pictures in exported documents, as a coach gets them: an IDP, a skills inventory and a
 * boundary map exported in the export worker (a real worker thread loading resvg's native
 * module) and by the bundled CLI, each with a PNG and its alt text before the tables, well-formed,
 * and opened by LibreOffice with the picture on the page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/export';
import { createExportPool } from '../../src/main/export/worker/exportPool';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { emptyWorksheet } from '../../src/shared/kinds';
import type { DocumentKind, Workbook } from '../../src/shared/schema';
import { CLI_BUNDLE } from './support/bundles';
import { xmlProblems } from './support/docxParts';
import { docxToPdf, pdfText } from './support/libreoffice';
import { writeWorkbookFolder } from './support/workbooks';

const run = promisify(execFile);
const TODAY = '2026-11-23';
const book = generateSampleWorkbook({ clients: 2, seed: 'export-pictures', today: TODAY });
const mary = book.clients[0];
if (!mary) throw new Error('The sample has no clients');

/** Each document with a picture: what its alt text says, and text of the table that follows. */
const PICTURED: readonly { kind: DocumentKind; alt: RegExp; tableAfter: string }[] = [
  { kind: 'idp', alt: /^Bar chart of progress on each objective/, tableAfter: 'Objectives done' },
  {
    kind: 'skills',
    alt: /^Chart of \d+ skills by proficiency \(across\) and enjoyment \(up\)/,
    tableAfter: 'Strongest and most enjoyed',
  },
  {
    kind: 'boundary-map',
    alt: /^Three rings of boundaries/,
    tableAfter: 'Where my boundaries are',
  },
];

interface Opened {
  xml: string;
  pngs: Uint8Array[];
}

function open(bytes: Uint8Array): Opened {
  const files = unzipSync(bytes);
  const document = files['word/document.xml'];
  if (!document) throw new Error('no word/document.xml');
  return {
    xml: strFromU8(document),
    pngs: Object.entries(files)
      .filter(([name]) => name.startsWith('word/media/'))
      .map(([, data]) => data),
  };
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

let dir = '';
const exported = new Map<DocumentKind, { file: string; opened: Opened }>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-pictures-'));
  const pool = createExportPool();
  try {
    for (const { kind } of PICTURED) {
      const built = await pool.build({
        workbook: book,
        request: { document: kind, clientId: mary.id },
        today: TODAY,
      });
      if (!built.ok) throw new Error(built.error.message);
      const bytes = await built.value.bytes;
      if (!bytes.ok) throw new Error(bytes.error.message);
      const file = join(dir, `${kind}.docx`);
      await writeFile(file, bytes.value);
      exported.set(kind, { file, opened: open(bytes.value) });
    }
  } finally {
    await pool.close();
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function get(kind: DocumentKind): { file: string; opened: Opened } {
  const found = exported.get(kind);
  if (!found) throw new Error(`${kind} was not exported`);
  return found;
}

describe.each(PICTURED)('the exported $kind', ({ kind, alt, tableAfter }) => {
  it('holds one PNG at print resolution, with alt text, before the table', () => {
    const { xml, pngs } = get(kind).opened;
    expect(pngs).toHaveLength(1);
    const png = pngs[0] ?? new Uint8Array();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // As wide as an A4 page's text (6.5 in) at 300 pixels an inch.
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBeGreaterThan(1900);
    const docPr = /<wp:docPr id="\d+" name="([^"]+)" descr="([^"]+)"/.exec(xml);
    expect(docPr?.[1]).toBeTruthy();
    expect(decode(docPr?.[2] ?? '')).toMatch(alt);
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf(`>${tableAfter}<`));
    expect(xmlProblems(xml)).toEqual([]);
  });

  it('opens in LibreOffice with the picture on the page and the table still there', async () => {
    const pdf = await docxToPdf(get(kind).file, dir);
    const { stdout } = await run('pdfimages', ['-list', pdf]);
    const images = stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(images.length).toBeGreaterThanOrEqual(1);
    expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain(tableAfter);
  }, 120_000);
});

describe('documents with nothing to draw', () => {
  it('have no picture: an IDP without objectives, an empty inventory, an empty map', async () => {
    const stamp = (id: string) => ({ id, now: `${TODAY}T09:00:00.000Z` });
    const empties = (['idp', 'skills', 'boundaryMap'] as const).map((kind) =>
      emptyWorksheet(kind, mary.id, stamp(`empty-${kind}`)),
    );
    const workbook: Workbook = { ...book, worksheets: empties };
    for (const document of ['idp', 'skills', 'boundary-map'] as const) {
      const built = buildDocument(workbook, { document, clientId: mary.id }, { today: TODAY });
      if (!built.ok) throw new Error(built.error.message);
      const { xml, pngs } = open(new Uint8Array(await Packer.toBuffer(built.value.doc)));
      expect(pngs, document).toEqual([]);
      expect(xml).not.toContain('<w:drawing>');
    }
  });
});

describe('the bundled CLI', () => {
  it('draws the pictures too (resvg found from out/node)', async () => {
    const folder = join(dir, 'workbook');
    await writeWorkbookFolder(folder, book);
    const out = join(dir, 'cli-map.docx');
    await run(process.execPath, [
      CLI_BUNDLE,
      'export',
      '--workbook',
      folder,
      '--document',
      'boundary-map',
      '--client',
      mary.id,
      '--out',
      out,
      '--today',
      TODAY,
    ]);
    const { xml, pngs } = open(new Uint8Array(await readFile(out)));
    expect(pngs).toHaveLength(1);
    expect(xml).toContain('descr="Three rings of boundaries');
  }, 60_000);
});
