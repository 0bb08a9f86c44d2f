import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { buildDocument, writeDocx } from '../../src/main/export';
import { openWorkbookStore } from '../../src/main/store';
import { agreementText } from '../../src/shared/domain/agreementText';
import { EMPTY_CLIENT_DRAFT } from '../../src/shared/domain/emptyRecords';
import { MAX_SIGNATURE_BASE64_LENGTH, type Client } from '../../src/shared/schema';
import { signaturePngBase64 } from '../helpers/signaturePng';
import { openHarness, refusal, value, type ApiHarness } from '../unit/apiHarness';
import { wordText } from './support/docxParts';
import { shownFingerprint } from './support/shownText';
import { docxToPdf, pdfText } from './support/libreoffice';

let h: ApiHarness;
let alex: Client;
beforeEach(async () => {
  h = await openHarness();
  alex = value(
    await h.api.call('clients:create', {
      client: { ...EMPTY_CLIENT_DRAFT, name: 'Alex Chen', organization: 'Northwind' },
    }),
  );
  const practice = value(await h.api.call('practice:get', {}));
  value(await h.api.call('practice:update', { profile: { ...practice, coachName: 'Sam Rivera' } }));
});
afterEach(() => h.dispose());

const DRAWN = signaturePngBase64(600, 200);
const TYPED = signaturePngBase64(500, 160);

function signatures(client = DRAWN, coach = TYPED) {
  return [
    { role: 'client', name: ' Alex Chen ', method: 'drawn', imagePngBase64: client },
    { role: 'coach', name: 'Sam Rivera', method: 'typed', imagePngBase64: coach },
  ] as const;
}

async function sentAgreement() {
  const draft = value(await h.api.call('agreements:create', { clientId: alex.id }));
  value(await h.api.call('agreements:markSent', { id: draft.id, sentOn: '2026-03-01' }));
  return draft;
}

const clientFile = (id: string) => join(h.store.filePath, 'clients', `${id}.json`);

