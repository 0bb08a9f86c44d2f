import { z } from 'zod';
import { channel } from './channel';
import { idInput } from './workbook';
import {
  agreementTemplate,
  client,
  clientStatus,
  exportRecord,
  id,
  isoDate,
  lineText,
  longText,
  optionalDate,
  practiceProfile,
  timestamp,
  worksheet,
  MAX_CLIENTS,
} from '../schema';
import { DUE_ITEM_KINDS, type DueItem } from '../domain/dueItems';
import type { ClientSummary } from '../domain/clientSummary';

/**
 * What the screens load, each when it shows: the workbook's small parts and one row per client
 * at opening, a client with their worksheets when their page opens, what is due when Home
 * shows. The page never needs the whole workbook.
 */

export const clientSummary = z.strictObject({
  id,
  name: lineText,
  organization: lineText,
  role: lineText,
  status: clientStatus,
  startDate: optionalDate,
  yearlyCheckInDate: optionalDate,
  updatedAt: timestamp,
  archivedAt: timestamp.nullable(),
  worksheetCount: z.number().int().min(0),
}) satisfies z.ZodType<ClientSummary>;

/** What the page loads when the workbook opens. */
export const openedWorkbook = z.strictObject({
  practice: practiceProfile,
  agreementTemplate,
  /** Every client, as a list row, in no particular order. */
  clients: z.array(clientSummary).max(MAX_CLIENTS),
  /** The coach's own worksheets (few, and shown on "My worksheets"). */
  ownWorksheets: z.array(worksheet),
});
export type OpenedWorkbook = z.infer<typeof openedWorkbook>;

/** One client as their page shows them: the record and every worksheet and agreement. */
export const clientFile = z.strictObject({
  client,
  worksheets: z.array(worksheet),
});
export type ClientFile = z.infer<typeof clientFile>;

export const dueItem = z.strictObject({
  kind: z.enum(DUE_ITEM_KINDS),
  date: isoDate.nullable(),
  overdue: z.boolean(),
  daysFromToday: z.number().int().nullable(),
  clientId: id.nullable(),
  worksheetId: id.nullable(),
  itemId: id.nullable(),
  title: longText,
  detail: longText,
}) satisfies z.ZodType<DueItem>;

/** One kind of thing due: how many, how many late, and the most urgent of them. */
export const dueGroup = z.strictObject({
  kind: z.enum(DUE_ITEM_KINDS),
  total: z.number().int().min(0),
  overdue: z.number().int().min(0),
  /** The first items of the group, most urgent first (all of them when asked). */
  items: z.array(dueItem),
});
export type DueGroup = z.infer<typeof dueGroup>;

export const viewsChannels = {
  'workbook:open': channel(
    'What the page shows first: the practice, the template, one row per client and the coach’s own worksheets.',
    z.strictObject({}),
    openedWorkbook,
  ),
  'workbook:due': channel(
    'What is due within 30 days or late, as of today, by kind: counts and the first items, most urgent first.',
    z.strictObject({
      /** One kind only, or every kind (null). */
      kind: z.enum(DUE_ITEM_KINDS).nullable(),
      first: z.number().int().min(1).max(200_000),
    }),
    z.array(dueGroup),
  ),
  'workbook:exportHistory': channel(
    'Documents exported, newest last: of one client, or of the whole practice (clientId null).',
    z.strictObject({ clientId: id.nullable() }),
    z.array(exportRecord),
  ),
  'clients:open': channel(
    'A client with every worksheet and agreement of theirs.',
    idInput,
    clientFile,
  ),
  'clients:search': channel(
    'Ids of the clients whose name, organization or notes hold every word of the text.',
    z.strictObject({ text: z.string().max(1000) }),
    z.array(id),
  ),
} as const;
