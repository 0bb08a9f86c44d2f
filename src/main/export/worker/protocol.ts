import type { Client, Workbook, Worksheet } from '../../../shared/schema';
import type { Result } from '../../../shared/result';
import type { ExportRequest } from '../index';

/** What a built document says about itself: enough to name its file and its history entry. */
export interface DocumentFacts {
  title: string;
  clientName: string | null;
  version: number | null;
}

/** The workbook without its two long lists, which follow in slices. */
export type WorkbookHead = Omit<Workbook, 'clients' | 'worksheets'>;

/**
 * Messages to the export worker. One export is `start`, any number of `records` (the workbook's
 * clients and worksheets, a slice at a time, so that no single copy holds up the main thread),
 * then `build`.
 */
export type ToWorker =
  | {
      type: 'start';
      job: number;
      request: ExportRequest;
      today: string;
      head: WorkbookHead;
      /** For an agreement made from the coach's own Word document: that document's bytes. */
      wordDocument?: Uint8Array;
    }
  | { type: 'records'; job: number; clients: Client[]; worksheets: Worksheet[] }
  | { type: 'build'; job: number };

/**
 * Messages from the export worker: `built` as soon as the document is put together (or why it
 * cannot be), then, when it was, `packed` with the bytes of the .docx (or why not).
 */
export type FromWorker =
  | { type: 'built'; job: number; result: Result<DocumentFacts> }
  | { type: 'packed'; job: number; result: Result<Uint8Array> };
