import type {
  ChannelInput,
  ChannelOutput,
  ClientDraft,
  DueGroup,
  ConflictDetails,
  CreatableKind,
  DeletedClient,
  WordAgreementPreview,
  WordTemplateInspection,
  WordTemplateUpload,
  WorkbookApi,
  WorkbookInfo,
} from '../../../shared/contract';
import type { MergeFieldKey } from '../../../shared/catalogue/mergeFields';
import type { DueItem, DueItemKind } from '../../../shared/domain/dueItems';
import { fail, type Result } from '../../../shared/result';
import {
  MAX_LIST_LENGTH,
  type AgreementTemplate,
  type AgreementWorksheet,
  type Client,
  type ExportRecord,
  type PracticeProfile,
  type Worksheet,
} from '../../../shared/schema';
import { entityKey, refOf, type EntityRef, type EntitySnapshot } from './entities';
import { problemsOf, type FieldProblem } from './entityProblems';
import {
  localPendingEdits,
  noPendingEdits,
  type PendingEditStore,
  type PendingStorage,
} from './pendingEdits';
import { sendSnapshot } from './sendSnapshot';
import {
  DEFAULT_SAVE_OPTIONS,
  SaveQueue,
  type SaveQueueOptions,
  type SaveStatus,
} from './saveQueue';
import { UndoHistory } from './undoHistory';
import {
  addWorksheet,
  cacheOf,
  putClient,
  putFile,
  putWorksheet,
  readCached,
  removeClient,
  removeWorksheet,
  writeCached,
  type WorkbookCache,
} from './workbookCache';

export interface ModelState {
  info: WorkbookInfo | null;
  /** What the page has loaded of the workbook (null until it opened, and in recovery). */
  cache: WorkbookCache | null;
  /** Why the workbook could not be loaded, when it could not. */
  loadError: string | null;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  /** Edits the schema refuses, by entity key: kept in the page, shown at their fields, not sent. */
  problems: ReadonlyMap<string, readonly FieldProblem[]>;
  /** Clients and worksheets asked for that the workbook does not hold (deleted elsewhere). */
  missing: ReadonlySet<string>;
  /** What is due by kind (counts and the first few), as main worked it out when Home last asked. */
  due: readonly DueGroup[] | null;
  /** Export history loaded so far: by client id, and the whole practice's under ''. */
  histories: ReadonlyMap<string, readonly ExportRecord[]>;
  /** Why the latest unsaved change is not kept safe from a reload (web mode), when it is not. */
  keepWarning: string | null;
  /**
   * When main last wrote something this page asked for other than an edit (archive, delete,
   * mark as sent, an export…); edits are timed by the save queue.
   */
  lastWriteAt: number | null;
  /** Goes up a moment after something a screen asked for could not be loaded: ask again. */
  retryTick: number;
  /**
   * The server now serves another workbook than the one this page opened (web mode, restarted
   * on another folder): nothing more is sent, and the page must be loaded afresh.
   */
  otherWorkbook: boolean;
}

const PRACTICE_HISTORY = '';

/** How long to wait before asking again for what a screen could not load. */
const RETRY_VIEW_MS = 2_000;

/** Why nothing is sent once the server serves another workbook. */
const OTHER_WORKBOOK =
  'The workbook server now has another workbook open. Reload this page to see it; your changes to this one are kept in this browser.';

/** Items of each kind Home shows before "Show all". */
export const DUE_SHOWN_FIRST = 5;

/**
 * The renderer's view of the workbook: what the screens showed so far, loaded from main as
 * each one opens. Edits apply here at once, are checked against the shared schema, recorded
 * for undo and saved in the background; structural changes (create, delete, sign…) go to the
 * main process first and are applied here when it accepts them.
 */
export class WorkbookModel {
  private state: ModelState;
  private readonly listeners = new Set<() => void>();
  private readonly history = new UndoHistory();
  private readonly saves: SaveQueue;
  /** Counts changes main accepted from this page, so a reload can tell it read too early. */
  private changes = 0;
  /** Counts loads, so an answer that arrives after a newer load is ignored. */
  private loads = 0;
  private readonly opening = new Map<string, Promise<void>>();
  /** Unsaved edits kept in the browser, so a reload or a restarted server loses nothing. */
  private readonly pendingEdits: PendingEditStore;
  /** The workbook whose kept edits were queued again (once per workbook). */
  private restoredFor: string | null = null;
  /** Edits the schema refuses, as the page shows them: never sent, kept through reloads. */
  private readonly held = new Map<string, EntitySnapshot>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** A new server was found: nothing is sent until it is known to hold the same workbook. */
  private reconnecting = false;

