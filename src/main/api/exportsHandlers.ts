import { randomBytes } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { ExportRequestInput, ExportSaved } from '../../shared/contract';
import { MAX_LINE_LENGTH, MAX_LIST_LENGTH, type ExportRecord } from '../../shared/schema';
import { todayIso } from '../../shared/domain/dates';
import { fail, ok, type Result } from '../../shared/result';
import { defaultFileName, wordAgreementOf, writeBytes, type ExportRequest } from '../export';
import { readTemplateFile } from '../store/templateFiles';
import { sharedExportPool, type ExportPool } from '../export/worker/exportPool';
import { exportSlice } from '../export/worker/slice';
import { fileExists, freePathIn, type ExportTarget } from './exportTarget';
import type { ApiDeps, HandlersOf } from './types';

const NOT_AVAILABLE = 'Exporting is not available here.';
/** How long an unfinished "export all" waits before its history is recorded anyway. */
const HELD_EXPORTS_MS = 5_000;

/** A document built and named, waiting for a place to be written. */
interface Prepared {
  /** The .docx file's bytes, still being packed by the export worker while the coach chooses. */
  bytes: Promise<Result<Uint8Array>>;
  fileName: string;
  /** "Jane Doe - Coaching Agreement v2": what the history shows. */
  title: string;
  clientId: string | null;
}

