/**
 * What a coach waits for in the page, measured in Chromium against `npm run web` on the sample
 * workbook:
 * - ui_first_list_ms: a fresh load of `#/clients` until the first client row is painted
 *   (median of a few loads, after one load that hands the page its token and warms up);
 * - api_bytes_at_open: bytes of the /api/ responses received by then (median of those loads);
 * - keystroke_p95_ms: 100 keys typed into the IDP's Name field, ~10 a second, each from its
 *   keydown event to the next animation frame; the 95th percentile;
 * - renderer_heap_mb: the page's used JS heap after that and a forced garbage collection.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { PAGE_PROBE, OPENING, waitForKeys } from './pageProbe';
import { startWeb } from './webServer';
import { median, quantile, round } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const KEYS = 100;
const KEY_INTERVAL_MS = 100;
const TEXT = ' and the quick brown fox jumps over the lazy dog while the coach writes a plan';

export interface UiFigures {
  clients: number;
  ui_first_list_ms: number | null;
  keystroke_p95_ms: number | null;
  renderer_heap_mb: number | null;
  api_bytes_at_open: number | null;
  /** Every load's first-row time, in order. */
  first_list_runs_ms: number[];
  api_calls_at_open: number | null;
  keystroke_median_ms: number | null;
  notes: string[];
}

/** Page figures with nothing measured yet (or nothing measurable: `notes` says why). */
export function unmeasuredUiFigures(clients: number, notes: string[] = []): UiFigures {
  return {
    clients,
    ui_first_list_ms: null,
    keystroke_p95_ms: null,
    renderer_heap_mb: null,
    api_bytes_at_open: null,
    first_list_runs_ms: [],
    api_calls_at_open: null,
    keystroke_median_ms: null,
    notes,
  };
}

interface Opening {
  firstRowMs: number | null;
  apiCalls: number;
  encoded: number;
  decoded: number;
}

function isOpening(value: unknown): value is Opening {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['apiCalls', 'encoded', 'decoded'].every((k) => typeof Reflect.get(value, k) === 'number')
  );
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

/** Load `#/clients` afresh in `page` and measure until the first client row is painted. */
async function openClients(page: Page, origin: string, timeoutMs: number): Promise<Opening> {
  await page.goto('about:blank');
  await page.goto(`${origin}/#/clients`);
  await page.locator('.client-row').first().waitFor({ state: 'visible', timeout: timeoutMs });
  await page.waitForFunction('window.__cwBench.firstRowMs !== null', null, { timeout: 10_000 });
  const opening: unknown = await page.evaluate(OPENING);
  if (!isOpening(opening)) throw new Error('The page probe answered nothing useful.');
  return opening;
}

/** Type into the Name field of the IDP `worksheetId`; each keystroke's time to the next frame. */
async function typeIntoIdp(page: Page, worksheetId: string, timeoutMs: number): Promise<number[]> {
  await page.evaluate(`location.hash = '#/worksheets/${encodeURIComponent(worksheetId)}'`);
  const field = page.getByRole('region', { name: 'Profile' }).getByLabel('Name', { exact: true });
  await field.waitFor({ state: 'visible', timeout: timeoutMs });
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate('window.__cwBench.typing = true');
  const started = performance.now();
  for (let i = 0; i < KEYS; i += 1) {
    const wait = started + i * KEY_INTERVAL_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await page.keyboard.type(TEXT[i % TEXT.length] ?? 'a');
    await page.evaluate(waitForKeys(i + 1));
  }
  await page.evaluate('window.__cwBench.typing = false');
  return numbers(await page.evaluate('window.__cwBench.keys'));
}

/** The page's used JS heap after a forced garbage collection, in bytes. */
async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize.');
  return used.value;
}

export interface UiOptions {
  folder: string;
  clients: number;
  /** An IDP worksheet to type into. */
  idpId: string;
  /** Timed loads of the clients list. */
  loads: number;
}

/** Start the web server on `folder`, measure in Chromium, stop both. */
export async function uiFigures(options: UiOptions): Promise<UiFigures> {
  const { folder, clients, idpId, loads } = options;
  const notes: string[] = [];
  const figures = unmeasuredUiFigures(clients, notes);
  // A slow machine may need minutes for a large workbook: wait, and say so if it never comes.
  const timeoutMs = 60_000 + clients * 30;
  const web = await startWeb(folder, 600_000);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: PAGE_PROBE });
    const page = await context.newPage();

    // The address with its token: the page keeps the token for this tab (so a reload works),
    // and this first load warms the server and the browser up.
    await page.goto(`${web.origin}/#token=${web.token}`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .waitFor({ state: 'visible', timeout: timeoutMs });

    const openings: Opening[] = [];
    for (let i = 0; i < loads; i += 1) {
      const opening = await openClients(page, web.origin, timeoutMs);
      if (opening.encoded !== opening.decoded) {
        notes.push(`api bytes: ${opening.encoded} received, ${opening.decoded} decoded`);
      }
      openings.push(opening);
    }
    const firsts = openings.map((o) => o.firstRowMs ?? Number.NaN);
    figures.first_list_runs_ms = firsts.map((ms) => round(ms));
    figures.ui_first_list_ms = round(median(firsts));
    figures.api_bytes_at_open = round(median(openings.map((o) => o.encoded)));
    figures.api_calls_at_open = median(openings.map((o) => o.apiCalls));

    try {
      const keys = await typeIntoIdp(page, idpId, timeoutMs);
      if (keys.length < KEYS)
        notes.push(`only ${keys.length} of ${KEYS} keystrokes reached a frame`);
      figures.keystroke_p95_ms = round(quantile(keys, 0.95), 1);
      figures.keystroke_median_ms = round(median(keys), 1);
      try {
        await page
          .locator('.save-status', { hasText: 'All changes saved' })
          .waitFor({ state: 'visible', timeout: 60_000 });
      } catch {
        notes.push('the typing was not all saved within 60 s; the heap was measured anyway');
      }
      figures.renderer_heap_mb = round((await usedHeap(page)) / 1e6, 1);
    } catch (error) {
      notes.push(
        `typing: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    await context.close();
  } finally {
    await browser?.close();
    await web.stop();
  }
  return figures;
}
