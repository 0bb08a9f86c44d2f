import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { shownFingerprint } from './support/shownText';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { templateFilePath } from '../../src/main/store/templateFiles';
import { wordAgreementText } from '../../src/main/wordTemplate/wordAgreement';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import { signaturePngBase64 } from '../helpers/signaturePng';
import { tempDirs } from '../helpers/tempDir';
import { openHarness, refusal, value, type ApiHarness } from '../unit/apiHarness';
import { docxParts, part } from './support/docxParts';
import { docxToPdf, pdfText } from './support/libreoffice';

const FIXTURE = new URL('../fixtures/word-template/coaching-agreement.docx', import.meta.url);

const dirs = tempDirs();
const harnesses: ApiHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.dispose()));
  await dirs.cleanup();
});

const signatures = [
  {
    role: 'client',
    name: 'Priya Raman',
    method: 'drawn',
    imagePngBase64: signaturePngBase64(600, 200),
  },
  {
    role: 'coach',
    name: 'Dana Whitfield',
    method: 'typed',
    imagePngBase64: signaturePngBase64(500, 160),
  },
] as const;

/** Dana's practice using her own Word agreement, and a sent agreement for Priya made from it. */
async function sentWordAgreement() {
  const h = await openHarness({ exports: true });
  harnesses.push(h);
  const practice = value(await h.api.call('practice:get', {}));
  value(
    await h.api.call('practice:update', {
      profile: { ...practice, coachName: 'Dana Whitfield', dateFormat: 'D MMMM YYYY' },
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
        },
      },
    }),
  );
  const imported = value(
    await h.api.call('wordTemplate:import', {
      fileName: 'agreement.docx',
      dataBase64: Buffer.from(await readFile(FIXTURE)).toString('base64'),
    }),
  );
  const client = value(
    await h.api.call('clients:create', {
      client: { ...EMPTY_CLIENT_DRAFT, name: 'Priya Raman', startDate: '2026-04-07' },
    }),
  );
  const draft = value(await h.api.call('agreements:create', { clientId: client.id }));
  value(await h.api.call('agreements:markSent', { id: draft.id, sentOn: '2026-03-01' }));
  const kept = templateFilePath(h.store.filePath, imported.document.sha256);
  return { h, id: draft.id, clientId: client.id, kept };
}

async function exported(h: ApiHarness, clientId: string, worksheetId: string) {
  const saved = value(
    await h.api.call('exports:save', { document: 'agreement', clientId, worksheetId }),
  );
  if (saved.status !== 'saved') throw new Error('not saved');
  return saved.record.path;
}

describe('signing an agreement made from the coach’s Word document', () => {
  it('fingerprints the filled document’s text, verifies it, and exports a certificate page', async () => {
    const { h, id, clientId } = await sentWordAgreement();
    // A sent Word agreement exports as the coach's document filled in, with nothing added.
    const unsigned = docxParts(new Uint8Array(await readFile(await exported(h, clientId, id))));
    expect(part(unsigned, 'word/document.xml')).not.toContain('Signature certificate');

    const signed = value(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures],
        textSha256: await shownFingerprint(h, id),
      }),
    );
    expect(signed.status).toBe('signed');
    const book = value(await h.api.call('workbook:get', {}));
    const text = await wordAgreementText(h.store.filePath, book, signed);
    if (!text.ok) throw new Error(text.error.message);
    expect(text.value).toContain('This agreement is between Priya Raman of');
    const sha = createHash('sha256').update(text.value, 'utf8').digest('hex');
    expect(signed.signatures?.map((s) => s.textSha256)).toEqual([sha, sha]);
    const { checks } = value(await h.api.call('agreements:verifySignatures', { id }));
    expect(checks.map((c) => c.matches)).toEqual([true, true]);

    const path = await exported(h, clientId, id);
    const files = unzipSync(new Uint8Array(await readFile(path)));
    const parts = docxParts(new Uint8Array(await readFile(path)));
    // The coach's layout is kept: their styles, header and logo; the signatures are new parts.
    expect(part(parts, 'word/styles.xml')).toContain('w:name w:val="Agreement Heading"');
    expect(part(parts, 'word/document.xml')).toContain('w:pStyle w:val="AgreementHeading"');
    expect(files['word/media/image1.png']?.byteLength).toBeGreaterThan(1000);
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/signature-'))).toHaveLength(2);
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain(
      'Target="media/signature-client-1.png"',
    );
    // The certificate comes after the text, before the body's own section properties.
    const document = part(parts, 'word/document.xml');
    expect(document.indexOf('Signature certificate')).toBeLessThan(
      document.lastIndexOf('<w:sectPr'),
    );

    const out = await dirs.make();
    const printed = (await pdfText(await docxToPdf(path, out))).replace(/\s+/g, ' ');
    expect(printed).toContain('This agreement is between Priya Raman of');
    expect(printed).toContain('The fee is £1,800 for the programme.');
    expect(printed).toContain('Signature certificate');
    expect(printed).toContain('Signed by: Priya Raman');
    expect(printed).toContain('Signed by: Dana Whitfield');
    expect(printed).toContain('How: Drawn by hand on this computer');
    expect(printed).toContain(`${sha.slice(0, 8)} ${sha.slice(8, 16)}`);
    expect(printed).not.toMatch(/[{}]/);
  }, 90_000);

  it('says the Word document changed or went missing, never that the text matches', async () => {
    const { h, id, kept } = await sentWordAgreement();
    value(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures],
        textSha256: await shownFingerprint(h, id),
      }),
    );

    // Someone opens the kept document in Word and changes a word of it.
    const files = unzipSync(new Uint8Array(await readFile(kept)));
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    files['word/document.xml'] = Buffer.from(body.replace('Coaching Agreement', 'Coaching Deal'));
    await writeFile(kept, zipSync(files));
    const changed = refusal(await h.api.call('agreements:verifySignatures', { id }), 'conflict');
    expect(changed.message).toMatch(
      /^The signed text cannot be checked: the Word document “agreement\.docx” in the workbook folder is not the one this agreement was made from/,
    );

    await rm(kept);
    const missing = refusal(await h.api.call('agreements:verifySignatures', { id }), 'notFound');
    expect(missing.message).toMatch(
      /^The signed text cannot be checked: the Word document “agreement\.docx” is not in the workbook folder/,
    );
  });

  it('refuses to sign while the Word document is missing, changing nothing', async () => {
    const { h, id, kept } = await sentWordAgreement();
    await rm(kept);
    const before = await h.filesOnDisk();
    const refused = refusal(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures],
        textSha256: await shownFingerprint(h, id),
      }),
      'notFound',
    );
    expect(refused.message).toMatch(/^This agreement cannot be signed now: the Word document/);
    expect(await h.filesOnDisk()).toEqual(before);
  });

  it('signs once when two signings of the same agreement arrive together', async () => {
    const { h, id } = await sentWordAgreement();
    const both = await Promise.all([
      h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures],
        textSha256: await shownFingerprint(h, id),
      }),
      h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures],
        textSha256: await shownFingerprint(h, id),
      }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.flatMap((r) => (r.ok ? [] : [r.error.code]))).toEqual(['conflict']);
  });
});
