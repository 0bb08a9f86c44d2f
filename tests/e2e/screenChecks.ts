import { readWorkbookAt } from '../../src/main/store/readWorkbookAt';
/**
 * Shared steps for the Home, Clients and first-day specs: open the app, make a sample
 * workbook with the real CLI, save screenshots in light and dark, and run axe.
 */
import { execFile } from 'node:child_process';

import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type RunningApp } from './fixtures';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
/** The CLI as `npm run cli` runs it (the e2e global setup builds it). */
const CLI = join(ROOT, 'out', 'node', 'cli.mjs');

/** The sizes every screen is looked at: comfortable and smallest supported. */
export const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

/**
 * A sample workbook made by `npm run cli -- sample` (the CLI entry, run directly), as the text of
 * a single-file workbook of version 2, which the server converts into its folder on open.
 */
export async function makeSampleWorkbook(dir: string, clients: number): Promise<string> {
  const out = join(dir, `sample-${clients}`);
  await run(
    process.execPath,
    [CLI, 'sample', '--out', out, '--clients', String(clients), '--seed', '7'],
    { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const reading = await readWorkbookAt(out);
  if (reading.kind !== 'valid') throw new Error(`The sample is ${reading.kind}`);
  return JSON.stringify({ ...reading.workbook, schemaVersion: 2 });
}

/**
 * The `initialWorkbook` fixture for tests that start from a sample workbook of
 * `sampleClients` clients, made in the test's own folder before the server starts:
 * `base.extend<{ sampleClients: number }>({ sampleClients: [12, { option: true }],
 * initialWorkbook: sampleWorkbook })`.
 */
export async function sampleWorkbook(
  { dataDir, sampleClients }: { dataDir: string; sampleClients: number },
  use: (text: string) => Promise<void>,
): Promise<void> {
  await use(await makeSampleWorkbook(dataDir, sampleClients));
}

/**
 * Open the app and wait until the main navigation is there (a 30 MB workbook of 1,000 clients
 * takes a few seconds to arrive).
 */
export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 });
}

/** Wait until the top bar says everything is saved. */
export async function allSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toContainText('All changes saved', {
    timeout: 10_000,
  });
}

/**
 * Screenshots of the screen as it is now, light and dark, at both sizes, into
 * test-results/screenshots/<name>-<light|dark>-<width>.png. Leaves the page light at 1440×900.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      // Laid out at the new size: two frames after the resize.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                resolve();
              }),
            ),
          ),
      );
      await page.screenshot({
        path: `test-results/screenshots/${name}-${colorScheme}-${viewport.width}.png`,
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(VIEWPORTS[0]);
}

/** No serious or critical accessibility problem on the screen as it is now, light and dark. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact ?? ''}): ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
    expect(serious, `${screen} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The workbook as the server last wrote it, as one JSON text: a workbook is a folder of files
 * now (the test's `workbook.json` names the folder `workbook` beside it), read as the app does.
 */
export async function workbookText(file: string): Promise<string> {
  const reading = await readWorkbookAt(file);
  if (reading.kind !== 'valid') throw new Error(`The workbook on disk is ${reading.kind}`);
  return JSON.stringify(reading.workbook);
}

/** The workbook as the server last wrote it. */
export async function readWorkbookJson(file: string): Promise<{
  practice: { businessName: string; coachName: string };
  clients: {
    id: string;
    name: string;
    organization: string;
    notes: string;
    archivedAt: string | null;
  }[];
  worksheets: { id: string; kind: string; title: string; clientId: string | null }[];
}> {
  return JSON.parse(await workbookText(file)) as Awaited<ReturnType<typeof readWorkbookJson>>;
}
