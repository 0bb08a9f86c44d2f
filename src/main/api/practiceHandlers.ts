import { ok } from '../../shared/result';
import type { ApiDeps, HandlersOf } from './types';

/** The practice profile and the agreement template: read, or replaced as a whole. */
export function practiceHandlers({ store }: ApiDeps): HandlersOf<'practice' | 'template'> {
  return {
    'practice:get': () => {
      const book = store.read();
      return Promise.resolve(book.ok ? ok(book.value.practice) : book);
    },
    'practice:update': ({ profile }) =>
      store.update((draft) => {
        draft.practice = profile;
        return ok(profile);
      }),
    'template:get': () => {
      const book = store.read();
      return Promise.resolve(book.ok ? ok(book.value.agreementTemplate) : book);
    },
    'template:save': ({ template }) =>
      store.update((draft) => {
        // The Word document changes only through the wordTemplate channels (checked, kept in
        // the folder); whatever the page sends, the template keeps the one it has.
        const kept = draft.agreementTemplate.wordDocument;
        const next = { ...template };
        delete next.wordDocument;
        draft.agreementTemplate = kept === undefined ? next : { ...next, wordDocument: kept };
        return ok(draft.agreementTemplate);
      }),
  };
}
