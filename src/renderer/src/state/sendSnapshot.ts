import type { WorkbookApi } from '../../../shared/contract';
import { mapResult, type Result } from '../../../shared/result';
import type { EntitySnapshot } from './entities';

/** Save one edited entity through the channel that replaces it; answers it as main stored it. */
export function sendSnapshot(
  api: WorkbookApi,
  snapshot: EntitySnapshot,
): Promise<Result<EntitySnapshot>> {
  switch (snapshot.type) {
    case 'practice':
      return api.practice
        .update({ profile: snapshot.value })
        .then((r) => mapResult(r, (value) => ({ type: 'practice', value })));
    case 'template':
      return api.template
        .save({ template: snapshot.value })
        .then((r) => mapResult(r, (value) => ({ type: 'template', value })));
    case 'client':
      return api.clients
        .update({ client: snapshot.value })
        .then((r) => mapResult(r, (value) => ({ type: 'client', value })));
    case 'worksheet':
      return api.worksheets
        .save({ worksheet: snapshot.value })
        .then((r) => mapResult(r, (value) => ({ type: 'worksheet', value })));
  }
}
