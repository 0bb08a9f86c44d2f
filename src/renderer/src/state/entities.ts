import type { AgreementTemplate, Client, PracticeProfile, Worksheet } from '../../../shared/schema';

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
