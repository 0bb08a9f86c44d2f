import type {
  ClientDraft,
  ConflictDetails,
  CreatableKind,
  DeletedClient,
  WorkbookApi,
  WorkbookInfo,
} from '../../../shared/contract';
import { mapResult, type Result } from '../../../shared/result';
import {
  MAX_LIST_LENGTH,
  type AgreementTemplate,
  type AgreementWorksheet,
  type Client,
  type ExportRecord,
  type PracticeProfile,
  type Workbook,
  type Worksheet,
} from '../../../shared/schema';
import {
  entityKey,
  readEntity,
  removeById,
  upsert,
  writeEntity,
  type EntityRef,
  type EntitySnapshot,
} from './entities';
import {
  DEFAULT_SAVE_OPTIONS,
  SaveQueue,
  type SaveQueueOptions,
  type SaveStatus,
} from './saveQueue';
import { UndoHistory } from './undoHistory';

export interface ModelState {
  info: WorkbookInfo | null;
  workbook: Workbook | null;
  /** Why the workbook could not be loaded, when it could not. */
  loadError: string | null;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The renderer's copy of the workbook. Edits apply here at once, are recorded for undo, and
 * are saved in the background; structural changes (create, delete, sign…) go to the main
 * process first and are applied here when it accepts them.
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

