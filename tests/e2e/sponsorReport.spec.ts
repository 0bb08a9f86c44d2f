import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { readWorkbookAt } from '../../src/main/store';
import type { Workbook } from '../../src/shared/schema';
import { expect, test as base } from './fixtures';
import { expectAccessible, openApp, sampleWorkbook, screenshots } from './screenChecks';

const test = base.extend<{ sampleClients: number }>({
  sampleClients: [3, { option: true }],
  initialWorkbook: sampleWorkbook,
});

async function workbookOnDisk(file: string): Promise<Workbook> {
  const reading = await readWorkbookAt(file);
  if (reading.kind !== 'valid') throw new Error(`The workbook on disk is ${reading.kind}`);
  return reading.workbook;
}

/** The words of a Word file, run together as Word shows them. */
async function wordsOf(path: string): Promise<string> {
  const part = unzipSync(new Uint8Array(await readFile(path)))['word/document.xml'];
  if (!part) throw new Error(`${path} has no word/document.xml`);
  return strFromU8(part)
    .replace(/<w:tab\/>|<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}

async function openDialog(page: Page, clientName: string) {
  await page.getByRole('button', { name: 'Sponsor report…' }).click();
  const dialog = page.getByRole('dialog', { name: `Sponsor report for ${clientName}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('The sponsor report (web mode, --exports folder)', () => {
  test('the coach unticks a part, exports, and finds the choice again after a reload', async ({
    page,
    app,
    workbookFile,
    exportsDir,
  }) => {
    const book = await workbookOnDisk(workbookFile);
    const idp = book.worksheets.find(
      (w) =>
        w.kind === 'idp' &&
        w.profile.manager.trim() !== '' &&
        book.worksheets.some((s) => s.kind === 'skills' && s.clientId === w.clientId),
    );
    const client = book.clients.find((c) => c.id === idp?.clientId);
    if (idp?.kind !== 'idp' || !client) throw new Error('no client with a plan and skills');
    await openApp(page, app);
    await page.evaluate((id) => {
      window.location.hash = `#/clients/${id}`;
    }, client.id);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(client.name);
    await screenshots(page, 'sponsor-report-button');

    // It opens with the defaults, prepared for the manager named in the plan.
    let dialog = await openDialog(page, client.name);
    const name = dialog.getByRole('textbox', { name: 'Prepared for' });
    await expect(name).toHaveValue(idp.profile.manager.trim());
    const strongest = dialog.getByRole('checkbox', { name: 'Strongest and most enjoyed skills' });
    const log = dialog.getByRole('checkbox', { name: 'Progress log' });
    const salary = dialog.getByRole('checkbox', { name: 'Salary conversation plan' });
    await expect(dialog.getByRole('checkbox', { name: 'Profile and career goals' })).toBeChecked();
    await expect(strongest).toBeChecked();
    await expect(log).not.toBeChecked();
    await expect(salary).not.toBeChecked();
    await expect(dialog).toContainText(`A sponsor never sees your private notes on ${client.name}`);
    await expectAccessible(page, 'Sponsor report dialog');
    await screenshots(page, 'sponsor-report-dialog');

    // Without a name, it says what is missing instead of exporting.
    await name.fill('');
    await dialog.getByRole('button', { name: 'Export sponsor report' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Type the name of the person');
    expect(await readdir(exportsDir)).toEqual([]);

    await name.fill('Dana Lee');
    await expect(dialog).toContainText(
      'The report opens with “Confidential — prepared for Dana Lee”',
    );
    await strongest.uncheck();
    await log.check();
    await dialog.getByRole('button', { name: 'Export sponsor report' }).click();
    await expect(dialog).toBeHidden();
    const toast = page.locator('.toast').filter({ hasText: /Saved .*Sponsor Report\.docx/ });
    await expect(toast).toBeVisible({ timeout: 30_000 });

    // The document has what was ticked, for the name typed, and not what was unticked.
    const files = (await readdir(exportsDir)).filter((f) => f.endsWith('.docx'));
    expect(files).toEqual([expect.stringMatching(new RegExp(`${client.name} - Sponsor Report`))]);
    const words = await wordsOf(join(exportsDir, files[0] ?? ''));
    expect(words).toContain('Confidential — prepared for Dana Lee');
    expect(words).toContain('Progress log');
    expect(words).toContain('Progress at a glance');
    expect(words).not.toContain('Strongest and most enjoyed');
    expect(words).not.toContain('Salary conversation');

    // The choice is kept with the client, and the dialog opens with it after a reload.
    await expect
      .poll(async () => {
        const saved = await workbookOnDisk(workbookFile);
        return saved.clients.find((c) => c.id === client.id)?.sponsorReport ?? null;
      })
      .toMatchObject({ preparedFor: 'Dana Lee' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(client.name);
    dialog = await openDialog(page, client.name);
    await expect(dialog.getByRole('textbox', { name: 'Prepared for' })).toHaveValue('Dana Lee');
    await expect(
      dialog.getByRole('checkbox', { name: 'Strongest and most enjoyed skills' }),
    ).not.toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Progress log' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Objectives and progress' })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('with two plans, the coach picks which one goes in, and that is remembered', async ({
    page,
    app,
    workbookFile,
    exportsDir,
  }) => {
    const book = await workbookOnDisk(workbookFile);
    const idp = book.worksheets.find((w) => w.kind === 'idp' && w.clientId !== null);
    const client = book.clients.find((c) => c.id === idp?.clientId);
    if (!idp || !client) throw new Error('the sample has no client with a plan');
    await openApp(page, app);
    await page.evaluate((id) => {
      window.location.hash = `#/clients/${id}`;
    }, client.id);
    await page.getByRole('button', { name: `Duplicate ${idp.title}` }).click();
    await expect(page.getByRole('link', { name: `${idp.title} (copy)` })).toBeVisible();

    const dialog = await openDialog(page, client.name);
    const which = dialog.getByRole('group', { name: 'Which ones' });
    const original = which.getByRole('checkbox', { name: idp.title, exact: true });
    const copy = which.getByRole('checkbox', { name: `${idp.title} (copy)` });
    await expect(original).toBeChecked();
    await expect(copy).toBeChecked();
    await copy.uncheck();
    await expectAccessible(page, 'Sponsor report dialog with two plans');
    await screenshots(page, 'sponsor-report-two-plans');
    await dialog.getByRole('textbox', { name: 'Prepared for' }).fill('Dana Lee');
    await dialog.getByRole('button', { name: 'Export sponsor report' }).click();
    await expect(page.locator('.toast').filter({ hasText: /Sponsor Report\.docx/ })).toBeVisible({
      timeout: 30_000,
    });
    const [file = ''] = (await readdir(exportsDir)).filter((f) => f.endsWith('.docx'));
    // One plan in the report: its heading once.
    const words = await wordsOf(join(exportsDir, file));
    expect(words.split('Progress at a glance')).toHaveLength(2);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(client.name);
    const again = await openDialog(page, client.name);
    const group = again.getByRole('group', { name: 'Which ones' });
    await expect(group.getByRole('checkbox', { name: idp.title, exact: true })).toBeChecked();
    await expect(group.getByRole('checkbox', { name: `${idp.title} (copy)` })).not.toBeChecked();
  });
});
