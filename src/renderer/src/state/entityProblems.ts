import type { z } from 'zod';
import { agreementTemplate, client, practiceProfile, worksheet } from '../../../shared/schema';
import type { EntitySnapshot } from './entities';

/** Something wrong with one field of an entity, in the coach's words. */
export interface FieldProblem {
  /** Where in the entity, e.g. `name` or `objectives.2.what` (never shown to the coach). */
  path: string;
  message: string;
}

const SCHEMAS: { [T in EntitySnapshot['type']]: z.ZodType } = {
  practice: practiceProfile,
  template: agreementTemplate,
  client,
  worksheet,
};

/**
 * The entity checked against the same schema main checks it with, before it is sent: what is
 * wrong shows at its field at once, and nothing main would refuse is sent.
 */
export function problemsOf(snapshot: EntitySnapshot): FieldProblem[] {
  const parsed = SCHEMAS[snapshot.type].safeParse(snapshot.value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The first problem at `path` or inside it. */
export function problemAt(
  problems: readonly FieldProblem[] | undefined,
  path: string,
): string | null {
  const found = problems?.find((p) => p.path === path || p.path.startsWith(`${path}.`));
  return found ? found.message : null;
}
