/** The same items, each with a fresh id. */
export function renew<T extends { id: string }>(items: readonly T[], newId: () => string): T[] {
  return items.map((item) => ({ ...item, id: newId() }));
}