  /**
   * `pendingStorage`: where unsaved edits outlive the page (localStorage in web mode); null in
   * the desktop app, where main is always there to save to.
   */
  constructor(
    private readonly api: WorkbookApi,
    options: SaveQueueOptions = DEFAULT_SAVE_OPTIONS,
    private readonly clock: () => number = Date.now,
    pendingStorage: PendingStorage | null = null,
  ) {
    this.pendingEdits =
      pendingStorage === null
        ? noPendingEdits()
        : localPendingEdits(pendingStorage, (problem) => {
            this.set({ keepWarning: problem.message });
          });
    this.saves = new SaveQueue(
      (snapshot) =>
        // Another workbook behind the server now: what waits stays kept for its own workbook.
        this.state.otherWorkbook
          ? Promise.resolve(fail('io', OTHER_WORKBOOK))
          : this.reconnecting
            ? Promise.resolve(fail('io', 'Reading the workbook again after the restart.'))
            : sendSnapshot(this.api, snapshot),
      (saved) => {
        this.changes += 1;
        // An edit held back at its field stays as the coach sees it, not as last saved.
        if (this.held.has(entityKey(refOf(saved)))) return;
        this.patch((cache) => writeCached(cache, saved));
      },
      () => {
        this.set({});
      },
      { ...options, persist: this.pendingEdits },
    );
    this.state = {
      info: null,
      cache: null,
      loadError: null,
      save: this.saves.status(),
      canUndo: false,
      canRedo: false,
      problems: new Map(),
      missing: new Set(),
      due: null,
      histories: new Map(),
      keepWarning: null,
      lastWriteAt: null,
      retryTick: 0,
      otherWorkbook: false,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ModelState => this.state;

  /**
   * Read the workbook from the main process (again). Edits still waiting to be saved stay on
   * top of what main has, so nothing typed disappears from the page.
   */
  async load(): Promise<void> {
    const load = ++this.loads;
    // Both at once: the first screen waits for one round trip, not two.
    const changes = this.changes;
    const first = this.api.workbook.open({});
    // In recovery it is refused, and nobody waits for it.
    first.catch(() => undefined);
    const info = await this.api.workbook.info({});
    if (load !== this.loads) return;
    if (!info.ok) {
      this.set({ loadError: info.error.message });
      return;
    }
    await this.loadWith(info.value, load, { changes, opened: first });
  }

  private async loadWith(
    info: WorkbookInfo,
    load: number,
    asked?: { changes: number; opened: ReturnType<WorkbookApi['workbook']['open']> },
  ): Promise<void> {
    if (this.restoredFor !== null && info.filePath !== this.restoredFor) {
      this.set({ otherWorkbook: true });
      return;
    }
    if (info.state === 'recovery') {
      this.set({ info, cache: null, loadError: null });
      return;
    }
    // A change answered while the workbook was on its way may be missing from it: read again.
    for (let attempt = 0; ; attempt++) {
      const changes = attempt === 0 && asked ? asked.changes : this.changes;
      const opened = await (attempt === 0 && asked ? asked.opened : this.api.workbook.open({}));
      if (load !== this.loads) return;
      if (!opened.ok) {
        this.set({ info, cache: null, loadError: opened.error.message });
        return;
      }
      let cache = cacheOf(opened.value);
      // Clients whose pages were open are read again: they may be what changed.
      const reopened = [...(this.state.cache?.files.keys() ?? [])];
      const files = await Promise.all(reopened.map((id) => this.api.clients.open({ id })));
      if (load !== this.loads) return;
      for (const file of files) if (file.ok) cache = putFile(cache, file.value);
      if (changes === this.changes || attempt === 2) {
        // Edits an earlier page kept and never saved (a reload, a server restart) go out again.
        if (this.restoredFor !== info.filePath) {
          this.restoredFor = info.filePath;
          this.saves.restore(this.pendingEdits.open(info.filePath));
        }
        const hadDue = this.state.due !== null;
        // Files that arrived while this load was under way are asked for again.
        const arrived = [...(this.state.cache?.files.keys() ?? [])].filter(
          (id) => !cache.files.has(id),
        );
        this.set({
          info,
          cache: this.withPending(cache),
          loadError: null,
          missing: new Set(),
          histories: new Map(),
          due: null,
        });
        if (hadDue) void this.loadDue();
        for (const id of arrived) void this.openClient(id);
        return;
      }
    }
  }

  /** `cache` with every edit still waiting put back on top; what is gone from it stays gone. */
  private withPending(cache: WorkbookCache): WorkbookCache {
    let result = cache;
    for (const snapshot of [...this.saves.pendingSnapshots(), ...this.held.values()]) {
      if (readCached(result, refOf(snapshot))) result = writeCached(result, snapshot);
    }
    return result;
  }

  /** Load a client's record and worksheets (once; again after a reload). */
  openClient(id: string): Promise<void> {
    const running = this.opening.get(id);
    if (running) return running;
    const opening = this.api.clients
      .open({ id })
      .then((file) => {
        if (file.ok) this.patch((cache) => this.withPending(putFile(cache, file.value)));
        else if (file.error.code === 'notFound') this.markMissing(`client:${id}`);
        else this.retrySoon();
      })
      .finally(() => this.opening.delete(id));
    this.opening.set(id, opening);
    return opening;
  }

  /** Load a worksheet, with its client's whole file when it has a client. */
  async openWorksheet(id: string): Promise<void> {
    const sheet = await this.api.worksheets.get({ id });
    if (!sheet.ok) {
      if (sheet.error.code === 'notFound') this.markMissing(`worksheet:${id}`);
      else this.retrySoon();
      return;
    }
    const { clientId } = sheet.value;
    if (clientId === null)
      this.patch((cache) => this.withPending(putWorksheet(cache, sheet.value)));
    else await this.openClient(clientId);
  }

  /** Ask main what is due today: every kind's counts and its first few items. */
  async loadDue(): Promise<void> {
    // What is due is worked out from what is saved: the coach's latest edits first.
    await this.saves.flush();
    const load = this.loads;
    const due = await this.api.workbook.due({ kind: null, first: DUE_SHOWN_FIRST });
    if (load !== this.loads) return;
    if (due.ok) this.set({ due: due.value });
    else this.retrySoon();
  }

  /** Every item due of one kind (for "Show all"); null when main could not answer. */
  async dueOfKind(kind: DueItemKind): Promise<readonly DueItem[] | null> {
    const due = await this.api.workbook.due({ kind, first: 200_000 });
    return due.ok ? (due.value[0]?.items ?? []) : null;
  }

  /** Load the export history of a client, or of the whole practice (null). */
  async loadExportHistory(clientId: string | null): Promise<void> {
    const load = this.loads;
    const records = await this.api.workbook.exportHistory({ clientId });
    if (load !== this.loads) return;
    if (!records.ok) {
      this.retrySoon();
      return;
    }
    const histories = new Map(this.state.histories);
    histories.set(clientId ?? PRACTICE_HISTORY, records.value);
    this.set({ histories });
  }

  /** Ids of the clients whose notes (or name, or organization) hold every word of `text`. */
  async searchClients(text: string): Promise<ReadonlySet<string> | null> {
    const found = await this.api.clients.search({ text });
    return found.ok ? new Set(found.value) : null;
  }

  /** Something a screen shows could not be loaded (main busy, server restarting): ask again soon. */
  private retrySoon(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.set({ retryTick: this.state.retryTick + 1 });
    }, RETRY_VIEW_MS);
  }

