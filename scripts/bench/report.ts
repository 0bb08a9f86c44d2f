/** The bench's goals, and the table that puts every figure beside its goal. */
import type { ExportFigures } from './exportFigures';
import type { StoreFigures } from './storeFigures';
import type { UiFigures } from './uiFigures';

/** Everything measured at one workbook size. */
export interface SizeResult {
  store: StoreFigures;
  export: ExportFigures;
  ui: UiFigures;
}

export interface Goal {
  at_most?: number;
  at_least?: number;
  say: string;
  /** The goal holds at this size only (other sizes are reported without one). */
  only_at_clients?: number;
}

export const GOALS: Record<string, Goal> = {
  save_ms: { at_most: 10, say: '≤ 10' },
  save_vs_raw_write: { at_most: 3, say: '≤ 3' },
  durable_p95_ms: { at_most: 1000, say: '≤ 1000' },
  open_vs_json_parse: { at_most: 2, say: '≤ 2' },
  export_all_writes: { at_most: 1, say: '≤ 1' },
  pandoc_vs_export: { at_least: 1.5, say: '≥ 1.5 (pandoc ÷ our CLI)' },
  ui_first_list_ms: { at_most: 500, say: '≤ 500' },
  api_bytes_at_open: {
    at_most: 1_000_000,
    say: '≤ 1,000,000 (1 MB) at 1,000 clients',
    only_at_clients: 1000,
  },
  keystroke_p95_ms: { at_most: 16, say: '≤ 16' },
  renderer_heap_mb: { at_most: 150, say: '≤ 150' },
};

type Row = [name: string, value: (r: SizeResult) => number | null];

const ROWS: Row[] = [
  ['workbook_mb', (r) => r.store.workbook_mb],
  ['save_ms', (r) => r.store.save_ms],
  ['save_vs_raw_write', (r) => r.store.save_vs_raw_write],
  ['durable_p95_ms', (r) => r.store.durable_p95_ms],
  ['open_ms', (r) => r.store.open_ms],
  ['open_vs_json_parse', (r) => r.store.open_vs_json_parse],
  ['export_all_writes', (r) => r.store.export_all_writes],
  ['export_in_process_ms', (r) => r.export.export_in_process_ms],
  ['cli_export_ms', (r) => r.export.cli_export_ms],
  ['pandoc_ms', (r) => r.export.pandoc_ms],
  ['pandoc_vs_export', (r) => r.export.pandoc_vs_export],
  ['ui_first_list_ms', (r) => r.ui.ui_first_list_ms],
  ['api_bytes_at_open', (r) => r.ui.api_bytes_at_open],
  ['keystroke_p95_ms', (r) => r.ui.keystroke_p95_ms],
  ['renderer_heap_mb', (r) => r.ui.renderer_heap_mb],
];

/** ' ✓' when `value` meets `goal`, ' ✗' when not, '' when there is no goal at this size. */
function verdict(value: number, goal: Goal | undefined, clients: number): string {
  if (goal === undefined) return '';
  if (goal.only_at_clients !== undefined && goal.only_at_clients !== clients) return '';
  const met =
    (goal.at_most === undefined || value <= goal.at_most) &&
    (goal.at_least === undefined || value >= goal.at_least);
  return met ? ' ✓' : ' ✗';
}

export function printTable(results: readonly SizeResult[]): void {
  const width = 18;
  console.log(
    `${'figure'.padEnd(22)}${results.map((r) => `${r.store.clients} clients`.padStart(width)).join('')}  goal`,
  );
  for (const [name, get] of ROWS) {
    const goal = GOALS[name];
    const cells = results.map((r) => {
      const value = get(r);
      const shown =
        value === null ? '–  ' : `${value}${verdict(value, goal, r.store.clients) || '  '}`;
      return shown.padStart(width);
    });
    console.log(`${name.padEnd(22)}${cells.join('')}  ${goal?.say ?? ''}`);
  }
  console.log('(✓ meets its goal, ✗ misses it, – not measured; reported, never asserted)');
  for (const r of results) {
    for (const note of [...r.export.notes, ...r.ui.notes]) {
      console.log(`${r.store.clients} clients: ${note}`);
    }
  }
}
