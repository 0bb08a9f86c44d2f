import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Workbook } from '../../../shared/schema';
import { fail, ok, type Result } from '../../../shared/result';
import type { ExportRequest } from '../index';
import type { DocumentFacts, FromWorker, ToWorker } from './protocol';

/** One export for the worker: the workbook (or the slice of it the document needs) and what to build. */
export interface ExportJob {
  workbook: Workbook;
  request: ExportRequest;
  /** `YYYY-MM-DD`: dates the document and decides what counts as due. */
  today: string;
  /**
   * For an agreement made from the coach's own Word document (see wordAgreementOf): that
   * document, read from the workbook folder, which the worker fills instead of building one.
   */
  wordDocument?: Uint8Array;
}

/** A document the worker has built: its facts now, its bytes once packed. */
export interface PreparedExport extends DocumentFacts {
  /** The .docx file's bytes; resolves (never rejects) with them or with why there are none. */
  bytes: Promise<Result<Uint8Array>>;
}

export interface ExportPool {
  /**
   * Build a document in the worker. Resolves (never rejects) once it is built, with its facts
   * and a promise of its bytes, or with the same error buildDocument gives. Exports run one after
   * another.
   */
  build(job: ExportJob): Promise<Result<PreparedExport>>;
  /** Stop the worker (a later build starts a new one). */
  close(): Promise<void>;
}

export interface ExportPoolOptions {
  /** Memory limits of the worker: a document too large for them fails alone, not the app. */
  resourceLimits?: ResourceLimits;
}

/** Records per message: each copy to the worker then takes milliseconds, not a second. */
const SLICE = 250;

/**
 * The worker's file, beside this module: the TypeScript source under vitest and tsx, the built
 * exportWorker.js (Electron's out/main) or exportWorker.mjs (out/node) otherwise.
 */
function startWorker(options: ExportPoolOptions): Worker {
  const here = import.meta.url;
  const limits = options.resourceLimits ? { resourceLimits: options.resourceLimits } : {};
  if (here.endsWith('.ts')) {
    // Node 20 runs a worker's `--import tsx` but its loader never sees the worker's imports, so
    // tsx is registered from inside the worker before the TypeScript entry is imported.
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./exportWorker.ts', here).href;
    const code =
      `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register();` +
      ` return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true, ...limits });
  }
  const built = here.endsWith('.mjs') ? './exportWorker.mjs' : './exportWorker.js';
  return new Worker(new URL(built, here), limits);
}

/** Why a worker stopped, in words for the coach. */
function crashReason(error: unknown, exitCode: number | null): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'it ran out of memory';
  }
  if (error instanceof Error) return error.message;
  return exitCode === null ? 'it stopped' : `it stopped with code ${exitCode}`;
}

interface Running {
  job: number;
  /** The worker building it: only that worker's end can fail it. */
  worker: Worker;
  built: (result: Result<PreparedExport>) => void;
  packed: ((result: Result<Uint8Array>) => void) | null;
}

/**
 * One export worker, started on the first export and kept for the next ones. When it crashes,
 * the export under way fails with a clear message and the next export starts a new worker.
 */
export function createExportPool(options: ExportPoolOptions = {}): ExportPool {
  let worker: Worker | null = null;
  let running: Running | null = null;
  let jobs = 0;
  let queue: Promise<unknown> = Promise.resolve();

  /** The export under way is over: the worker may idle. */
  function finish(): Running | null {
    const current = running;
    running = null;
    worker?.unref();
    return current;
  }

  /** End the export under way with an error, whichever of its promises is still waiting. */
  function settle(result: Result<never>): void {
    const current = finish();
    if (current?.packed) current.packed(result);
    else current?.built(result);
  }

  function onMessage(message: FromWorker): void {
    const current = running;
    if (current === null || message.job !== current.job) return;
    if (message.type === 'built') {
      if (!message.result.ok) {
        settle(message.result);
        return;
      }
      const bytes = new Promise<Result<Uint8Array>>((resolve) => (current.packed = resolve));
      current.built(ok({ ...message.result.value, bytes }));
      return;
    }
    finish();
    current.packed?.(message.result);
  }

  function live(): Worker {
    if (worker !== null) return worker;
    const started = startWorker(options);
    let lastError: unknown = null;
    started.on('message', onMessage);
    started.on('error', (error) => (lastError = error));
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      if (running?.worker !== started) return;
      const reason = crashReason(lastError, code);
      settle(
        fail(
          'internal',
          `The document could not be put together: the export stopped before it finished ` +
            `(${reason}). Nothing was saved; try again.`,
        ),
      );
    });
    // An idle worker never keeps the process alive (the CLI, a test, a closing app).
    started.unref();
    worker = started;
    return started;
  }

  /** Send one export in slices, yielding between them so other requests are answered. */
  async function send(
    target: Worker,
    job: number,
    { workbook, request, today, wordDocument }: ExportJob,
  ): Promise<void> {
    const { clients, worksheets, ...head } = workbook;
    const post = (message: ToWorker) => {
      target.postMessage(message);
    };
    // False once the worker has stopped meanwhile (its export already failed).
    const stillRunning = () => running?.job === job;
    post({ type: 'start', job, request, today, head, ...(wordDocument ? { wordDocument } : {}) });
    const count = Math.max(clients.length, worksheets.length);
    for (let at = 0; at < count; at += SLICE) {
      if (at > 0) await new Promise((resolve) => setImmediate(resolve));
      if (!stillRunning()) return;
      post({
        type: 'records',
        job,
        clients: clients.slice(at, at + SLICE),
        worksheets: worksheets.slice(at, at + SLICE),
      });
    }
    if (stillRunning()) post({ type: 'build', job });
  }

  function run(job: ExportJob): Promise<Result<PreparedExport>> {
    return new Promise((resolve) => {
      const id = ++jobs;
      let target: Worker;
      try {
        target = live();
      } catch (error) {
        resolve(fail('internal', `The export could not start: ${crashReason(error, null)}.`));
        return;
      }
      running = { job: id, worker: target, built: resolve, packed: null };
      target.ref(); // an export under way keeps the process alive until it is written
      send(target, id, job).catch((error: unknown) => {
        if (running?.job !== id) return;
        settle(fail('internal', `The export could not start: ${crashReason(error, null)}.`));
      });
    });
  }

  return {
    build(job) {
      // One at a time; the next starts once this one's bytes are back (or it failed).
      const built = queue.then(() => run(job));
      queue = built.then((result) => (result.ok ? result.value.bytes : null));
      return built;
    },
    async close() {
      const stopping = worker;
      worker = null;
      await stopping?.terminate();
    },
  };
}

let shared: ExportPool | null = null;

/** The process's one export pool, made on first use (its worker starts with the first export). */
export function sharedExportPool(): ExportPool {
  shared ??= createExportPool();
  return shared;
}
