import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import {
  DOCUMENT_KINDS,
  type AgreementWorksheet,
  type Client,
  type DocumentKind,
  type Workbook,
} from '../../shared/schema';
import { fail, ok, type Result } from '../../shared/result';
import { isIsoDate, todayIso } from '../../shared/domain/dates';
import { documentLabel } from '../../shared/kinds';
import { readWorkbookAt } from '../store';
import { locateWorkbook } from '../store/locateWorkbook';
import { readTemplateFile } from '../store/templateFiles';
import {
  buildDocument,
  needsClient,
  wordAgreementDocument,
  wordAgreementOf,
  writeBytes,
  writeDocx,
  type ExportRequest,
} from '../export';
import { EXIT, formatSize, parseStrict, UsageError, type CliCommand, type CliIo } from './command';
import { parseIncludeList, sponsorChoiceFromOptions, SPONSOR_USAGE } from './sponsorOptions';

/** What a record id looks like (the `id` schema's pattern): only such a --client is read alone. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const USAGE = `Usage: npm run cli -- export --workbook <file> --document <kind> --out <file.docx>
                            [--client <id or exact name>] [--worksheet <id>] [--today YYYY-MM-DD]
                            [--include <parts>] [--prepared-for <name>]

Exports one Word document from a workbook file (the workbook is only read).

Document kinds:
  idp, skills, boundary-map, mentors, agreement   one worksheet of a client (the newest one,
                                                  or the agreement version in force, unless
                                                  --worksheet names one)
  client-report                                   every worksheet of a client, with contents
  sponsor-report                                  for a client's sponsor or manager: only the
                                                  parts chosen (below)
  practice-summary                                the whole practice (no --client)

${SPONSOR_USAGE}

Exit code: 0 when the document was saved, 1 when the workbook, the client or the worksheet
cannot be used or the file cannot be written, 2 when the command line is wrong.`;

function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Edit distance between two short strings, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Clients whose name is close to what was typed: contains it, shares a word, or is a typo away. */
export function nearMatches(clients: readonly Client[], query: string, limit = 5): Client[] {
  const q = query.trim().toLowerCase();
  const words = q.split(/\s+/).filter((w) => w.length > 1);
  return clients
    .map((client) => {
      const name = client.name.trim().toLowerCase();
      const score =
        name.includes(q) || q.includes(name)
          ? 0
          : words.some((w) => name.split(/\s+/).includes(w))
            ? 1
            : distance(name, q) <= Math.max(2, Math.floor(q.length / 4))
              ? 2
              : 99;
      return { client, score };
    })
    .filter((m) => m.score < 99)
    .sort((a, b) => a.score - b.score || a.client.name.localeCompare(b.client.name, 'en'))
    .slice(0, limit)
    .map((m) => m.client);
}

/** The client named by id or by exact name (case and outer spaces aside), or why not. */
export function findClient(
  workbook: Workbook,
  query: string,
): { ok: true; client: Client } | { ok: false; message: string } {
  const byId = workbook.clients.find((c) => c.id === query);
  if (byId) return { ok: true, client: byId };
  const wanted = query.trim().toLowerCase();
  const byName = workbook.clients.filter((c) => c.name.trim().toLowerCase() === wanted);
  if (byName.length === 1 && byName[0]) return { ok: true, client: byName[0] };
  if (byName.length > 1) {
    const ids = byName.map((c) => `  ${c.id}  ${c.name}`).join('\n');
    return {
      ok: false,
      message: `Several clients are called "${query}". Use the id of the one you mean:\n${ids}`,
    };
  }
  const near = nearMatches(workbook.clients, query);
  const hint =
    near.length === 0
      ? 'No client has a similar name.'
      : `Did you mean:\n${near.map((c) => `  ${c.name}  (id ${c.id})`).join('\n')}`;
  return { ok: false, message: `There is no client "${query}" in this workbook. ${hint}` };
}

/**
 * The workbook, read whole, or only the practice and the client named by `clientId` when that
 * is all the document needs (a client named by id: the other clients' files are not read).
 */
async function loadWorkbook(
  file: string,
  clientId?: string,
): Promise<{ ok: true; workbook: Workbook } | { ok: false; message: string }> {
  const reading = await readWorkbookAt(
    file,
    clientId === undefined ? {} : { onlyClient: clientId },
  );
  switch (reading.kind) {
    case 'valid':
      return { ok: true, workbook: reading.workbook };
    case 'newer':
      if (reading.preview) return { ok: true, workbook: reading.preview };
      return { ok: false, message: `${file}: ${reading.message}` };
    case 'invalid':
      return {
        ok: false,
        message: `${file} is not a valid workbook: ${reading.message} Run "npm run cli -- check --workbook ${file}" for the full list.`,
      };
    case 'cannotRead':
      return { ok: false, message: reading.message };
  }
}