  private markMissing(key: string): void {
    const missing = new Set(this.state.missing);
    missing.add(key);
    this.set({ missing });
  }

  /**
   * Look whether the workbook changed other than through this page (another computer, a
   * restore, the workbook turning read-only) and show it. Cheap when nothing changed; answers
   * the notice to show, if any.
   */
  async checkForChanges(): Promise<string | null> {
    const current = this.state.info;
    if (!current) return null;
    const load = this.loads;
    const info = await this.api.workbook.info({});
    if (!info.ok || load !== this.loads) return null;
    const next = info.value;
    if (
      next.revision !== current.revision ||
      next.state !== current.state ||
      next.filePath !== current.filePath
    ) {
      await this.loadWith(next, ++this.loads);
      if (next.state === 'readOnly' && current.state !== 'readOnly') return null;
      return next.revision !== current.revision ? next.notice : null;
    }
    if (JSON.stringify(next) !== JSON.stringify(current)) this.set({ info: next });
    return null;
  }

  /**
   * The page reached a new server process (web mode: a restarted server's new key). Read the
   * workbook again before anything waiting is sent: it may have changed, or be another one.
   */
  async reconnect(): Promise<void> {
    this.reconnecting = true;
    try {
      await this.load();
    } finally {
      this.reconnecting = false;
    }
    if (!this.state.otherWorkbook) this.saves.retryAll();
  }

