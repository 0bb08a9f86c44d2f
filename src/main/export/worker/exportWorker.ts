/**
 * The export worker: builds and packs Word documents on its own thread, so that a long export
 * never holds up the main process (the app's requests, web mode's server). The main thread
 * sends the part of the workbook a document needs (exportPool.ts) and writes the bytes it gets
 * back. Built on its own as out/main/exportWorker.js and out/node/exportWorker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import type { Client, Worksheet } from '../../../shared/schema';
import { fail, ok, type Result } from '../../../shared/result';
import {
  buildDocument,
  packDocument,
  wordAgreementDocument,
  wordAgreementOf,
  type ExportRequest,
} from '../index';
import type { FromWorker, ToWorker, WorkbookHead } from './protocol';

interface Gathering {
  request: ExportRequest;
  today: string;
  head: WorkbookHead;
  wordDocument?: Uint8Array;
  clients: Client[];
  worksheets: Worksheet[];
}

const port = parentPort;
if (port === null) throw new Error('exportWorker.ts runs as a worker thread, not on its own.');

const jobs = new Map<number, Gathering>();

function send(message: FromWorker): void {
  const bytes = message.type === 'packed' && message.result.ok ? message.result.value.buffer : null;
  // The bytes are handed over, not copied: a large practice summary is megabytes.
  port?.postMessage(message, bytes instanceof ArrayBuffer ? [bytes] : []);
}

async function build(job: number, gathered: Gathering): Promise<void> {
  const { head, clients, worksheets, request, today, wordDocument } = gathered;
  const workbook = { ...head, clients, worksheets };
  const wordAgreement = wordDocument === undefined ? null : wordAgreementOf(workbook, request);
  if (wordDocument !== undefined && wordAgreement !== null) {
    const filled = await wordAgreementDocument(workbook, wordAgreement, wordDocument);
    send({ type: 'built', job, result: filled.ok ? ok(filled.value.facts) : filled });
    if (filled.ok) send({ type: 'packed', job, result: ok(filled.value.bytes) });
    return;
  }
  const built = buildDocument(workbook, request, { today });
  if (!built.ok) {
    send({ type: 'built', job, result: built });
    return;
  }
  const { doc, title, clientName, version } = built.value;
  send({ type: 'built', job, result: { ok: true, value: { title, clientName, version } } });
  send({ type: 'packed', job, result: await packDocument(doc) });
}

function lost(job: number): Result<never> {
  return fail('internal', `The export worker was not told about export ${job} before building it.`);
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'start':
      jobs.set(message.job, { ...message, clients: [], worksheets: [] });
      return;
    case 'records': {
      const gathering = jobs.get(message.job);
      // Pushed one by one: spreading tens of thousands of records into push() overflows the stack.
      for (const client of message.clients) gathering?.clients.push(client);
      for (const sheet of message.worksheets) gathering?.worksheets.push(sheet);
      return;
    }
    case 'build': {
      const gathering = jobs.get(message.job);
      jobs.delete(message.job);
      if (gathering === undefined) {
        send({ type: 'built', job: message.job, result: lost(message.job) });
        return;
      }
      void build(message.job, gathering);
      return;
    }
  }
});
