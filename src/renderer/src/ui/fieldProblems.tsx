import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useModelSelector } from '../state/ModelContext';

/**
 * Where an edit the schema refuses is shown: at the field the coach just changed. Pages wrap an
 * entity's fields in <EntityFields entity="worksheet:…">; every TextField and TextArea inside
 * notes when it is edited and shows the entity's problem while it is the one last edited.
 */
const EntityContext = createContext<string | null>(null);

export function EntityFields({ entity, children }: { entity: string; children: ReactNode }) {
  return <EntityContext.Provider value={entity}>{children}</EntityContext.Provider>;
}

interface LastEdited {
  entity: string;
  field: string;
}

let lastEdited: LastEdited | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function noteEdited(entity: string, field: string): void {
  if (lastEdited?.entity === entity && lastEdited.field === field) return;
  lastEdited = { entity, field };
  for (const listener of listeners) listener();
}

/**
 * For one field (by its element id): what is wrong with the entity it belongs to, when it was
 * the field last edited, and the function to call on each change.
 */
export function useEditedFieldProblem(field: string): {
  problem: string | null;
  edited: () => void;
} {
  const entity = useContext(EntityContext);
  const mine = useSyncExternalStore(
    subscribe,
    () => entity !== null && lastEdited?.entity === entity && lastEdited.field === field,
  );
  const message = useModelSelector((s) =>
    mine && entity !== null ? (s.problems.get(entity)?.[0]?.message ?? null) : null,
  );
  return {
    problem: message === null ? null : `${message}. Until it is fixed, this is not saved.`,
    edited: () => {
      if (entity !== null) noteEdited(entity, field);
    },
  };
}