  /** Read-only because another window had the workbook: try to open it for editing again. */
  async retryOpen(): Promise<Result<WorkbookInfo>> {
    const result = await this.api.workbook.retryOpen({});
    if (result.ok) {
      await this.loadWith(result.value, ++this.loads);
      // Edits refused while read-only go out now.
      if (result.value.state === 'ok') this.saves.retryAll();
    }
    return result;
  }

  /** In recovery, start a new, empty workbook (only when the coach asked for it). */
  async startNew(): Promise<Result<WorkbookInfo>> {
    const result = await this.api.workbook.startNew({});
    if (result.ok) await this.load();
    return result;
  }

  /** Show a set-aside file in the file manager; answers its full path to show otherwise. */
  showSetAside(name: string): Promise<Result<{ path: string; shown: boolean }>> {
    return this.api.workbook.showSetAside({ name });
  }

  /** What a conflict kept aside is about, and whether its other version can be used. */
  conflictDetails(name: string): Promise<Result<ConflictDetails>> {
    return this.api.workbook.conflictDetails({ name });
  }

  /**
   * Put a conflict's other version in the workbook instead (the version it replaces is kept in
   * the same file), then read the workbook again.
   */
  async takeOtherVersion(name: string): Promise<Result<WorkbookInfo>> {
    await this.flush();
    const result = await this.api.workbook.useOtherVersion({ name });
    if (result.ok) await this.loadWith(result.value, ++this.loads);
    return result;
  }

  /** Bring back a backup (also the way out of recovery), then read the workbook again. */
  async restoreBackup(backupId: string): Promise<Result<WorkbookInfo>> {
    await this.flush();
    const result = await this.api.workbook.restoreBackup({ backupId });
    if (result.ok) await this.load();
    return result;
  }

  /** Fill a brand-new workbook with sample clients to explore. */
  async loadSample(clients: number): Promise<Result<WorkbookInfo>> {
    const result = await this.api.workbook.loadSample({ clients });
    if (result.ok) await this.load();
    return result;
  }

  // ---- editing in place -------------------------------------------------------------

  editPractice(recipe: (p: PracticeProfile) => PracticeProfile, field?: string): void {
    this.edit(
      { type: 'practice' },
      (s) => (s.type === 'practice' ? { ...s, value: recipe(s.value) } : s),
      field,
    );
  }

  editTemplate(recipe: (t: AgreementTemplate) => AgreementTemplate, field?: string): void {
    this.edit(
      { type: 'template' },
      (s) => (s.type === 'template' ? { ...s, value: recipe(s.value) } : s),
      field,
    );
  }

  editClient(id: string, recipe: (c: Client) => Client, field?: string): void {
    this.edit(
      { type: 'client', id },
      (s) => (s.type === 'client' ? { ...s, value: recipe(s.value) } : s),
      field,
    );
  }

  editWorksheet(id: string, recipe: (w: Worksheet) => Worksheet, field?: string): void {
    this.edit(
      { type: 'worksheet', id },
      (s) => (s.type === 'worksheet' ? { ...s, value: recipe(s.value) } : s),
      field,
    );
  }

