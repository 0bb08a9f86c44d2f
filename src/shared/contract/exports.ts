import { z } from 'zod';
import { channel } from './channel';
import { documentKind, exportRecord, id, sponsorReportChoice } from '../schema';

/**
 * What to export, never where: the main process asks the user for the place (a native save
 * dialog), or uses the folder it was started with (web mode). Without `worksheetId` the
 * client's newest worksheet of that kind is used (for an agreement, the version in force).
 * A sponsor report shows the parts `sponsor` names; without it, the choice remembered with
 * the client (or the defaults).
 */
export const exportRequest = z
  .strictObject({
    document: documentKind,
    clientId: id.optional(),
    worksheetId: id.optional(),
    sponsor: sponsorReportChoice.optional(),
  })
  .refine((request) => request.sponsor === undefined || request.document === 'sponsor-report', {
    message: 'Only a sponsor report takes a choice of parts',
    path: ['sponsor'],
  });
export type ExportRequestInput = z.infer<typeof exportRequest>;

/**
 * A folder the user chose with `exports:chooseFolder`, as an opaque token: the main process
 * keeps the path, so the page can only ever write where the user pointed.
 */
export const folderHandle = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'Not a folder chosen in this session');

/** How exporting works in this app. */
export const exportsInfo = z.strictObject({
  /** False when documents cannot be exported here; `message` says why and what to do. */
  available: z.boolean(),
  /** "Show in folder" works on a desktop, not in a browser. */
  canShowInFolder: z.boolean(),
  /** Where every document goes without asking (web mode's --exports folder); null when asked. */
  fixedFolder: z.string().nullable(),
  /** Empty when available. */
  message: z.string(),
});
export type ExportsInfo = z.infer<typeof exportsInfo>;

/** One document written: its history record, and where it went in two parts for display. */
export const exportSaved = z.strictObject({
  status: z.literal('saved'),
  record: exportRecord,
  fileName: z.string(),
  folder: z.string(),
  canShowInFolder: z.boolean(),
});
export type ExportSaved = z.infer<typeof exportSaved>;

const cancelled = z.strictObject({ status: z.literal('cancelled') });

export const exportOutcome = z.discriminatedUnion('status', [exportSaved, cancelled]);
export type ExportOutcome = z.infer<typeof exportOutcome>;

export const folderChoice = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('chosen'),
    folder: folderHandle,
    /** The folder's path, to tell the user where the documents are going. */
    path: z.string(),
  }),
  cancelled,
]);
export type FolderChoice = z.infer<typeof folderChoice>;

export const exportsChannels = {
  'exports:info': channel('How exporting works here.', z.strictObject({}), exportsInfo),
  'exports:save': channel(
    'Export one document to Word, asking where to save it (suggesting a name in the last folder used).',
    exportRequest,
    exportOutcome,
  ),
  'exports:chooseFolder': channel(
    'Ask the user for a folder to export several documents into; answers with a handle to it.',
    z.strictObject({}),
    folderChoice,
  ),
  'exports:saveToFolder': channel(
    'Export one document into a chosen folder under its suggested name, never overwriting a file.',
    z.strictObject({
      folder: folderHandle,
      request: exportRequest,
      /** More documents of the same "export all" follow: their history is saved once, at the end. */
      more: z.boolean().optional(),
    }),
    exportSaved,
  ),
  'exports:showInFolder': channel(
    'Show an exported file, from the export history, in the system file manager.',
    z.strictObject({ recordId: id }),
    z.strictObject({}),
  ),
} as const;
