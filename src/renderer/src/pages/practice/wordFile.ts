import { readAsDataUrl } from '../../ui/readFile';
import type { WordTemplateUpload } from '../../../../shared/contract';
import { fail, ok, type Result } from '../../../../shared/result';
import { MAX_WORD_TEMPLATE_BYTES } from '../../../../shared/schema/agreement';

/** What the file box offers: Word documents. */
export const WORD_FILE_ACCEPT =
  '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A picked Word document as the page sends it. The obvious mistakes are caught here, at once
 * and in the coach's words (another kind of file, a macro-enabled or older Word file, too
 * large); main checks the content again, whatever this says.
 */
export async function wordFileUpload(file: File): Promise<Result<WordTemplateUpload>> {
  const name = file.name;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (extension === 'docm' || extension === 'dotm') {
    return fail(
      'invalid',
      'This document contains macros. Save it as a Word Document (.docx) without macros and try again.',
    );
  }
  if (extension === 'doc') {
    return fail(
      'invalid',
      `“${name}” is an older Word document (.doc). Open it in Word, save it as a Word Document (.docx), and try again.`,
    );
  }
  if (extension !== 'docx') {
    return fail('invalid', `“${name}” is not a Word document. Choose a .docx file.`);
  }
  if (file.size > MAX_WORD_TEMPLATE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return fail(
      'invalid',
      `“${name}” is ${mb} MB, more than the ${MAX_WORD_TEMPLATE_BYTES / 1024 / 1024} MB a template may take. In Word, File → Compress Pictures makes it smaller.`,
    );
  }
  let dataUrl: string;
  try {
    dataUrl = await readAsDataUrl(file);
  } catch {
    return fail(
      'invalid',
      `“${name}” could not be read. Try saving it again, or pick another copy.`,
    );
  }
  const comma = dataUrl.indexOf(',');
  const dataBase64 = comma === -1 ? '' : dataUrl.slice(comma + 1);
  if (dataBase64 === '') return fail('invalid', `“${name}” is empty.`);
  return ok({ fileName: name.slice(0, 200), dataBase64 });
}