  /**
   * Apply an edit. `field` names what was edited so that a run of keystrokes in one field
   * becomes a single undo step.
   */
  private edit(
    ref: EntityRef,
    recipe: (s: EntitySnapshot) => EntitySnapshot,
    field?: string,
  ): void {
    const cache = this.state.cache;
    if (!cache || this.state.info?.state !== 'ok') return;
    const before = readCached(cache, ref);
    if (!before) return;
    const after = recipe(before);
    if (after === before) return;
    const key = entityKey(ref);
    this.history.record({
      key,
      before,
      after,
      coalesceKey: field === undefined ? null : `${key}/${field}`,
      at: this.clock(),
    });
    this.apply(after);
  }

  undo(): void {
    const entry = this.history.takeUndo();
    if (entry) this.apply(entry.before);
    else this.touch();
  }

  redo(): void {
    const entry = this.history.takeRedo();
    if (entry) this.apply(entry.after);
    else this.touch();
  }

  /** Show the edit, and save it unless the schema refuses it (then its fields say why). */
  private apply(snapshot: EntitySnapshot): void {
    const key = entityKey(refOf(snapshot));
    const problems = problemsOf(snapshot);
    const had = this.state.problems.has(key);
    let nextProblems = this.state.problems;
    if (problems.length > 0 || had) {
      const copy = new Map(this.state.problems);
      if (problems.length > 0) copy.set(key, problems);
      else copy.delete(key);
      nextProblems = copy;
    }
    if (problems.length > 0) this.held.set(key, snapshot);
    else this.held.delete(key);
    const cache = this.state.cache;
    this.set({ problems: nextProblems, ...(cache ? { cache: writeCached(cache, snapshot) } : {}) });
    if (problems.length === 0) this.saves.enqueue(snapshot);
  }

  /** Save everything waiting now (before a status change, or when the window closes). */
  flush(ref?: EntityRef): Promise<void> {
    return this.saves.flush(ref && entityKey(ref));
  }

  retrySaves(): void {
    this.saves.retryAll();
  }

  hasUnsavedChanges(): boolean {
    return this.state.save.state !== 'saved';
  }

  // ---- exports ---------------------------------------------------------------------------

  /** The export channels, for the export flow (src/renderer/src/export). */
  get exports(): WorkbookApi['exports'] {
    return this.api.exports;
  }

  /** A document was exported: show it in the export histories loaded, as the file now has it. */
  noteExport(record: ExportRecord): void {
    const histories = new Map(this.state.histories);
    for (const key of [PRACTICE_HISTORY, record.clientId ?? PRACTICE_HISTORY]) {
      const list = histories.get(key);
      if (list && !list.some((r) => r.id === record.id)) {
        histories.set(key, [...list, record].slice(-MAX_LIST_LENGTH));
      }
    }
    this.set({ histories, lastWriteAt: this.clock() });
  }

  // ---- structural changes --------------------------------------------------------------

  createClient(draft: ClientDraft): Promise<Result<Client>> {
    return this.run(this.api.clients.create({ client: draft }), (cache, client) =>
      putFile(cache, { client, worksheets: [] }),
    );
  }

  archiveClient(id: string): Promise<Result<Client>> {
    return this.afterFlush(
      { type: 'client', id },
      () => this.api.clients.archive({ id }),
      putClient,
    );
  }

  restoreClient(id: string): Promise<Result<Client>> {
    return this.afterFlush(
      { type: 'client', id },
      () => this.api.clients.restore({ id }),
      putClient,
    );
  }

  async deleteClient(id: string): Promise<Result<DeletedClient>> {
    // Edits waiting for the client stay queued until main has deleted it: if deleting fails,
    // they are still saved.
    const result = await this.run(this.api.clients.delete({ id }), (cache) =>
      removeClient(cache, id),
    );
    if (result.ok) {
      for (const sheet of result.value.worksheets) this.forget({ type: 'worksheet', id: sheet.id });
      this.forget({ type: 'client', id });
    }
    return result;
  }

  undeleteClient(deleted: DeletedClient): Promise<Result<Client>> {
    return this.run(this.api.clients.undelete({ deleted }), (cache, client) =>
      putFile(cache, { client, worksheets: deleted.worksheets }),
    );
  }

  createWorksheet(kind: CreatableKind, clientId: string | null): Promise<Result<Worksheet>> {
    return this.run(this.api.worksheets.create({ kind, clientId }), addWorksheet);
  }

  duplicateWorksheet(id: string): Promise<Result<Worksheet>> {
    return this.afterFlush(
      { type: 'worksheet', id },
      () => this.api.worksheets.duplicate({ id }),
      addWorksheet,
    );
  }