describe('signing in the room', () => {
  it('keeps both signatures with the fingerprint of the exact text signed, and locks the agreement', async () => {
    const { id } = await sentAgreement();
    const signed = value(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures()],
        textSha256: await shownFingerprint(h, id),
      }),
    );
    expect(signed.status).toBe('signed');
    expect(signed.signedOn).toBe('2026-03-02');
    expect(signed.clientSignerName).toBe('Alex Chen');
    expect(signed.coachSignerName).toBe('Sam Rivera');
    const book = value(await h.api.call('workbook:get', {}));
    const text = agreementText(signed, alex, book.practice, book.agreementTemplate);
    expect(text).toContain('Alex Chen');
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(signed.signatures?.map((s) => [s.role, s.name, s.method, s.textSha256])).toEqual([
      ['client', 'Alex Chen', 'drawn', sha],
      ['coach', 'Sam Rivera', 'typed', sha],
    ]);
    expect(signed.signatures?.[0]?.imagePngBase64).toBe(DRAWN);
    // Kept on disk, and locked as any signed agreement.
    expect(await readFile(clientFile(alex.id), 'utf8')).toContain(sha);
    refusal(
      await h.api.call('worksheets:save', { worksheet: { ...signed, title: 'Changed' } }),
      'conflict',
    );
    refusal(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures()],
        textSha256: await shownFingerprint(h, id),
      }),
      'conflict',
    );
  });

  it('signs only the text the signing view showed: another fingerprint signs nothing', async () => {
    const { id } = await sentAgreement();
    const before = await h.filesOnDisk();
    const shown = await shownFingerprint(h, id);
    const other = shown.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const refused = refusal(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures()],
        textSha256: other,
      }),
      'conflict',
    );
    expect(refused.message).toMatch(/changed while it was being signed, so nothing was signed/);
    expect(await h.filesOnDisk()).toEqual(before);
  });

  it('refuses a draft, a picture that is not a PNG and one too large, changing nothing', async () => {
    const draft = value(await h.api.call('agreements:create', { clientId: alex.id }));
    const before = await h.filesOnDisk();
    const fromDraft = refusal(
      await h.api.call('agreements:signInRoom', {
        id: draft.id,
        signatures: [...signatures()],
        textSha256: await shownFingerprint(h, draft.id),
      }),
      'conflict',
    );
    expect(fromDraft.message).toMatch(/Send this agreement before it is signed/);

    value(await h.api.call('agreements:markSent', { id: draft.id, sentOn: '2026-03-01' }));
    const sent = await h.filesOnDisk();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64');
    const notPng = refusal(
      await h.api.call('agreements:signInRoom', {
        id: draft.id,
        textSha256: await shownFingerprint(h, draft.id),
        signatures: [...signatures(DRAWN, gif)],
      }),
      'invalid',
    );
    expect(notPng.message).toBe(
      "The coach's signature is not a picture we can keep. Please sign again.",
    );
    // A PNG cut short in transit.
    refusal(
      await h.api.call('agreements:signInRoom', {
        id: draft.id,
        textSha256: await shownFingerprint(h, draft.id),
        signatures: [...signatures(DRAWN.slice(0, 400))],
      }),
      'invalid',
    );
    const huge = refusal(
      await h.api.call('agreements:signInRoom', {
        id: draft.id,
        textSha256: await shownFingerprint(h, draft.id),
        signatures: [...signatures(signaturePngBase64(5000, 100))],
      }),
      'invalid',
    );
    expect(huge.message).toMatch(/5000 × 100 pixels/);
    const tooLong = refusal(
      await h.api.call('agreements:signInRoom', {
        id: draft.id,
        textSha256: await shownFingerprint(h, draft.id),
        signatures: [...signatures('A'.repeat(MAX_SIGNATURE_BASE64_LENGTH + 4))],
      }),
      'invalid',
    );
    expect(tooLong.message).toMatch(/too large/);
    expect(await h.filesOnDisk()).toEqual(sent);
    expect(sent).not.toEqual(before);
  });

  it('verifies the text, and says so once another program has changed it', async () => {
    const { id } = await sentAgreement();
    value(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures()],
        textSha256: await shownFingerprint(h, id),
      }),
    );
    const { checks } = value(await h.api.call('agreements:verifySignatures', { id }));
    expect(checks.map((c) => [c.name, c.matches])).toEqual([
      ['Alex Chen', true],
      ['Sam Rivera', true],
    ]);

    // Another program (a sync client, an editor) changes one word of a clause in the file.
    const path = clientFile(alex.id);
    const stored = await readFile(path, 'utf8');
    const altered = stored.replace(/("text":\s*")([A-Za-z])/, '$1Not $2');
    expect(altered).not.toBe(stored);
    await writeFile(`${path}.elsewhere`, altered);
    await rename(`${path}.elsewhere`, path);
    const live = value(await h.api.call('agreements:verifySignatures', { id }));
    expect(live.checks.map((c) => c.matches)).toEqual([false, false]);

    // And the next time the app opens the workbook.
    await h.store.close();
    const store = await openWorkbookStore(h.store.filePath);
    try {
      const api = createApi({ store, newId: () => 'x', now: () => new Date() });
      const after = value(await api.call('agreements:verifySignatures', { id }));
      expect(after.checks.map((c) => c.matches)).toEqual([false, false]);
      expect(after.checks[0]?.currentSha256).not.toBe(after.checks[0]?.signedSha256);
    } finally {
      await store.close();
    }
  });

  it('has nothing to verify on an agreement signed on paper', async () => {
    const { id } = await sentAgreement();
    value(
      await h.api.call('agreements:markSigned', {
        id,
        signedOn: '2026-03-02',
        clientSignerName: 'Alex Chen',
        coachSignerName: 'Sam Rivera',
      }),
    );
    const paper = refusal(await h.api.call('agreements:verifySignatures', { id }), 'conflict');
    expect(paper.message).toMatch(/not signed in the app/);
  });

  it('exports the signatures on their lines and a certificate page LibreOffice opens', async () => {
    const { id } = await sentAgreement();
    const signed = value(
      await h.api.call('agreements:signInRoom', {
        id,
        signatures: [...signatures()],
        textSha256: await shownFingerprint(h, id),
      }),
    );
    const book = value(await h.api.call('workbook:get', {}));
    const built = value(
      buildDocument(book, { document: 'agreement', worksheetId: id }, { today: '2026-03-02' }),
    );
    const path = join(h.dir, 'signed.docx');
    value(await writeDocx(built.doc, path));
    const files = unzipSync(new Uint8Array(await readFile(path)));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    expect(wordText(strFromU8(files['word/document.xml'] ?? new Uint8Array()))).toContain(
      'Signature certificate',
    );
    const pdf = await docxToPdf(path, join(h.dir, 'pdf'));
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Signed by Alex Chen');
    expect(text).toContain('Signed by Sam Rivera');
    expect(text).toContain('Signature certificate');
    expect(text).toContain('Drawn by hand on this computer');
    const sha = signed.signatures?.[0]?.textSha256 ?? '';
    expect(text).toContain(`${sha.slice(0, 8)} ${sha.slice(8, 16)}`);
    expect(text).toMatch(/choose Verify/);
    await rm(join(h.dir, 'pdf'), { recursive: true, force: true });
  });
});
