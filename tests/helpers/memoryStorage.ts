import type { PendingStorage } from '../../src/renderer/src/state/pendingEdits';

/**
 * localStorage, in memory, with the browser's quota: key and value lengths count against it,
 * a value replacing another frees the old one's room, and a write past it throws the
 * browser's QuotaExceededError. Counts writes, to see what a change costs.
 */
export class MemoryStorage implements PendingStorage {
  private readonly items = new Map<string, string>();
  writes = 0;

  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const old = this.items.get(key);
    const used = this.used() - (old === undefined ? 0 : key.length + old.length);
    if (used + key.length + value.length > this.quota) {
      throw new DOMException(
        `Setting the value of '${key}' exceeded the quota.`,
        'QuotaExceededError',
      );
    }
    this.writes += 1;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
  private used(): number {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }
}
