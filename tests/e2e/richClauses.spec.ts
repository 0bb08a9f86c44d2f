import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type RunningApp } from './fixtures';
import { newClient } from './editorHelpers';
import { allSaved, expectAccessible, workbookText } from './screenChecks';

const WORD_HTML = join(import.meta.dirname, '..', 'fixtures', 'word-clipboard.html');

interface StoredClause {
  title: string;
  body: unknown;
}

async function agreementClauses(file: string): Promise<StoredClause[]> {
  const book = JSON.parse(await workbookText(file)) as {
    worksheets: { kind: string; clauses?: StoredClause[] }[];
  };
  return book.worksheets.find((w) => w.kind === 'agreement')?.clauses ?? [];
}

/** A new draft agreement for a new client, open on its page; the page's clause list. */
async function openNewAgreement(page: Page, app: RunningApp): Promise<Locator> {
  const clientId = await newClient(page, app, 'Dana Whitfield');
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/clients/${clientId}`);
  await page.getByRole('button', { name: '+ New agreement' }).click();
  await expect(page).toHaveURL(/#\/worksheets\//);
  const clauses = page.getByRole('list', { name: 'Clause list' }).locator(':scope > li');
  await expect(clauses.first()).toBeVisible();
  return clauses;
}

/** Paste `data` into the focused editor as the browser would: a paste event with a clipboard. */
async function paste(box: Locator, data: Record<string, string>): Promise<void> {
  await box.evaluate((element, items) => {
    const clipboard = new DataTransfer();
    for (const [type, value] of Object.entries(items)) clipboard.setData(type, value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
    );
  }, data);
}

test('a clause with a list, bold words and merge chips: saved, previewed, undone and exported as a Word list', async ({
  page,
  app,
  workbookFile,
  exportsDir,
}) => {
  const clauses = await openNewAgreement(page, app);
  await page.getByLabel('Fee', { exact: true }).fill('GBP 150 per session');

  await page.getByRole('button', { name: '+ Add a clause' }).click();
  const added = clauses.last();
  await added.getByLabel('Clause title').fill('How we work');
  const body = added.getByRole('textbox', { name: 'Clause text' });
  await body.click();

  // A chip by typing `{`: the list narrows as the label is typed, Enter takes the first.
  await page.keyboard.type('Dear {client n');
  const fields = page.getByRole('listbox', { name: 'Merge fields' });
  await expect(fields.getByRole('option')).toHaveCount(1);
  await expect(fields.getByRole('option')).toContainText('Client name');
  await expect(body).toHaveAttribute('aria-activedescendant', /.+/);
  await page.screenshot({ path: 'test-results/screenshots/rich-clause-suggestions.png' });
  await page.keyboard.press('Enter');
  await expect(fields).toHaveCount(0);
  await expect(body.locator('.merge-chip')).toHaveText(['Client name']);
  await page.keyboard.type(', each session');

  // Escape closes the list and leaves the brace as typed.
  await page.keyboard.type(' {');
  await expect(fields).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(fields).toHaveCount(0);
  await expect(body).toContainText('each session {');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(':');

  // A bulleted list, bold from the keyboard, a chip from the menu.
  await page.keyboard.press('Enter');
  await added.getByRole('button', { name: 'Bulleted list' }).click();
  await expect(added.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Control+B');
  await page.keyboard.type('lasts');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' an hour');
  await page.keyboard.press('Enter');
  await page.keyboard.type('costs ');
  await added.getByRole('button', { name: 'Insert field' }).click();
  const menu = page.getByRole('menu', { name: 'Merge fields' });
  await expect(menu.getByRole('group', { name: 'Your usual terms' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Fee', exact: true }).click();
  await expect(menu).toHaveCount(0);
  await expect(body.locator('li .merge-chip')).toHaveText(['Fee']);
  await expect(body).toBeFocused();

  // A chip goes with one Backspace, and comes back with the app's Undo: one step, the deletion
  // only (typing in one clause is one step while it goes on; a pause ends the step).
  await page.waitForTimeout(1_100);
  await page.keyboard.press('Backspace');
  await expect(body.locator('.merge-chip')).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(body.locator('li .merge-chip')).toHaveText(['Fee']);
  await expect(body).toContainText('costs Fee');

  const preview = page.getByRole('region', { name: 'The agreement as the client reads it' });
  await expect(preview).toContainText('Dear Dana Whitfield, each session:');
  await expect(
    preview.locator('.rich-text-view li', { hasText: 'lasts an hour' }).locator('strong'),
  ).toHaveText('lasts');
  await expect(preview.locator('.rich-text-view li', { hasText: 'costs' })).toHaveText(
    'costs GBP 150 per session',
  );
  const shown = preview.locator('.paper-clauses > li').last();
  await expect(shown.locator('.merge-value')).toHaveText(['Dana Whitfield', 'GBP 150 per session']);

  await allSaved(page);
  const stored = await agreementClauses(workbookFile);
  expect(stored.at(-1)).toEqual({
    id: expect.any(String) as unknown,
    title: 'How we work',
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Dear ' },
            { type: 'mergeField', attrs: { key: 'clientName' } },
            { type: 'text', text: ', each session:' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'lasts', marks: [{ type: 'bold' }] },
                    { type: 'text', text: ' an hour' },
                  ],
                },
              ],
            },
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'costs ' },
                    { type: 'mergeField', attrs: { key: 'fee' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  });

  await added.screenshot({ path: 'test-results/screenshots/rich-clause-editor.png' });
  await shown.screenshot({ path: 'test-results/screenshots/rich-clause-preview.png' });
  await expectAccessible(page, 'Agreement with a rich clause');

  // Still there after a reload.
  await page.reload();
  const reloaded = clauses.last().getByRole('textbox', { name: 'Clause text' });
  await expect(reloaded.locator('.merge-chip')).toHaveText(['Client name', 'Fee']);
  await expect(reloaded.locator('ul > li')).toHaveCount(2);
  await expect(reloaded.locator('strong')).toHaveText('lasts');

  // Exported: a real Word list, with the client's values in place of the chips.
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const docx = async () => (await readdir(exportsDir)).filter((n) => n.endsWith('.docx'));
  await expect.poll(docx, { timeout: 30_000 }).toHaveLength(1);
  const [file = ''] = await docx();
  const parts = unzipSync(new Uint8Array(await readFile(join(exportsDir, file))));
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const costs = xml.split('<w:p>').find((p) => p.includes('costs '));
  expect(costs).toContain('<w:numPr>');
  expect(xml).toContain('GBP 150 per session');
  expect(xml).toContain('Dana Whitfield');
  expect(xml).not.toContain('{{');
});

test('pasting from Word gives real lists; pasted {{fields}} become chips; a huge paste is refused', async ({
  page,
  app,
  workbookFile,
}) => {
  const clauses = await openNewAgreement(page, app);
  await page.getByRole('button', { name: '+ Add a clause' }).click();
  const body = clauses.last().getByRole('textbox', { name: 'Clause text' });
  await body.click();

  await paste(body, {
    'text/html': await readFile(WORD_HTML, 'utf8'),
    'text/plain': 'Sessions and fees',
  });
  await expect(body.locator(':scope > ul > li')).toHaveCount(2);
  await expect(body.locator(':scope > ul > li').first().locator('ul > li')).toHaveText(
    'by video or in person',
  );
  await expect(body.locator(':scope > ol')).toHaveAttribute('start', '3');
  await expect(body.locator(':scope > ol > li')).toHaveText([
    'write to coach@example.com',
    'see the terms',
  ]);
  await expect(body.locator('b, strong').first()).toHaveText('Sessions and fees');
  await expect(body.locator('a[href="mailto:coach@example.com"]')).toHaveCount(1);
  await expect(body.locator('.merge-chip')).toHaveText(['Number of sessions']);
  await expect(body).not.toContainText('·');
  // Word's fonts and colours are not kept.
  await expect(body.locator('[style]')).toHaveCount(0);

  // Plain text with bullets and a field written out.
  // After the numbered list: Enter on an empty item leaves the list.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await paste(body, { 'text/plain': 'Bring:\n• your notes\n• {{clientOrganization}} goals' });
  await expect(body.locator(':scope > ul').last().locator('li')).toHaveText([
    'your notes',
    'Client organization goals',
  ]);
  await allSaved(page);
  const before = JSON.stringify((await agreementClauses(workbookFile)).at(-1));

  // Too much to paste: a clear message, nothing lost, nothing pasted.
  await paste(body, { 'text/plain': 'x'.repeat(150_000) });
  await expect(page.getByRole('alert')).toContainText('That is too much to paste into one clause');
  await expect(body).not.toContainText('xxxxxxxxxx');
  await allSaved(page);
  expect(JSON.stringify((await agreementClauses(workbookFile)).at(-1))).toBe(before);
});
