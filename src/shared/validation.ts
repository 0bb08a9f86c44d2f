import type { z } from 'zod';
import { fail, ok, type Problem, type Result } from './result';

/** `['clients', 3, 'name']` → `clients.3.name`; the root is `(workbook)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((part) => String(part)).join('.');
}

/** Every issue of a zod error as a located, readable problem. */
export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Validate `value` with `schema`; on failure, an `invalid` error that names each field. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const problems = problemsOf(parsed.error);
  const first = problems[0];
  const detail = first ? ` ${first.path}: ${first.message}` : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return fail('invalid', `${what} is not valid.${detail}${more}`, problems);
}
