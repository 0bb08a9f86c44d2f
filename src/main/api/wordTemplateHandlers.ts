import type { WordTemplateInspection } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import type { AgreementTemplate, Workbook, WordDocumentRef } from '../../shared/schema';
import { cleanLine } from '../export/text';
import { keepTemplateFile, readTemplateFile } from '../store/templateFiles';
import { checkWordPackage } from '../wordTemplate/checkWordPackage';
import { valueCandidates, suggestionsIn } from '../wordTemplate/recogniseValues';
import { replaceValuesWithFields } from '../wordTemplate/replaceValues';
import { fillWordAgreement } from '../wordTemplate/wordAgreement';
import { wordFieldsIn } from '../wordTemplate/wordFieldsIn';
import { wordPackageLines } from '../wordTemplate/wordText';
import { findAgreement } from './records';
import type { ApiDeps, HandlersOf } from './types';

const DAMAGED =
  'This document is damaged and cannot be read. Open it in Word, save it again as a Word Document (.docx), and try again.';

/** The name the file had, without any folder, on one line, as the template page shows it. */
function shownFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const clean = cleanLine(last).trim();
  return (clean === '' ? 'Agreement.docx' : clean).slice(0, 200);
}

/** What the template page shows of a Word document: its fields and what could become one. */
async function inspect(
  book: Workbook,
  template: AgreementTemplate,
  document: WordDocumentRef,
  bytes: Uint8Array,
): Promise<Result<WordTemplateInspection>> {
  try {
    const fields = await wordFieldsIn(bytes);
    const suggestions = suggestionsIn(wordPackageLines(bytes), valueCandidates(book));
    return ok({
      template,
      document,
      fields: { known: fields.known, unknown: fields.unknown },
      suggestions,
    });
  } catch {
    return fail('invalid', DAMAGED);
  }
}

/**
 * The coach's own Word agreement: bring it in (checked here whatever the page checked, kept
 * in the workbook folder by its fingerprint), see its fields, turn recognised text into
 * fields, stop using it, and see an agreement made from it filled for its client.
 */
export function wordTemplateHandlers({ store, now }: ApiDeps): HandlersOf<'wordTemplate'> {
  /** Keep `bytes` and point the template at them: the file first, so no record points nowhere. */
  async function useDocument(
    bytes: Uint8Array,
    fileName: string,
  ): Promise<Result<{ book: Workbook; template: AgreementTemplate; document: WordDocumentRef }>> {
    if (store.info().state !== 'ok')
      return fail('readOnly', 'This workbook cannot be changed now.');
    const kept = await keepTemplateFile(store.filePath, bytes);
    if (!kept.ok) return kept;
    const document: WordDocumentRef = {
      fileName,
      sha256: kept.value,
      size: bytes.byteLength,
      importedAt: now().toISOString(),
    };
    const saved = await store.update((draft) => {
      draft.agreementTemplate = { ...draft.agreementTemplate, wordDocument: document };
      return ok(draft.agreementTemplate);
    });
    if (!saved.ok) return saved;
    const book = store.read();
    if (!book.ok) return book;
    return ok({ book: book.value, template: saved.value, document });
  }

  return {
    'wordTemplate:import': async ({ fileName, dataBase64 }) => {
      const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
      const checked = checkWordPackage(bytes);
      if (!checked.ok) return checked;
      // Read once before anything is kept: a document docx cannot read is refused here.
      try {
        await wordFieldsIn(bytes);
      } catch {
        return fail('invalid', DAMAGED);
      }
      const used = await useDocument(bytes, shownFileName(fileName));
      if (!used.ok) return used;
      return inspect(used.value.book, used.value.template, used.value.document, bytes);
    },

    'wordTemplate:inspect': async () => {
      const book = store.read();
      if (!book.ok) return book;
      const template = book.value.agreementTemplate;
      const document = template.wordDocument;
      if (document === undefined) {
        return fail('notFound', 'Your agreement template does not use a Word document.');
      }
      const bytes = await readTemplateFile(store.filePath, document);
      if (!bytes.ok) return bytes;
      return inspect(book.value, template, document, bytes.value);
    },

    'wordTemplate:markFields': async ({ sha256, fields }) => {
      const book = store.read();
      if (!book.ok) return book;
      const document = book.value.agreementTemplate.wordDocument;
      if (document?.sha256 !== sha256) {
        return fail(
          'conflict',
          'Your template uses another Word document since this page was shown. Look at it again and choose once more.',
        );
      }
      const bytes = await readTemplateFile(store.filePath, document);
      if (!bytes.ok) return bytes;
      // Only what the page was offered for this very document: never any text the page sends.
      let marked: Uint8Array;
      try {
        const offered = new Set(
          suggestionsIn(wordPackageLines(bytes.value), valueCandidates(book.value)).map(
            (s) => s.text,
          ),
        );
        const strange = fields.find((field) => !offered.has(field.text.trim()));
        if (strange !== undefined) {
          return fail(
            'invalid',
            `“${strange.text.trim().slice(0, 80)}” is not one of the details found in your document. Look at it again and choose once more.`,
          );
        }
        marked = replaceValuesWithFields(bytes.value, fields);
      } catch {
        return fail('invalid', DAMAGED);
      }
      const checked = checkWordPackage(marked);
      if (!checked.ok) return checked;
      const used = await useDocument(marked, document.fileName);
      if (!used.ok) return used;
      return inspect(used.value.book, used.value.template, used.value.document, marked);
    },

    'wordTemplate:stopUsing': () =>
      store.update((draft) => {
        const clauses = { ...draft.agreementTemplate };
        delete clauses.wordDocument;
        draft.agreementTemplate = clauses;
        return ok(clauses);
      }),

    'wordTemplate:preview': async ({ agreementId }) => {
      const book = store.read();
      if (!book.ok) return book;
      const agreement = findAgreement(book.value, agreementId);
      if (!agreement.ok) return agreement;
      const document = agreement.value.wordDocument;
      if (document === undefined) {
        return fail('invalid', 'This agreement is written in the app, not in a Word document.');
      }
      const filled = await fillWordAgreement(store.filePath, book.value, agreement.value);
      if (!filled.ok) return filled;
      const { lines, unknown, missing, strayBraces } = filled.value;
      return ok({ document, lines, unknown, missing, strayBraces });
    },
  };
}
