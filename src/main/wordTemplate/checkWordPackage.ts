import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { fail, ok, type Result } from '../../shared/result';
import { MAX_WORD_TEMPLATE_BYTES } from '../../shared/schema';

/** What the coach reads when a document carries macros: they are never kept. */
export const MACROS_MESSAGE =
  'This document contains macros. Save it as a Word Document (.docx) without macros and try again.';

/** A .docx is a ZIP; a real agreement unpacks to a few megabytes at most, never this much. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Parts in one package: Word writes a few dozen. */
const MAX_PARTS = 5_000;

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

/**
 * Check that `bytes` are a Word document the app can keep and fill: a ZIP package whose
 * [Content_Types].xml names a main document part of type wordprocessingml.document.main, that
 * part present, no macros or ActiveX controls anywhere, within the size limit, and not
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
  try {
    const files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        names.push(file.name);
        unpacked += file.originalSize;
        return file.name === '[Content_Types].xml' && file.originalSize < 1024 * 1024;
      },
    });
    const types = files['[Content_Types].xml'];
    if (types !== undefined) contentTypes = strFromU8(types);
  } catch {
    return refuse(
      'This document is damaged and cannot be read. Open it in Word, save it again as a Word Document (.docx), and try again.',
    );
  }
  if (names.length > MAX_PARTS || unpacked > MAX_UNPACKED_BYTES) {
    return refuse('This file unpacks to far more than a Word document holds, so it was not kept.');
  }
  if (names.some((name) => MACRO_PART.test(name))) return refuse(MACROS_MESSAGE);
  if (contentTypes === null) {
    return refuse(
      'This file is a ZIP archive, not a Word document. Choose a .docx file saved by Word or LibreOffice.',
    );
  }
  if (MACRO_CONTENT.test(contentTypes)) return refuse(MACROS_MESSAGE);
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
