import type {
  AgreementTemplate,
  Client,
  PracticeProfile,
  Workbook,
  Worksheet,
} from '../../../shared/schema';

/** Something the user edits in place and that saves itself. */
export type EntityRef =
  | { type: 'practice' }
  | { type: 'template' }
  | { type: 'client'; id: string }
  | { type: 'worksheet'; id: string };

/** An entity's whole value, tagged with what it is. */
export type EntitySnapshot =
  | { type: 'practice'; value: PracticeProfile }
  | { type: 'template'; value: AgreementTemplate }
  | { type: 'client'; value: Client }
  | { type: 'worksheet'; value: Worksheet };

export function entityKey(ref: EntityRef): string {
  return ref.type === 'practice' || ref.type === 'template' ? ref.type : `${ref.type}:${ref.id}`;
}

export function refOf(snapshot: EntitySnapshot): EntityRef {
  switch (snapshot.type) {
    case 'practice':
    case 'template':
      return { type: snapshot.type };
    case 'client':
      return { type: 'client', id: snapshot.value.id };
    case 'worksheet':
      return { type: 'worksheet', id: snapshot.value.id };
  }
}

/** The entity as it is in the workbook, or undefined when it is gone. */
export function readEntity(workbook: Workbook, ref: EntityRef): EntitySnapshot | undefined {
  switch (ref.type) {
    case 'practice':
      return { type: 'practice', value: workbook.practice };
    case 'template':
      return { type: 'template', value: workbook.agreementTemplate };
    case 'client': {
      const value = workbook.clients.find((c) => c.id === ref.id);
      return value && { type: 'client', value };
    }
    case 'worksheet': {
      const value = workbook.worksheets.find((w) => w.id === ref.id);
      return value && { type: 'worksheet', value };
    }
  }
}

/** A copy of the workbook with the entity put in (the rest is shared, not copied). */
export function writeEntity(workbook: Workbook, snapshot: EntitySnapshot): Workbook {
  switch (snapshot.type) {
    case 'practice':
      return { ...workbook, practice: snapshot.value };
    case 'template':
      return { ...workbook, agreementTemplate: snapshot.value };
    case 'client':
      return { ...workbook, clients: upsert(workbook.clients, snapshot.value) };
    case 'worksheet':
      return { ...workbook, worksheets: upsert(workbook.worksheets, snapshot.value) };
  }
}

export function upsert<T extends { id: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return [...items, item];
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

export function removeById<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}