function firstChars(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/**
 * Word export from the app: one document where the user says (or into web mode's folder), all
 * of a client's documents into one chosen folder, and "Show in folder" from the history. Each
 * document is built and packed by the export worker (`pool`), so the main thread keeps
 * answering meanwhile; it is written atomically by writeBytes and recorded in the workbook's
 * export history.
 */
export function exportsHandlers(
  deps: ApiDeps,
  pool: ExportPool = sharedExportPool(),
): HandlersOf<'exports'> {
  const { store } = deps;
  /** Folders chosen with exports:chooseFolder, by handle; the page never sees a path it could send. */
  const folders = new Map<string, string>();
  /** Exports the workbook could not record (it opened read-only), still shown in their folder. */
  const unrecorded = new Map<string, ExportRecord>();
  // One export at a time: two at once could pick the same free file name.
  let queue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function usableTarget(): Result<ExportTarget> {
    const target = deps.exportTarget;
    if (target === undefined) return fail('invalid', NOT_AVAILABLE);
    if (target.unavailableReason !== null) return fail('invalid', target.unavailableReason);
    return ok(target);
  }

  async function prepare(request: ExportRequestInput): Promise<Result<Prepared>> {
    const book = store.read();
    if (!book.ok) return book;
    const today = todayIso(deps.now());
    const wanted: ExportRequest = { document: request.document };
    if (request.clientId !== undefined) wanted.clientId = request.clientId;
    if (request.worksheetId !== undefined) wanted.worksheetId = request.worksheetId;
    if (request.sponsor !== undefined) wanted.sponsor = request.sponsor;
    // The worker gets only what this document reads, and the names come back once it is built.
    const workbook = exportSlice(book.value, wanted);
    // An agreement made from the coach's own Word document: the worker fills that document.
    const wordRef = wordAgreementOf(book.value, wanted)?.wordDocument;
    const wordDocument = wordRef && (await readTemplateFile(store.filePath, wordRef));
    if (wordDocument && !wordDocument.ok) return wordDocument;
    const built = await pool.build({
      workbook,
      request: wanted,
      today,
      ...(wordDocument ? { wordDocument: wordDocument.value } : {}),
    });
    if (!built.ok) return built;
    const { title, clientName, version } = built.value;
    const fileName = defaultFileName({ date: today, clientName, title, version });
    const what = `${title}${version === null ? '' : ` v${version}`}`;
    const sheet = book.value.worksheets.find((w) => w.id === request.worksheetId);
    return ok({
      bytes: built.value.bytes,
      fileName,
      title: firstChars(clientName ? `${clientName} - ${what}` : what, MAX_LINE_LENGTH),
      clientId: request.clientId ?? sheet?.clientId ?? null,
    });
  }

  /** Entries of an "export all" still coming: recorded together, in one save, at its end. */
  let held: ExportRecord[] = [];
  let heldTimer: ReturnType<typeof setTimeout> | null = null;

  async function recordHeld(): Promise<void> {
    if (heldTimer !== null) clearTimeout(heldTimer);
    heldTimer = null;
    const batch = held;
    held = [];
    if (batch.length === 0) return;
    if (store.info().state === 'ok') {
      const saved = await store.update((draft) => {
        // Newest last; the oldest go first once the list is full.
        draft.exportHistory = [...draft.exportHistory, ...batch].slice(-MAX_LIST_LENGTH);
        return ok(null);
      });
      if (saved.ok) {
        for (const entry of batch) unrecorded.delete(entry.id);
        return;
      }
    }
  }

  /**
   * Record an export in the history. With `more`, the caller (the Export all dialog) has more
   * documents coming: the entry waits for the last one, so that exporting all of a client's
   * documents saves the history once; a batch left unfinished is recorded after a short wait.
   */
  async function record(entry: ExportRecord, more: boolean): Promise<void> {
    held.push(entry);
    // Found by "Show in folder" meanwhile, and kept there if the history cannot be saved.
    unrecorded.set(entry.id, entry);
    if (!more) return recordHeld();
    if (heldTimer !== null) clearTimeout(heldTimer);
    heldTimer = setTimeout(() => void oneAtATime(recordHeld), HELD_EXPORTS_MS);
    heldTimer.unref();
  }

  async function writeAndRecord(
    prepared: Prepared,
    request: ExportRequestInput,
    path: string,
    target: ExportTarget,
    more = false,
  ): Promise<Result<ExportSaved>> {
    const packed = await prepared.bytes;
    if (!packed.ok) return packed;
    const written = await writeBytes(packed.value, path);
    if (!written.ok) return written;
    const entry: ExportRecord = {
      id: deps.newId(),
      at: deps.now().toISOString(),
      document: request.document,
      clientId: prepared.clientId,
      worksheetId: request.worksheetId ?? null,
      title: prepared.title,
      path,
    };
    await record(entry, more);
    return ok({
      status: 'saved',
      record: entry,
      fileName: basename(path),
      folder: dirname(path),
      canShowInFolder: target.canShowInFolder,
    });
  }

  return {
    'exports:info': () => {
      const target = deps.exportTarget;
      const reason = target === undefined ? NOT_AVAILABLE : target.unavailableReason;
      return Promise.resolve(
        ok({
          available: reason === null,
          canShowInFolder: target?.canShowInFolder ?? false,
          fixedFolder: target?.fixedFolder ?? null,
          message: reason ?? '',
        }),
      );
    },

    'exports:save': (request) =>
      oneAtATime(async () => {
        const target = usableTarget();
        if (!target.ok) return target;
        const prepared = await prepare(request);
        if (!prepared.ok) return prepared;
        const chosen = await target.value.chooseFile(prepared.value.fileName);
        if (!chosen.ok) return chosen;
        if (chosen.value === null) return ok({ status: 'cancelled' as const });
        return writeAndRecord(prepared.value, request, chosen.value, target.value);
      }),

    'exports:chooseFolder': async () => {
      const target = usableTarget();
      if (!target.ok) return target;
      const chosen = await target.value.chooseFolder();
      if (!chosen.ok) return chosen;
      if (chosen.value === null) return ok({ status: 'cancelled' as const });
      const handle = randomBytes(18).toString('base64url');
      folders.set(handle, chosen.value);
      return ok({ status: 'chosen' as const, folder: handle, path: chosen.value });
    },

    'exports:saveToFolder': ({ folder, request, more }) =>
      oneAtATime(async () => {
        const target = usableTarget();
        if (!target.ok) return target;
        const path = folders.get(folder);
        if (path === undefined) {
          return fail('notFound', 'That folder was not chosen in this session. Choose it again.');
        }
        const prepared = await prepare(request);
        if (!prepared.ok) return prepared;
        const free = await freePathIn(path, prepared.value.fileName);
        if (free === null) {
          return fail('io', `"${path}" already holds too many copies of this document.`);
        }
        return writeAndRecord(prepared.value, request, free, target.value, more === true);
      }),

    'exports:showInFolder': async ({ recordId }) => {
      const target = deps.exportTarget;
      if (target === undefined) return fail('invalid', NOT_AVAILABLE);
      const book = store.read();
      const entry =
        (book.ok ? book.value.exportHistory.find((r) => r.id === recordId) : undefined) ??
        unrecorded.get(recordId);
      if (entry === undefined) return fail('notFound', 'That export is not in the history.');
      const folder = dirname(entry.path);
      if (!target.canShowInFolder) {
        return fail(
          'invalid',
          `Folders cannot be opened from the browser. The file is in ${folder}.`,
        );
      }
      if (!(await fileExists(entry.path))) {
        return fail(
          'notFound',
          `"${basename(entry.path)}" is no longer in ${folder}. It may have been moved or deleted.`,
        );
      }
      const shown = await target.showInFolder(entry.path);
      return shown.ok ? ok({}) : shown;
    },
  };
}