async function exportDocument(argv: string[], io: CliIo): Promise<number> {
  const values = parseStrict(
    () =>
      parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          workbook: { type: 'string' },
          client: { type: 'string' },
          document: { type: 'string' },
          worksheet: { type: 'string' },
          out: { type: 'string' },
          today: { type: 'string' },
          include: { type: 'string' },
          'prepared-for': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }).values,
  );
  if (values.help === true) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const { workbook: workbookFile, client: clientQuery, document, worksheet, out, today } = values;
  const { include, 'prepared-for': preparedFor } = values;
  if (!workbookFile?.trim()) throw new UsageError('Which workbook? Name the file with --workbook.');
  if (!document)
    throw new UsageError(
      `Which document? Use --document with one of: ${DOCUMENT_KINDS.join(', ')}.`,
    );
  if (!isDocumentKind(document)) {
    throw new UsageError(
      `There is no document kind "${document}". Use one of: ${DOCUMENT_KINDS.join(', ')}.`,
    );
  }
  if (!out?.trim()) throw new UsageError('Where should the document go? Name the file with --out.');
  if (!/\.docx$/i.test(out)) throw new UsageError('The file given with --out should end in .docx.');
  if (needsClient(document) && !clientQuery?.trim()) {
    throw new UsageError(
      `Which client is the ${documentLabel(document)} for? Name them with --client (an id or their exact name).`,
    );
  }
  if (!needsClient(document) && clientQuery !== undefined) {
    throw new UsageError('The practice summary covers the whole practice: leave out --client.');
  }
  if (today !== undefined && !isIsoDate(today))
    throw new UsageError(`--today must be a date written YYYY-MM-DD.`);
  if (document !== 'sponsor-report' && (include !== undefined || preparedFor !== undefined)) {
    throw new UsageError('--include and --prepared-for go with --document sponsor-report only.');
  }
  const parts = include === undefined ? undefined : parseIncludeList(include);

  // A client named by id needs only their own file; by name (or not found), the whole workbook.
  const narrow =
    clientQuery !== undefined && ID_PATTERN.test(clientQuery)
      ? await loadWorkbook(resolve(workbookFile), clientQuery)
      : null;
  const loaded =
    narrow?.ok && narrow.workbook.clients.some((c) => c.id === clientQuery)
      ? narrow
      : await loadWorkbook(resolve(workbookFile));
  if (!loaded.ok) {
    io.err(loaded.message);
    return EXIT.problem;
  }
  let client: Client | null = null;
  if (clientQuery !== undefined) {
    const found = findClient(loaded.workbook, clientQuery);
    if (!found.ok) {
      io.err(found.message);
      return EXIT.problem;
    }
    client = found.client;
  }
  const request: ExportRequest = {
    document,
    ...(client ? { clientId: client.id } : {}),
    ...(worksheet ? { worksheetId: worksheet } : {}),
    ...(client && document === 'sponsor-report'
      ? {
          sponsor: sponsorChoiceFromOptions(loaded.workbook, client, {
            include: parts,
            preparedFor,
          }),
        }
      : {}),
  };
  const target = resolve(out);
  const wordAgreement = wordAgreementOf(loaded.workbook, request);
  const saved =
    wordAgreement === null
      ? await buildAndWrite(loaded.workbook, request, today ?? todayIso(new Date()), target)
      : await fillAndWrite(resolve(workbookFile), loaded.workbook, wordAgreement, target);
  if (!saved.ok) {
    io.err(saved.error.message);
    return EXIT.problem;
  }
  const forWhom = client ? ` for ${client.name}` : '';
  io.out(`Saved ${saved.value.title}${forWhom} to ${target} (${formatSize(saved.value.bytes)}).`);
  return EXIT.ok;
}

/** A document built by the app's own builders, written to `target`. */
async function buildAndWrite(
  workbook: Workbook,
  request: ExportRequest,
  today: string,
  target: string,
): Promise<Result<{ title: string; bytes: number }>> {
  const built = buildDocument(workbook, request, { today });
  if (!built.ok) return built;
  const written = await writeDocx(built.value.doc, target);
  return written.ok ? ok({ title: built.value.title, bytes: written.value.bytes }) : written;
}

/** An agreement made from the coach's own Word document: that document filled, to `target`. */
async function fillAndWrite(
  workbookPath: string,
  workbook: Workbook,
  agreement: AgreementWorksheet,
  target: string,
): Promise<Result<{ title: string; bytes: number }>> {
  const ref = agreement.wordDocument;
  if (ref === undefined) return fail('invalid', 'This agreement is not made from a Word document.');
  const { folder } = await locateWorkbook(workbookPath);
  const template = await readTemplateFile(folder, ref);
  if (!template.ok) return template;
  const filled = await wordAgreementDocument(workbook, agreement, template.value);
  if (!filled.ok) return filled;
  const written = await writeBytes(filled.value.bytes, target);
  return written.ok ? ok({ title: filled.value.facts.title, bytes: written.value.bytes }) : written;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary:
    'Export a worksheet, agreement, client or sponsor report, or practice summary as a Word document.',
  usage: USAGE,
  run: exportDocument,
};
