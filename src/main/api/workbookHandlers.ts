import { fail, ok } from '../../shared/result';
import { todayIso } from '../../shared/domain/dates';
import { generateSampleWorkbook } from '../sample/generateSample';
import type { ApiDeps, HandlersOf } from './types';

/** The workbook as a whole: how it opened, all of it, backups, and the sample to explore. */
export function workbookHandlers(deps: ApiDeps): HandlersOf<'workbook'> {
  const { store } = deps;
  return {
    'workbook:info': () => Promise.resolve(ok(store.info())),
    'workbook:get': () => Promise.resolve(store.read()),
    'workbook:restoreBackup': ({ backupId }) => store.restoreBackup(backupId),
    'workbook:loadSample': async ({ clients }) => {
      const info = store.info();
      // Read-only and recovery answer as the store would, without making a sample for nothing.
      if (info.state !== 'ok') return fail(info.state, info.message);
      if (!info.isNew) {
        return fail(
          'conflict',
          'The sample can only be loaded into a new, empty workbook, so that none of your own work is mixed with it.',
        );
      }
      const sample = generateSampleWorkbook({
        clients,
        // A fixed seed: the same day always gives the same sample, which keeps screenshots stable.
        seed: 'coaching-workbook-sample',
        today: todayIso(deps.now()),
      });
      const loaded = await store.update((draft) => {
        // Checked again inside the change: a client added meanwhile must not be overwritten.
        if (draft.clients.length > 0 || draft.worksheets.length > 0) {
          return fail(
            'conflict',
            'The workbook already holds some of your own work, so the sample was not loaded.',
          );
        }
        draft.practice = sample.practice;
        draft.clients = sample.clients;
        draft.worksheets = sample.worksheets;
        draft.agreementTemplate = sample.agreementTemplate;
        return ok(null);
      });
      return loaded.ok ? ok(store.info()) : loaded;
    },
  };
}