  async deleteWorksheet(id: string): Promise<Result<Worksheet>> {
    const result = await this.run(this.api.worksheets.delete({ id }), removeWorksheet);
    if (result.ok) this.forget({ type: 'worksheet', id });
    return result;
  }

  undeleteWorksheet(worksheet: Worksheet): Promise<Result<Worksheet>> {
    return this.run(this.api.worksheets.undelete({ worksheet }), addWorksheet);
  }

  createAgreement(clientId: string): Promise<Result<AgreementWorksheet>> {
    return this.run(this.api.agreements.create({ clientId }), addWorksheet);
  }

  async markAgreementSent(id: string, sentOn: string): Promise<Result<AgreementWorksheet>> {
    const result = await this.afterFlush(
      { type: 'worksheet', id },
      () => this.api.agreements.markSent({ id, sentOn }),
      putWorksheet,
    );
    // Its earlier edits can no longer be undone: undo would turn it back into a draft here
    // while the main process keeps it sent, and every save after that would be refused.
    if (result.ok) this.forget({ type: 'worksheet', id });
    return result;
  }

  async markAgreementSigned(input: {
    id: string;
    signedOn: string;
    clientSignerName: string;
    coachSignerName: string;
  }): Promise<Result<AgreementWorksheet>> {
    const result = await this.afterFlush(
      { type: 'worksheet', id: input.id },
      () => this.api.agreements.markSigned(input),
      putWorksheet,
    );
    // Signing supersedes the earlier signed version: pick up its new state.
    if (result.ok) await this.refreshClient(result.value.clientId);
    // A signed agreement is locked: its edits as a draft can no longer be undone.
    if (result.ok) this.forget({ type: 'worksheet', id: input.id });
    return result;
  }

  /** Sign a sent agreement in the room; main keeps the signatures and locks it. */
  async signAgreementInRoom(
    input: ChannelInput<'agreements:signInRoom'>,
  ): Promise<Result<AgreementWorksheet>> {
    const result = await this.afterFlush(
      { type: 'worksheet', id: input.id },
      () => this.api.agreements.signInRoom(input),
      putWorksheet,
    );
    // As with markAgreementSigned: the earlier version is superseded, the edits are final.
    if (result.ok) await this.refreshClient(result.value.clientId);
    if (result.ok) this.forget({ type: 'worksheet', id: input.id });
    return result;
  }

  /** Whether the text kept still matches what each signer signed (changes nothing). */
  verifyAgreementSignatures(
    id: string,
  ): Promise<Result<ChannelOutput<'agreements:verifySignatures'>>> {
    return this.api.agreements.verifySignatures({ id });
  }

  newAgreementVersion(id: string): Promise<Result<AgreementWorksheet>> {
    return this.afterFlush(
      { type: 'worksheet', id },
      () => this.api.agreements.newVersion({ id }),
      addWorksheet,
    );
  }

  // ---- the coach's own Word agreement ----------------------------------------------------

  /**
   * Use a Word document as the agreement template. Main checks and keeps it, then the page
   * shows the template main holds; earlier template edits can no longer be undone (undo would
   * show a template without the document main keeps).
   */
  async importWordTemplate(upload: WordTemplateUpload): Promise<Result<WordTemplateInspection>> {
    const result = await this.afterFlush(
      { type: 'template' },
      () => this.api.wordTemplate.import(upload),
      (cache, seen) => ({ ...cache, template: seen.template }),
    );
    if (result.ok) this.forget({ type: 'template' });
    return result;
  }

  /** The template's Word document: its fields and what could become one (nothing is changed). */
  inspectWordTemplate(): Promise<Result<WordTemplateInspection>> {
    return this.api.wordTemplate.inspect({});
  }

  /** Turn the texts the coach ticked into fields: the template then uses a new document. */
  async markWordFields(
    sha256: string,
    fields: { text: string; key: MergeFieldKey }[],
  ): Promise<Result<WordTemplateInspection>> {
    const result = await this.afterFlush(
      { type: 'template' },
      () => this.api.wordTemplate.markFields({ sha256, fields }),
      (cache, seen) => ({ ...cache, template: seen.template }),
    );
    if (result.ok) this.forget({ type: 'template' });
    return result;
  }

