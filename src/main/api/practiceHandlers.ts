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
        draft.agreementTemplate = template;
        return ok(template);
      }),
  };
}
