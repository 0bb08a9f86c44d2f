import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useModel, useModelSelector } from '../state/ModelContext';
import type { WorkbookModel } from '../state/workbookModel';

/**
 * Where an edit the schema refuses is shown: at the field the coach just changed. Pages wrap an
 * entity's fields in <EntityFields entity="worksheet:…">; every TextField and TextArea inside
 * notes when it is edited and shows the entity's problem while it is the one last edited.
 */
const EntityContext = createContext<string | null>(null);

export function EntityFields({ entity, children }: { entity: string; children: ReactNode }) {
  return <EntityContext.Provider value={entity}>{children}</EntityContext.Provider>;
}

/** Which field's edit brought each problem, by entity then problem path (a field's id). */
const owners = new Map<string, Map<string, string>>();
let version = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Apply an edit made in `field` of `entity`, and note the problems it brought as that field's:
 * the field shows them until they are gone. For fields that are not TextField and friends too.
 */
export function editAsField(
  model: WorkbookModel,
  entity: string,
  field: string,
  apply: () => void,
): void {
  const problemsOf = () => model.getState().problems.get(entity) ?? [];
  const before = new Set(problemsOf().map((p) => p.path));
  apply();
  const found = owners.get(entity) ?? new Map<string, string>();
  for (const problem of problemsOf()) {
    if (!before.has(problem.path)) found.set(problem.path, field);
  }
  owners.set(entity, found);
  version += 1;
  for (const listener of listeners) listener();
}

/**
 * For one field (by its element id): what is wrong in its entity because of its own edits, and
 * the function its changes go through.
 */
export function useEditedFieldProblem(field: string): {
  problem: string | null;
  edited: (apply: () => void) => void;
} {
  const model = useModel();
  const entity = useContext(EntityContext);
  useSyncExternalStore(subscribe, () => version);
  const message = useModelSelector((s) => {
    if (entity === null) return null;
    const found = owners.get(entity);
    return s.problems.get(entity)?.find((p) => found?.get(p.path) === field)?.message ?? null;
  });
  return {
    problem: message === null ? null : `${message}. Until it is fixed, this is not saved.`,
    edited: (apply) => {
      if (entity === null) apply();
      else editAsField(model, entity, field, apply);
    },
  };
}