  /** Back to the app's clauses for new agreements (the document stays in the folder). */
  async stopWordTemplate(): Promise<Result<AgreementTemplate>> {
    const result = await this.afterFlush(
      { type: 'template' },
      () => this.api.wordTemplate.stopUsing({}),
      (cache, template) => ({ ...cache, template }),
    );
    if (result.ok) this.forget({ type: 'template' });
    return result;
  }

  /** An agreement made from a Word document, filled as saved: its text and what stays blank. */
  async wordAgreementPreview(id: string): Promise<Result<WordAgreementPreview>> {
    await this.flush({ type: 'worksheet', id });
    return this.api.wordTemplate.preview({ agreementId: id });
  }

  /** Read a client's file again; worksheets with edits waiting keep the page's version. */
  private async refreshClient(clientId: string): Promise<void> {
    const file = await this.api.clients.open({ id: clientId });
    if (!file.ok) return;
    this.patch((cache) => this.withPending(putFile(cache, file.value)));
  }

  private async afterFlush<T>(
    ref: EntityRef,
    call: () => Promise<Result<T>>,
    apply: (cache: WorkbookCache, value: T) => WorkbookCache,
  ): Promise<Result<T>> {
    // The page shows an edit that cannot be saved: acting on the saved version would not be
    // acting on what the coach sees.
    const heldBack = this.heldBackMessage(ref);
    if (heldBack !== null) return fail('invalid', heldBack);
    await this.flush(ref);
    return this.run(call(), apply);
  }

  /**
   * Why an action on what the page shows would not match what is saved (an edit held back
   * at its field), or null. Without `ref`, about any entity.
   */
  heldBackMessage(ref?: EntityRef): string | null {
    const key = ref && entityKey(ref);
    for (const [heldKey, problems] of this.state.problems) {
      if (key !== undefined && heldKey !== key) continue;
      const first = problems[0];
      if (first) {
        return `First fix the field marked in red (${first.message}): until then, your latest change is not saved.`;
      }
    }
    return null;
  }

  private async run<T>(
    call: Promise<Result<T>>,
    apply: (cache: WorkbookCache, value: T) => WorkbookCache,
  ): Promise<Result<T>> {
    let result: Result<T>;
    try {
      result = await call;
    } catch (error) {
      result = {
        ok: false,
        error: { code: 'io', message: error instanceof Error ? error.message : String(error) },
      };
    }
    if (result.ok) {
      const value = result.value;
      this.changes += 1;
      this.set({ lastWriteAt: this.clock() });
      this.patch((cache) => apply(cache, value));
    } else if (result.error.code !== 'invalid') {
      // Main did not apply it, or the answer was lost on the way: show what main really holds,
      // so that trying again never makes a second copy.
      await this.load();
    }
    return result;
  }

  private forget(ref: EntityRef): void {
    const key = entityKey(ref);
    this.saves.discard(key);
    this.held.delete(key);
    this.history.forget(key);
    if (this.state.problems.has(key)) {
      const problems = new Map(this.state.problems);
      problems.delete(key);
      this.set({ problems });
    } else {
      this.touch();
    }
  }

  private patch(change: (cache: WorkbookCache) => WorkbookCache): void {
    const cache = this.state.cache;
    if (cache) this.set({ cache: change(cache) });
  }

  private touch(): void {
    this.set({});
  }

  private set(partial: Partial<ModelState>): void {
    const next = { ...this.state, ...partial };
    const save = saveStatusOf(this.saves.status(), next.problems);
    const was = this.state.save;
    // The same status keeps its object, so the title bar does not repaint on every keystroke.
    next.save =
      was.state === save.state &&
      was.message === save.message &&
      was.lastSavedAt === save.lastSavedAt
        ? was
        : save;
    next.canUndo = this.history.canUndo;
    next.canRedo = this.history.canRedo;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

/** The queue's status, unless an edit is held back in the page because a field is wrong. */
function saveStatusOf(
  queued: SaveStatus,
  problems: ReadonlyMap<string, readonly FieldProblem[]>,
): SaveStatus {
  for (const list of problems.values()) {
    const first = list[0];
    if (first) return { ...queued, state: 'failed', message: `Not saved: ${first.message}` };
  }
  return queued;
}
