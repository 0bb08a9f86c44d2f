import { join } from 'node:path';
import { fail, ok } from '../../shared/result';
import { todayIso } from '../../shared/domain/dates';
import { emptyWorkbook } from '../../shared/domain/emptyRecords';
import { SET_ASIDE_FOLDER } from '../store/folderLayout';
import { generateSampleWorkbook } from '../sample/generateSample';
import { conflictsHandlers } from './conflictsHandlers';
import type { ApiDeps, HandlersOf } from './types';
import type { ViewChannel } from './viewsHandlers';

/** The workbook as a whole: how it opened, all of it, backups, and the sample to explore. */
export function workbookHandlers(deps: ApiDeps): Omit<HandlersOf<'workbook'>, ViewChannel> {
  const { store } = deps;
  return {
    'workbook:info': () => Promise.resolve(ok(store.info())),
    'workbook:get': () => Promise.resolve(store.read()),
    'workbook:restoreBackup': ({ backupId }) => store.restoreBackup(backupId),
    'workbook:startNew': () => store.startNew(emptyWorkbook()),
    'workbook:retryOpen': () => store.retryOpen(),
    ...conflictsHandlers(deps),
    'workbook:showSetAside': async ({ name }) => {
      // Only a name the store listed: never a path the page made up.
      const listed = store.info().setAside.some((file) => file.name === name);
      if (!listed) return fail('notFound', 'That file is no longer in the set-aside folder.');
      const path = join(store.filePath, SET_ASIDE_FOLDER, name);
      const target = deps.exportTarget;
      if (target === undefined || !target.canShowInFolder) return ok({ path, shown: false });
      const shown = await target.showInFolder(path);
      return shown.ok ? ok({ path, shown: true }) : shown;
    },
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
