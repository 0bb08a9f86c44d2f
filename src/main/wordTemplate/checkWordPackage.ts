import { Unzip, UnzipInflate, strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { fail, ok, type Result } from '../../shared/result';
import { MAX_WORD_TEMPLATE_BYTES } from '../../shared/schema';

/** What the coach reads when a document carries macros: they are never kept. */
export const MACROS_MESSAGE =
  'This document contains macros. Save it as a Word Document (.docx) without macros and try again.';

/**
 * A .docx is a ZIP; a real agreement unpacks to a few megabytes, pictures and all. Main reads
 * and fills the document whole, so a file that unpacks to far more (a "ZIP bomb") is refused.
 */
export const MAX_UNPACKED_BYTES = 30 * 1024 * 1024;
/** Parts in one package: Word writes a few dozen. */
const MAX_PARTS = 5_000;

/**
 * Whether the package really unpacks to at most `limit` bytes, counted while inflating, in
 * pieces that are dropped at once: the sizes a ZIP declares can lie, and docx (which fills the
 * document later) trusts them. Stops at the first byte over. Throws on a damaged package.
 */
function unpacksWithin(bytes: Uint8Array, limit: number): boolean {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  return !over;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Older Word files (.doc) and password-protected .docx files are OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MAIN_DOCUMENT =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MAIN_TEMPLATE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
/** Content types and parts that carry macros or ActiveX controls (code that runs in Word). */
const MACRO_CONTENT = /macroEnabled|vbaProject|vbaData|activeX/i;
const MACRO_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)activeX\//i;
/** Other files embedded whole (OLE objects, spreadsheets, packages): Word may open or run them. */
const EMBEDDED_PART = /(^|\/)embeddings\//i;
const EMBEDDED_RELATIONSHIP = /\/(oleObject|package|subDocument)$/i;

/** What the coach reads when a document reaches for files outside itself. */
export const EXTERNAL_MESSAGE =
  'This document uses files outside it (a Word template, pictures or other documents linked from a computer or the internet), so it was not kept. In Word, insert linked pictures into the document itself and attach no template (Developer → Document Template), save it, and try again.';
/** What the coach reads when a document carries other files inside it. */
export const EMBEDDED_MESSAGE =
  'This document has other files or objects embedded in it (such as a spreadsheet or a package), so it was not kept. Remove them in Word, save it, and try again.';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether `bytes` hold `text` written as UTF-16LE, as names are inside a compound file. */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function refuse(message: string): Result<never> {
  return fail('invalid', message);
}

/** The content types a package declares, by part name without the leading slash. */
function overrides(contentTypes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const tag of contentTypes.match(/<Override\b[^>]*>/g) ?? []) {
    const part = /PartName="([^"]*)"/.exec(tag)?.[1];
    const type = /ContentType="([^"]*)"/.exec(tag)?.[1];
    if (part !== undefined && type !== undefined) found.set(part.replace(/^\//, ''), type);
  }
  return found;
}

/** The relationships a .rels part declares: their type and whether they point outside. */
function relationshipsIn(rels: string): { type: string; external: boolean }[] {
  return (rels.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => ({
    type: /\bType="([^"]*)"/.exec(tag)?.[1] ?? '',
    external: /\bTargetMode="External"/i.test(tag),
  }));
}

/**
 * Why a package's relationships make it unsafe to keep, or null: anything it reaches outside
 * itself but a hyperlink (an attached template, a linked picture, frame or sub-document fetches
 * from the network or the disk when Word opens it), or another file embedded in it.
 */
function riskyRelationships(relsParts: readonly string[]): string | null {
  for (const rels of relsParts) {
    for (const { type, external } of relationshipsIn(rels)) {
      if (external && !/\/hyperlink$/i.test(type)) return EXTERNAL_MESSAGE;
      if (EMBEDDED_RELATIONSHIP.test(type)) return EMBEDDED_MESSAGE;
    }
  }
  return null;
}

/**
 * Check that `bytes` are a Word document the app can keep and fill: a ZIP package whose
 * [Content_Types].xml names a main document part of type wordprocessingml.document.main, that
 * part present, no macros or ActiveX controls anywhere, no links to files outside it but
 * hyperlinks, no files embedded in it, within the size limits, and not
 * encrypted, an older .doc or damaged. Each refusal says what to do instead. Run in main on
 * whatever the page sent, whatever the page checked already.
 */
export function checkWordPackage(bytes: Uint8Array): Result<null> {
  if (bytes.byteLength === 0) return refuse('The file is empty.');
  if (bytes.byteLength > MAX_WORD_TEMPLATE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return refuse(
      `The document is ${mb} MB, more than the ${MAX_WORD_TEMPLATE_BYTES / 1024 / 1024} MB a template may take. Large pictures make it heavy: in Word, use File → Compress Pictures, save it, and try again.`,
    );
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (holdsUtf16(bytes, 'EncryptionInfo')) {
      return refuse(
        'This document is protected with a password. Remove the password in Word (File → Info → Protect Document), save it, and try again.',
      );
    }
    return refuse(
      'This is an older Word document (.doc). Open it in Word, save it as a Word Document (.docx), and try again.',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    return refuse(
      'This file is not a Word document. Choose a .docx file saved by Word, LibreOffice or Pages.',
    );
  }
  const names: string[] = [];
  let unpacked = 0;
  let contentTypes: string | null = null;
  const relsParts: string[] = [];
  try {
    // The sizes are counted before anything is unpacked: only small parts are unpacked at all.
    unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        names.push(file.name);
        unpacked += file.originalSize;
        return false;
      },
    });
    if (
      names.length > MAX_PARTS ||
      unpacked > MAX_UNPACKED_BYTES ||
      !unpacksWithin(bytes, MAX_UNPACKED_BYTES)
    ) {
      return refuse(
        'This file unpacks to far more than a Word document holds, so it was not kept.',
      );
    }
    const files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) =>
        (file.name === '[Content_Types].xml' || file.name.endsWith('.rels')) &&
        file.originalSize < 1024 * 1024,
    });
    for (const [name, data] of Object.entries(files)) {
      if (name === '[Content_Types].xml') contentTypes = strFromU8(data);
      else relsParts.push(strFromU8(data));
    }
  } catch {
    return refuse(
      'This document is damaged and cannot be read. Open it in Word, save it again as a Word Document (.docx), and try again.',
    );
  }
  if (names.some((name) => MACRO_PART.test(name))) return refuse(MACROS_MESSAGE);
  if (names.some((name) => EMBEDDED_PART.test(name))) return refuse(EMBEDDED_MESSAGE);
  if (contentTypes === null) {
    return refuse(
      'This file is a ZIP archive, not a Word document. Choose a .docx file saved by Word or LibreOffice.',
    );
  }
  if (MACRO_CONTENT.test(contentTypes)) return refuse(MACROS_MESSAGE);
  const risky = riskyRelationships(relsParts);
  if (risky !== null) return refuse(risky);
  const parts = overrides(contentTypes);
  const main = [...parts].find(([, type]) => type === MAIN_DOCUMENT)?.[0];
  if (main === undefined) {
    if ([...parts.values()].includes(MAIN_TEMPLATE)) {
      return refuse(
        'This is a Word template (.dotx). Open it in Word, save it as a Word Document (.docx), and try again.',
      );
    }
    return refuse(
      'This file is not a Word document (it may be a spreadsheet or a presentation). Choose a .docx file.',
    );
  }
  if (!names.includes(main)) {
    return refuse(
      'This document is damaged: its text is missing. Open it in Word, save it again as a Word Document (.docx), and try again.',
    );
  }
  return ok(null);
}
