import { fail, ok, type Result } from '../../shared/result';
import { emptyWorksheet } from '../../shared/kinds';
import { isLockedStatus, type Workbook, type Worksheet } from '../../shared/schema';
import { frozenMessage, openVersionOf, reopenedMergeValues } from './agreementRules';
import { copyWorksheet } from './copyWorksheet';
import { findClient, findWorksheet, replaceWorksheet, stampOf } from './records';
import type { ApiDeps, HandlersOf } from './types';

/** The client a worksheet belongs to must exist; the coach's own worksheets (null) always may. */
function ownerExists(book: Workbook, clientId: string | null): Result<null> {
  if (clientId === null) return ok(null);
  const found = findClient(book, clientId);
  return found.ok ? ok(null) : found;
}

/**
 * The edited copy that worksheets:save may store in place of `stored`. An agreement keeps its
 * place in its history (status, version, series, send and sign dates) whatever the copy says:
 * those change only through the agreements:* channels. Only a draft agreement can be saved;
 * its signer names may be edited (they are prefilled for the signature lines).
 */
function savable(stored: Worksheet, edited: Worksheet, now: string): Result<Worksheet> {
  if (stored.kind !== edited.kind || stored.clientId !== edited.clientId) {
    return fail(
      'conflict',
      'This worksheet changed kind or owner since it was opened. Reload it and try again.',
    );
  }
  const next = { ...edited, createdAt: stored.createdAt, updatedAt: now };
  if (stored.kind !== 'agreement' || next.kind !== 'agreement') return ok(next);
  if (stored.status !== 'draft') return fail('conflict', frozenMessage(stored));
  // Which Word document an agreement is made from is set when it is made, never by a save.
  // Nor signatures: they are given only by signing in the room.
  const saved = { ...next };
  delete saved.wordDocument;
  delete saved.signatures;
  return ok({
    ...saved,
    ...(stored.wordDocument === undefined ? {} : { wordDocument: stored.wordDocument }),
    status: stored.status,
    version: stored.version,
    seriesId: stored.seriesId,
    previousVersionId: stored.previousVersionId,
    supersededById: stored.supersededById,
    sentOn: stored.sentOn,
    signedOn: stored.signedOn,
  });
}

/** The four free-form worksheets plus the worksheet-level operations every kind shares. */
export function worksheetsHandlers(deps: ApiDeps): HandlersOf<'worksheets'> {
  const { store } = deps;
  return {
    'worksheets:list': ({ clientId }) => {
      const book = store.read();
      if (!book.ok) return Promise.resolve(book);
      if (clientId === undefined) return Promise.resolve(ok(book.value.worksheets));
      const owner = ownerExists(book.value, clientId);
      if (!owner.ok) return Promise.resolve(owner);
      return Promise.resolve(ok(book.value.worksheets.filter((w) => w.clientId === clientId)));
    },
    'worksheets:get': ({ id }) => {
      const book = store.read();
      return Promise.resolve(book.ok ? findWorksheet(book.value, id) : book);
    },
    'worksheets:create': ({ kind, clientId, title }) =>
      store.update((draft) => {
        const owner = ownerExists(draft, clientId);
        if (!owner.ok) return owner;
        // A blank title would leave the sheet nameless in lists: use the kind's usual name.
        const named = title !== undefined && title.trim() !== '' ? title : undefined;
        const sheet = emptyWorksheet(kind, clientId, stampOf(deps), named);
        draft.worksheets.push(sheet);
        return ok(sheet);
      }),
    'worksheets:save': ({ worksheet }) =>
      store.update((draft) => {
        const stored = findWorksheet(draft, worksheet.id);
        if (!stored.ok) return stored;
        const next = savable(stored.value, worksheet, deps.now().toISOString());
        if (next.ok) replaceWorksheet(draft, next.value);
        return next;
      }),
    'worksheets:duplicate': ({ id }) =>
      store.update((draft) => {
        const stored = findWorksheet(draft, id);
        if (!stored.ok) return stored;
        let copy = copyWorksheet(stored.value, stampOf(deps), deps.newId);
        if (copy.kind === 'agreement') {
          copy = { ...copy, mergeValues: reopenedMergeValues(draft, copy) };
        }
        draft.worksheets.push(copy);
        return ok(copy);
      }),
    'worksheets:delete': ({ id }) =>
      store.update((draft) => {
        const stored = findWorksheet(draft, id);
        if (!stored.ok) return stored;
        const sheet = stored.value;
        if (sheet.kind === 'agreement' && isLockedStatus(sheet.status)) {
          return fail(
            'conflict',
            'A signed agreement stays in the workbook as a record of what was agreed, so it cannot be deleted.',
          );
        }
        draft.worksheets = draft.worksheets.filter((w) => w.id !== id);
        return ok(sheet);
      }),
    'worksheets:undelete': ({ worksheet }) =>
      store.update((draft) => {
        if (draft.worksheets.some((w) => w.id === worksheet.id)) {
          return fail('conflict', 'This worksheet is already back in the workbook.');
        }
        const owner = ownerExists(draft, worksheet.clientId);
        if (!owner.ok) {
          return fail('notFound', 'The client this worksheet belonged to is no longer here.');
        }
        if (worksheet.kind === 'agreement') {
          // Signed agreements are never deleted, so only a draft or a sent one can come back,
          // and only while no other version of it is open (it would be two competing drafts).
          if (isLockedStatus(worksheet.status)) {
            return fail(
              'conflict',
              'Signed agreements are never deleted: there is nothing to put back.',
            );
          }
          if (openVersionOf(draft, worksheet.seriesId)) {
            return fail(
              'conflict',
              'This agreement has another version in progress. Finish or delete that one first.',
            );
          }
        }
        draft.worksheets.push(worksheet);
        return ok(worksheet);
      }),
  };
}
