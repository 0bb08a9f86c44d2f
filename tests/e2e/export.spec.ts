import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import {
  expectAccessible,
  openApp,
  readWorkbookJson,
  sampleWorkbook,
  screenshots,
  workbookText,
} from './screenChecks';

const test = base.extend<{ sampleClients: number }>({
  sampleClients: [3, { option: true }],
  initialWorkbook: sampleWorkbook,
});

/** The newest toast's text, once it says what was saved. */
async function savedToast(page: Page, what: RegExp): Promise<string> {
  const toast = page.locator('.toast').filter({ hasText: what }).last();
  await expect(toast).toBeVisible({ timeout: 30_000 });
  return toast.innerText();
}

/** Each file in the exports folder is a Word document (a zip), and nothing half-written. */
async function exportedFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).sort();
  for (const name of names) {
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2} .+\.docx$/);
    expect((await readFile(join(folder, name))).subarray(0, 2).toString('latin1')).toBe('PK');
  }
  return names;
}

/** Close the toasts so that the screenshots show what is under them. */
async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.locator('.toast').getByRole('button', { name: 'Dismiss' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

test.describe('Export to Word from the app (web mode, --exports folder)', () => {
  test('by button, by Ctrl+E and all at once, with toasts, progress and the history', async ({
    page,
    app,
    workbookFile,
    exportsDir,
  }) => {
    const book = await readWorkbookJson(workbookFile);
    const client = book.clients.find((c) => book.worksheets.some((w) => w.clientId === c.id));
    if (!client) throw new Error('the sample has no client with worksheets');
    await openApp(page, app);

    // Home: the practice summary, by its button.
    await page.getByRole('button', { name: 'Export practice summary' }).click();
    const homeToast = await savedToast(page, /Saved .*Practice Summary\.docx/);
    expect(homeToast).toContain(exportsDir);
    // A browser cannot open the file manager, so the toast does not offer it.
    await expect(page.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
    await screenshots(page, 'export-home-toast');
    expect(await exportedFiles(exportsDir)).toHaveLength(1);

    // The client's page: the client report, by Ctrl+E.
    await go(page, `#/clients/${client.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(client.name);
    await dismissToasts(page);
    await screenshots(page, 'export-client-page');
    await page.keyboard.press('Control+E');
    await savedToast(page, new RegExp(`Saved .*${client.name} - Coaching Report\\.docx`));
    expect(await exportedFiles(exportsDir)).toHaveLength(2);

    // A worksheet, by the button in its header.
    await page.getByRole('region', { name: 'Worksheets' }).getByRole('link').first().click();
    await expect(page.locator('#worksheet-title')).toBeVisible();
    const before = await exportedFiles(exportsDir);
    await page.getByRole('button', { name: 'Export to Word' }).click();
    // Counted while it is being written (its hidden temp file may be there meanwhile)…
    const docxNames = async () => (await readdir(exportsDir)).filter((n) => n.endsWith('.docx'));
    await expect.poll(docxNames, { timeout: 30_000 }).toHaveLength(3);
    const [worksheetFile = ''] = (await docxNames()).filter((f) => !before.includes(f));
    expect(worksheetFile).toContain(`${client.name} - `);
    await savedToast(page, new RegExp(`Saved ${worksheetFile.replace(/[.()]/g, '\\$&')}`));
    // …and once saved, the folder holds just the three documents, nothing half-written.
    expect(await exportedFiles(exportsDir)).toHaveLength(3);

    // Back on the client's page, the two exports for them are listed: what, when, where.
    await go(page, `#/clients/${client.id}`);
    const recent = page.getByRole('region', { name: 'Recent exports' });
    await expect(recent.getByRole('listitem')).toHaveCount(2);
    await expect(recent.getByRole('listitem').first()).toContainText(exportsDir);
    await expect(recent).toContainText('Client report');
    await dismissToasts(page);
    await recent.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'Client page with recent exports');
    await screenshots(page, 'export-client-recent');

    // Every document of the client, into the folder, with real progress.
    await recent.getByRole('button', { name: 'Export all documents…' }).click();
    const dialog = page.getByRole('dialog', { name: `Export all documents for ${client.name}` });
    await expect(dialog).toBeVisible();
    const documents = dialog.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    const n = await documents.count();
    const sheets = book.worksheets.filter((w) => w.clientId === client.id);
    // Each worksheet (one per agreement series at most), and the client report.
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThanOrEqual(sheets.length + 1);
    await expect(documents.last()).toContainText('Client report');
    await expectAccessible(page, 'Export all documents (ready)');
    await screenshots(page, 'export-all-ready');

    await dialog.getByRole('button', { name: `Export ${n} documents` }).click();
    await expect(dialog.getByText(`${n} of ${n}`)).toBeVisible({ timeout: 60_000 });
    await expect(dialog).toContainText(`All ${n} documents are saved in ${exportsDir}.`);
    await expect(dialog.getByRole('progressbar', { name: 'Documents exported' })).toHaveAttribute(
      'value',
      String(n),
    );
    await expect(dialog.locator('li[data-status="saved"]')).toHaveCount(n);
    await expectAccessible(page, 'Export all documents (finished)');
    await screenshots(page, 'export-all-finished');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // Nothing was overwritten: the second client report got "(2)".
    const files = await exportedFiles(exportsDir);
    expect(files).toHaveLength(3 + n);
    expect(files.some((f) => f.endsWith(`${client.name} - Coaching Report (2).docx`))).toBe(true);
    await expect(recent.getByRole('listitem')).toHaveCount(5);

    // The workbook keeps the history; My practice lists all of it.
    const saved = JSON.parse(await workbookText(workbookFile)) as {
      exportHistory: { title: string; path: string }[];
    };
    expect(saved.exportHistory).toHaveLength(3 + n);
    expect(saved.exportHistory.map((r) => r.path.slice(exportsDir.length + 1)).sort()).toEqual(
      files,
    );
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My practice' })
      .click();
    const historySection = page.getByRole('region', { name: 'Export history' });
    await expect(historySection.getByRole('row')).toHaveCount(3 + n + 1);
    await historySection.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'My practice with the export history');
    await screenshots(page, 'export-history');

    // Elsewhere, Ctrl+E explains where it works.
    await page.keyboard.press('Control+E');
    await expect(
      page.locator('.toast').filter({ hasText: 'exports the worksheet, client or Home page' }),
    ).toBeVisible();
    expect(await exportedFiles(exportsDir)).toHaveLength(3 + n);
  });
});
