import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withSignatureCertificate } from '../../src/main/wordTemplate/wordCertificate';
import type { AgreementSignature } from '../../src/shared/schema';
import { signaturePngBase64 } from '../helpers/signaturePng';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const SECTION = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

function docx(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const signature = (role: 'client' | 'coach', name: string): AgreementSignature => ({
  role,
  name,
  method: 'drawn',
  imagePngBase64: signaturePngBase64(600, 200),
  signedAt: '2026-03-02T09:00:00.000Z',
  textSha256: 'ab'.repeat(32),
});

function certified(parts: Record<string, string>, signatures: AgreementSignature[]) {
  const result = withSignatureCertificate(docx(parts), signatures, 'D MMMM YYYY');
  if (!result.ok) throw new Error(result.error.message);
  const files = unzipSync(result.value);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { files, text };
}

describe('withSignatureCertificate', () => {
  it('adds the page before the body’s section properties, with pictures, relationships and the png type', () => {
    const { files, text } = certified(
      {
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        'word/document.xml': `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Terms &amp; fees</w:t></w:r></w:p>${SECTION}</w:body></w:document>`,
      },
      [signature('client', 'Priya <Raman>'), signature('coach', 'Dana Whitfield')],
    );
    const document = text('word/document.xml');
    expect(document).toMatch(/Terms &amp; fees<\/w:t><\/w:r><\/w:p><w:p>.*Signature certificate/);
    expect(document.endsWith(`${SECTION}</w:body></w:document>`)).toBe(true);
    expect(document).toContain('Priya &lt;Raman&gt;');
    expect(document).toContain('<w:keepNext/><w:pageBreakBefore/>');
    expect(document).toContain('abababab abababab');
    expect(text('[Content_Types].xml')).toContain(
      '<Default Extension="png" ContentType="image/png"/>',
    );
    expect(text('word/_rels/document.xml.rels').match(/relationships\/image/g)).toHaveLength(2);
    expect(files['word/media/signature-client-1.png']?.byteLength).toBeGreaterThan(100);
    expect(files['word/media/signature-coach-1.png']?.byteLength).toBeGreaterThan(100);
    // Each picture is a drawing with its own id, pointing at its own relationship.
    expect([...document.matchAll(/wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect(document).toContain('r:embed="rIdSignature1"');
    expect(document).toContain('r:embed="rIdSignature2"');
  });

  it('goes before the body’s own section properties when page setup was changed with tracked changes', () => {
    const tracked =
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
      '<w:sectPrChange w:id="1" w:author="Coach"><w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:sectPrChange>' +
      '</w:sectPr>';
    const { text } = certified(
      {
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        'word/document.xml': `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Terms</w:t></w:r></w:p>${tracked}</w:body></w:document>`,
      },
      [signature('client', 'Priya Raman'), signature('coach', 'Dana Whitfield')],
    );
    const document = text('word/document.xml');
    // The section properties, their tracked change and all, stay whole at the end of the body.
    expect(document.endsWith(`${tracked}</w:body></w:document>`)).toBe(true);
    expect(document.indexOf('Signature certificate')).toBeLessThan(document.indexOf(tracked));
  });

  it('keeps the names the document already uses, and adds nothing when nobody signed here', () => {
    const parts = {
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/></Types>',
      'word/document.xml': `<w:document xmlns:w="${W}"><w:body><w:p><wp:docPr id="7"/></w:p>${SECTION}</w:body></w:document>`,
      'word/_rels/document.xml.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdSignature1" Type="x" Target="y"/></Relationships>',
      'word/media/signature-client-1.png': 'old',
    };
    const { files, text } = certified(parts, [signature('client', 'Priya Raman')]);
    expect(strFromU8(files['word/media/signature-client-1.png'] ?? new Uint8Array())).toBe('old');
    expect(files['word/media/signature-client-2.png']).toBeDefined();
    expect(text('word/_rels/document.xml.rels')).toContain(
      '<Relationship Id="rIdSignature2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/signature-client-2.png"/>',
    );
    expect(text('word/document.xml')).toContain('wp:docPr id="8"');
    expect(text('[Content_Types].xml').match(/Extension="png"/g)).toHaveLength(1);

    const unsigned = docx(parts);
    const untouched = withSignatureCertificate(unsigned, [], 'D MMMM YYYY');
    expect(untouched.ok && untouched.value).toBe(unsigned);
  });

  it('refuses, with a message, a file that is not a Word document', () => {
    const result = withSignatureCertificate(
      strToU8('not a zip'),
      [signature('client', 'P')],
      'D MMMM YYYY',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(/^The signature certificate could not be added/);
  });
});
