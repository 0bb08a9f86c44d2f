import { z } from 'zod';
import { channel } from './channel';
import { idInput } from './workbook';
import { client, worksheet } from '../schema';

/** A client as the UI creates it: the main process adds id and timestamps. */
export const clientDraft = client.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
});
export type ClientDraft = z.infer<typeof clientDraft>;

/** What deleting a client removed, so that the deletion can be undone. */
export const deletedClient = z.strictObject({
  client,
  worksheets: z.array(worksheet),
});
export type DeletedClient = z.infer<typeof deletedClient>;

export const clientsChannels = {
  'clients:list': channel(
    'All clients; archived ones only when asked.',
    z.strictObject({ includeArchived: z.boolean() }),
    z.array(client),
  ),
  'clients:get': channel('One client.', idInput, client),
  'clients:create': channel('Add a client.', z.strictObject({ client: clientDraft }), client),
  'clients:update': channel(
    'Replace a client record (id, createdAt and archivedAt are kept as stored).',
    z.strictObject({ client }),
    client,
  ),
  'clients:archive': channel('Hide a client from the usual lists.', idInput, client),
  'clients:restore': channel('Bring an archived client back.', idInput, client),
  'clients:delete': channel(
    'Delete a client and their worksheets; returns what was removed for undo.',
    idInput,
    deletedClient,
  ),
  'clients:undelete': channel(
    'Put back a client removed by clients:delete.',
    z.strictObject({ deleted: deletedClient }),
    client,
  ),
} as const;
