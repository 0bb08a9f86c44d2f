import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import {
  CERTIFICATE_CHECK,
  CERTIFICATE_INTRO,
  CERTIFICATE_TITLE,
  certificateFacts,
  FINGERPRINT_LABEL,
  fingerprintInGroups,
  signerRoleWords,
} from '../../shared/domain/signatureWords';
import { fail, ok, type Result } from '../../shared/result';
import type { AgreementSignature } from '../../shared/schema';
import type { DateFormat } from '../../shared/schema/practice';
import { fitInto, imageSize } from '../export/image';
import { cleanText } from '../export/text';

const MAIN_PART = 'word/document.xml';
const MAIN_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const IMAGE_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const NS = {
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
/** English Metric Units per pixel at Word's 96 pixels to the inch. */
const EMU_PER_PX = 9525;
/** A signature about 5 cm wide and at most about 2.5 cm tall, as on the clause agreement. */
const SIGNATURE_BOX_PX = { width: 189, height: 95 };

/** Text as XML character data: escaped, without the control characters XML cannot hold. */
function xmlText(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface RunLook {
  bold?: boolean;
  /** In half-points. */
  size?: number;
  color?: string;
  font?: string;
}

function run(text: string, look: RunLook = {}): string {
  const props = [
    look.font
      ? `<w:rFonts w:ascii="${look.font}" w:hAnsi="${look.font}" w:cs="${look.font}"/>`
      : '',
    look.bold ? '<w:b/>' : '',
    look.color ? `<w:color w:val="${look.color}"/>` : '',
    look.size ? `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** A paragraph in the document's own default style, spaced and kept as asked. */
function paragraph(
  runs: string,
  options: { after?: number; newPage?: boolean; keepNext?: boolean } = {},
): string {
  const props = [
    // In the order WordprocessingML requires: Word refuses a file whose properties are not.
    options.keepNext ? '<w:keepNext/>' : '',
    options.newPage ? '<w:pageBreakBefore/>' : '',
    `<w:spacing w:before="0" w:after="${options.after ?? 120}"/>`,
    '<w:jc w:val="left"/>',
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>`;
}

/** A signature picture as an inline drawing; its namespaces declared where they are used. */
function drawing(
  relId: string,
  drawingId: number,
  size: { width: number; height: number },
  who: string,
): string {
  const cx = size.width * EMU_PER_PX;
  const cy = size.height * EMU_PER_PX;
  const name = `Signature ${drawingId}`;
  return (
    `<w:r><w:drawing><wp:inline xmlns:wp="${NS.wp}" distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${drawingId}" name="${name}" descr="${xmlText(`Signature of ${who}`)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}"><pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${drawingId}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** A name not yet taken, made from `base` and a counter. */
function freeName(base: (n: number) => string, taken: (name: string) => boolean): string {
  let n = 1;
  while (taken(base(n))) n += 1;
  return base(n);
}

/** The pictures to add: the part, its relationship, and the drawing that shows it. */
interface Picture {
  part: string;
  relId: string;
  bytes: Unzipped[string];
  drawingXml: string;
}

function picturesOf(
  files: Unzipped,
  rels: string,
  signatures: readonly AgreementSignature[],
): (Picture | null)[] {
  const docPrIds = Object.keys(files)
    .filter((name) => /^word\/[^/]+\.xml$/.test(name))
    .flatMap((name) => [
      ...strFromU8(files[name] ?? new Uint8Array()).matchAll(/docPr id="(\d+)"/g),
    ])
    .map((m) => Number(m[1]));
  let nextDrawingId = Math.max(0, ...docPrIds) + 1;
  const usedParts = new Set(Object.keys(files));
  const usedRels = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  return signatures.map((s) => {
    const bytes = Uint8Array.from(Buffer.from(s.imagePngBase64, 'base64'));
    const size = imageSize(bytes, 'png');
    // A picture we cannot read is left out; the certificate's words still say who signed.
    if (size === null) return null;
    const part = freeName(
      (n) => `word/media/signature-${s.role}-${n}.png`,
      (p) => usedParts.has(p),
    );
    const relId = freeName(
      (n) => `rIdSignature${n}`,
      (id) => usedRels.has(id),
    );
    usedParts.add(part);
    usedRels.add(relId);
    const fitted = fitInto(size, SIGNATURE_BOX_PX.width, SIGNATURE_BOX_PX.height);
    return { part, relId, bytes, drawingXml: drawing(relId, nextDrawingId++, fitted, s.name) };
  });
}

function certificateXml(
  signatures: readonly AgreementSignature[],
  pictures: readonly (Picture | null)[],
  format: DateFormat,
): string {
  const note = (text: string) =>
    paragraph(run(text, { size: 18, color: '555555' }), { after: 160 });
  const blocks = signatures.map((s, i) => {
    const picture = pictures[i];
    return [
      paragraph(run(`${signerRoleWords(s.role)}: ${s.name}`, { bold: true, size: 24 }), {
        after: 80,
        keepNext: true,
      }),
      picture ? paragraph(picture.drawingXml, { after: 80, keepNext: true }) : '',
      ...certificateFacts(s, format).map(([label, value]) =>
        paragraph(run(`${label}: `, { bold: true }) + run(value), { after: 40, keepNext: true }),
      ),
      paragraph(run(`${FINGERPRINT_LABEL}:`, { bold: true }), { after: 40, keepNext: true }),
      paragraph(run(fingerprintInGroups(s.textSha256), { font: 'Courier New', size: 20 }), {
        after: 280,
      }),
    ].join('');
  });
  return [
    paragraph(run(CERTIFICATE_TITLE, { bold: true, size: 32 }), {
      newPage: true,
      keepNext: true,
      after: 200,
    }),
    note(CERTIFICATE_INTRO),
    ...blocks,
    note(CERTIFICATE_CHECK),
  ].join('');
}

/**
 * Where the certificate goes: before the body's own section properties, else at its end. Those
 * are the first `<w:sectPr>` after the body's last paragraph, table or content control (a
 * tracked change of page setup nests a `<w:sectPrChange>` with a `<w:sectPr>` inside them, so
 * the last `<w:sectPr` in the file is not always theirs).
 */
function insertionPoint(xml: string): number | null {
  const bodyEnd = xml.lastIndexOf('</w:body>');
  if (bodyEnd < 0) return null;
  const last = Math.max(
    ...['</w:p>', '</w:tbl>', '</w:sdt>'].map((end) => {
      const at = xml.lastIndexOf(end, bodyEnd);
      return at < 0 ? -1 : at + end.length;
    }),
  );
  const sectPr = /<w:sectPr[\s>/]/g;
  sectPr.lastIndex = Math.max(0, last);
  const found = sectPr.exec(xml);
  return found !== null && found.index < bodyEnd ? found.index : bodyEnd;
}

/**
 * A signed Word agreement with its signature certificate added as a last page: who signed, as
 * whom, when, how, their signature, and the fingerprint of the text signed. Everything of the
 * coach's document stays as it was; the certificate is written in its default paragraph style,
 * and each signature picture is a new media part with its own relationship (and png's content
 * type, when the document had no picture of that kind).
 */
export function withSignatureCertificate(
  docx: Uint8Array,
  signatures: readonly AgreementSignature[],
  format: DateFormat,
): Result<Uint8Array> {
  if (signatures.length === 0) return ok(docx);
  const cannot = (why: string) =>
    fail<Uint8Array>(
      'invalid',
      `The signature certificate could not be added to the Word document: ${why}`,
    );
  let files: Unzipped;
  try {
    files = unzipSync(docx);
  } catch {
    return cannot('it could not be opened.');
  }
  const main = files[MAIN_PART];
  const types = files[CONTENT_TYPES];
  if (main === undefined || types === undefined) return cannot('its main text is missing.');
  const xml = strFromU8(main);
  const at = insertionPoint(xml);
  if (at === null) return cannot('its main text has no body.');
  const rels =
    files[MAIN_RELS] === undefined
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
      : strFromU8(files[MAIN_RELS]);
  const relsEnd = rels.lastIndexOf('</Relationships>');
  if (relsEnd < 0) return cannot('its list of parts is damaged.');

  const pictures = picturesOf(files, rels, signatures);
  const added = pictures.filter((p): p is Picture => p !== null);
  const newRels = added
    .map(
      (p) =>
        `<Relationship Id="${p.relId}" Type="${IMAGE_RELATIONSHIP}" Target="${p.part.slice('word/'.length)}"/>`,
    )
    .join('');
  let typesXml = strFromU8(types);
  if (added.length > 0 && !/<Default\s+Extension="png"/i.test(typesXml)) {
    const open = /<Types\b[^>]*>/.exec(typesXml);
    if (open === null) return cannot('its list of content types is damaged.');
    const end = open.index + open[0].length;
    typesXml = `${typesXml.slice(0, end)}<Default Extension="png" ContentType="image/png"/>${typesXml.slice(end)}`;
  }
  const out: Unzipped = { ...files };
  out[CONTENT_TYPES] = strToU8(typesXml);
  out[MAIN_PART] = strToU8(
    xml.slice(0, at) + certificateXml(signatures, pictures, format) + xml.slice(at),
  );
  out[MAIN_RELS] = strToU8(rels.slice(0, relsEnd) + newRels + rels.slice(relsEnd));
  for (const p of added) out[p.part] = p.bytes;
  return ok(zipSync(out, { level: 6 }));
}