  constructor(
    private readonly api: WorkbookApi,
    options: SaveQueueOptions = DEFAULT_SAVE_OPTIONS,
    private readonly clock: () => number = Date.now,
  ) {
    this.saves = new SaveQueue(
      (snapshot) => this.send(snapshot),
      (saved) => {
        this.changes += 1;
        this.patch((wb) => writeEntity(wb, saved));
      },
      () => {
        this.set({ save: this.saves.status() });
      },
      options,
    );
    this.state = {
      info: null,
      workbook: null,
      loadError: null,
      save: this.saves.status(),
      canUndo: false,
      canRedo: false,
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
    const info = await this.api.workbook.info({});
    if (load !== this.loads) return;
    if (!info.ok) {
      this.set({ loadError: info.error.message });
      return;
    }
    await this.loadWith(info.value, load);
  }

  private async loadWith(info: WorkbookInfo, load: number): Promise<void> {
    if (info.state === 'recovery') {
      this.set({ info, workbook: null, loadError: null });
      return;
    }
    // A change answered while the workbook was on its way may be missing from it: read again.
    for (let attempt = 0; ; attempt++) {
      const changes = this.changes;
      const workbook = await this.api.workbook.get({});
      if (load !== this.loads) return;
      if (!workbook.ok) {
        this.set({ info, workbook: null, loadError: workbook.error.message });
        return;
      }
      if (changes === this.changes || attempt === 2) {
        this.set({ info, workbook: this.saves.overlay(workbook.value), loadError: null });
        return;
      }
    }
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
    if (next.revision !== current.revision || next.state !== current.state) {
      await this.loadWith(next, ++this.loads);
      if (next.state === 'readOnly' && current.state !== 'readOnly') return null;
      return next.revision !== current.revision ? next.notice : null;
    }
    if (JSON.stringify(next) !== JSON.stringify(current)) this.set({ info: next });
    return null;
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
    const workbook = this.state.workbook;
    if (!workbook || this.state.info?.state !== 'ok') return;
    const before = readEntity(workbook, ref);
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

  private apply(snapshot: EntitySnapshot): void {
    this.patch((wb) => writeEntity(wb, snapshot));
    this.saves.enqueue(snapshot);
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

  /** A document was exported: show it in the export history at once, as the file now has it. */
  noteExport(record: ExportRecord): void {
    this.patch((wb) => ({
      ...wb,
      exportHistory: [...wb.exportHistory, record].slice(-MAX_LIST_LENGTH),
    }));
  }

  // ---- structural changes --------------------------------------------------------------

  createClient(draft: ClientDraft): Promise<Result<Client>> {
    return this.run(this.api.clients.create({ client: draft }), (wb, client) => ({
      ...wb,
      clients: upsert(wb.clients, client),
    }));
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
    const result = await this.run(this.api.clients.delete({ id }), (wb, deleted) => {
      const gone = new Set(deleted.worksheets.map((w) => w.id));
      return {
        ...wb,
        clients: removeById(wb.clients, id),
        worksheets: wb.worksheets.filter((w) => !gone.has(w.id)),
      };
    });
    if (result.ok) {
      for (const sheet of result.value.worksheets) this.forget({ type: 'worksheet', id: sheet.id });
      this.forget({ type: 'client', id });
    }
    return result;
  }

  undeleteClient(deleted: DeletedClient): Promise<Result<Client>> {
    return this.run(this.api.clients.undelete({ deleted }), (wb, client) => ({
      ...wb,
      clients: upsert(wb.clients, client),
      worksheets: [...wb.worksheets, ...deleted.worksheets],
    }));
  }

  createWorksheet(kind: CreatableKind, clientId: string | null): Promise<Result<Worksheet>> {
    return this.run(this.api.worksheets.create({ kind, clientId }), putWorksheet);
  }

  duplicateWorksheet(id: string): Promise<Result<Worksheet>> {
    return this.afterFlush(
      { type: 'worksheet', id },
      () => this.api.worksheets.duplicate({ id }),
      putWorksheet,
    );
  }

  async deleteWorksheet(id: string): Promise<Result<Worksheet>> {
    const result = await this.run(this.api.worksheets.delete({ id }), (wb) => ({
      ...wb,
      worksheets: removeById(wb.worksheets, id),
    }));
    if (result.ok) this.forget({ type: 'worksheet', id });
    return result;
  }

  undeleteWorksheet(worksheet: Worksheet): Promise<Result<Worksheet>> {
    return this.run(this.api.worksheets.undelete({ worksheet }), putWorksheet);
  }

  createAgreement(clientId: string): Promise<Result<AgreementWorksheet>> {
    return this.run(this.api.agreements.create({ clientId }), putWorksheet);
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
    if (result.ok) await this.refreshAgreements(result.value.clientId);
    // A signed agreement is locked: its edits as a draft can no longer be undone.
    if (result.ok) this.forget({ type: 'worksheet', id: input.id });
    return result;
  }

  newAgreementVersion(id: string): Promise<Result<AgreementWorksheet>> {
    return this.afterFlush(
      { type: 'worksheet', id },
      () => this.api.agreements.newVersion({ id }),
      putWorksheet,
    );
  }

  private async refreshAgreements(clientId: string): Promise<void> {
    const sheets = await this.api.worksheets.list({ clientId });
    if (!sheets.ok) return;
    this.patch((wb) =>
      sheets.value.reduce(
        (acc, sheet) =>
          sheet.kind === 'agreement' &&
          !this.saves.isPending(entityKey({ type: 'worksheet', id: sheet.id }))
            ? { ...acc, worksheets: upsert(acc.worksheets, sheet) }
            : acc,
        wb,
      ),
    );
  }

  private async afterFlush<T>(
    ref: EntityRef,
    call: () => Promise<Result<T>>,
    apply: (wb: Workbook, value: T) => Workbook,
  ): Promise<Result<T>> {
    await this.flush(ref);
    return this.run(call(), apply);
  }

  private async run<T>(
    call: Promise<Result<T>>,
    apply: (wb: Workbook, value: T) => Workbook,
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
      this.patch((wb) => apply(wb, value));
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
    this.history.forget(key);
    this.touch();
  }

  private send(snapshot: EntitySnapshot): Promise<Result<EntitySnapshot>> {
    switch (snapshot.type) {
      case 'practice':
        return this.api.practice
          .update({ profile: snapshot.value })
          .then((r) => mapResult(r, (value) => ({ type: 'practice', value })));
      case 'template':
        return this.api.template
          .save({ template: snapshot.value })
          .then((r) => mapResult(r, (value) => ({ type: 'template', value })));
      case 'client':
        return this.api.clients
          .update({ client: snapshot.value })
          .then((r) => mapResult(r, (value) => ({ type: 'client', value })));
      case 'worksheet':
        return this.api.worksheets
          .save({ worksheet: snapshot.value })
          .then((r) => mapResult(r, (value) => ({ type: 'worksheet', value })));
    }
  }

  private patch(change: (wb: Workbook) => Workbook): void {
    const workbook = this.state.workbook;
    if (workbook) this.set({ workbook: change(workbook) });
  }

  private touch(): void {
    this.set({});
  }

  private set(partial: Partial<ModelState>): void {
    this.state = {
      ...this.state,
      ...partial,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
    for (const listener of this.listeners) listener();
  }
}

function putClient(wb: Workbook, client: Client): Workbook {
  return { ...wb, clients: upsert(wb.clients, client) };
}

function putWorksheet(wb: Workbook, worksheet: Worksheet): Workbook {
  return { ...wb, worksheets: upsert(wb.worksheets, worksheet) };
}
