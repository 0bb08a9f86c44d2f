import type { Page } from '@playwright/test';
import { expect, test as base, type RunningApp } from './fixtures';
import {
  allSaved,
  expectAccessible,
  openApp,
  readWorkbookJson,
  sampleWorkbook,
  screenshots,
} from './screenChecks';

const test = base.extend<{ sampleClients: number }>({
  sampleClients: [12, { option: true }],
  initialWorkbook: sampleWorkbook,
});

/** Add a client straight through the API, as another window would. */
async function addClient(page: Page, app: RunningApp, name: string, notes = ''): Promise<string> {
  const response = await page.request.post(`${app.origin}/api/clients:create`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {
      client: {
        name,
        email: '',
        phone: '',
        organization: 'Fjord & Co',
        role: 'Team lead',
        status: 'active',
        referralSource: '',
        idealClientFit: 'good',
        startDate: '2025-01-15',
        yearlyCheckInDate: null,
        notes,
      },
    },
  });
  const body = (await response.json()) as { ok: boolean; value: { id: string } };
  expect(body.ok).toBe(true);
  return body.value.id;
}

const rows = (page: Page) => page.getByRole('list', { name: 'Clients' }).getByRole('listitem');

test.describe('Clients', () => {
  test('search ignores case and accents, filters and sorts; Ctrl+K finds the search box', async ({
    page,
    app,
  }) => {
    await addClient(page, app, 'Zoë Ångström', 'Goes kayaking near Tromsø every summer');
    await openApp(page, app);
    await page.keyboard.press('Control+K');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeFocused();
    await expect(page).toHaveURL(/#\/clients$/);

    await search.fill('zoe angstrom');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('Zoë Ångström');
    await search.fill('KAYAKING TROMSO');
    await expect(rows(page)).toHaveCount(1);
    await search.fill('fjord');
    await expect(rows(page).first()).toContainText('Zoë Ångström');
    await search.fill('no such person anywhere');
    await expect(page.getByText('No client matches your search and filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(search).toHaveValue('');

    await page.getByLabel('Status').selectOption('active');
    const statuses = await rows(page).locator('.client-status').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((text) => text === 'Active')).toBe(true);
    await page.getByLabel('Status').selectOption('all');

    await page.getByLabel('Sort by').selectOption('name');
    const names = await rows(page).locator('.client-name a').allInnerTexts();
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );

    // The list is one Tab stop; the arrow keys move between clients.
    const links = rows(page).locator('.client-name a');
    await links.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(links.last()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/clients\/.+/);

    await page.getByRole('link', { name: 'Clients', exact: true }).first().click();
    await expectAccessible(page, 'Clients');
    await screenshots(page, 'clients');
  });

  test('delete asks first and can be undone', async ({ page, app, workbookFile }) => {
    const id = await addClient(page, app, 'Delia Undo');
    await openApp(page, app);
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Delia');
    await page.getByRole('button', { name: 'Delete Delia Undo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Delia Undo?' });
    await expect(dialog).toContainText('You can undo this');
    await screenshots(page, 'clients-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete client' }).click();
    await expect(rows(page)).toHaveCount(0);
    await expect
      .poll(async () => (await readWorkbookJson(workbookFile)).clients.some((c) => c.id === id))
      .toBe(false);

    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect(rows(page)).toHaveCount(1);
    await expect
      .poll(async () => (await readWorkbookJson(workbookFile)).clients.some((c) => c.id === id))
      .toBe(true);
  });

  test('archive hides a client, show archived finds them, restore brings them back', async ({
    page,
    app,
    workbookFile,
  }) => {
    const id = await addClient(page, app, 'Arlo Archive');
    await openApp(page, app);
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Arlo');
    await page.getByRole('button', { name: 'Archive Arlo Archive' }).click();
    await expect(rows(page)).toHaveCount(0);
    await page.getByLabel('Show archived').check();
    await expect(rows(page).first()).toContainText('Archived');
    await page.getByRole('button', { name: 'Restore Arlo Archive' }).click();
    await expect(rows(page).first()).not.toContainText('Archived');
    await expect
      .poll(
        async () =>
          (await readWorkbookJson(workbookFile)).clients.find((c) => c.id === id)?.archivedAt,
      )
      .toBeNull();
  });

  test('the client record: edit in place, undo and redo with the keyboard, name required', async ({
    page,
    app,
    workbookFile,
  }) => {
    const id = await addClient(page, app, 'Rita Record');
    await openApp(page, app);
    await page.goto(`${app.origin}/#/clients/${id}`);
    const organization = page.getByLabel('Organization');
    await organization.fill('Blue Harbour Ltd');
    await page.getByLabel('Private notes').fill('Wants to move into product management.');
    await allSaved(page);

    await page.keyboard.press('Control+Z');
    await expect(page.getByLabel('Private notes')).toHaveValue('');
    await page.keyboard.press('Control+Z');
    await expect(organization).toHaveValue('Fjord & Co');
    await page.keyboard.press('Control+Shift+Z');
    await expect(organization).toHaveValue('Blue Harbour Ltd');
    await page.keyboard.press('Control+Shift+Z');
    await expect(page.getByLabel('Private notes')).toHaveValue(
      'Wants to move into product management.',
    );
    await allSaved(page);
    const saved = (await readWorkbookJson(workbookFile)).clients.find((c) => c.id === id);
    expect(saved?.organization).toBe('Blue Harbour Ltd');

    // A year from the start date, in one click.
    await page.getByRole('button', { name: /Set to a year from the start/ }).click();
    await expect(page.getByLabel('Yearly check-in')).toHaveValue('15 January 2026');

    // An empty name is refused, and said so beside the field.
    await page.getByLabel('Name', { exact: true }).fill('');
    await expect(page.getByText('A client needs a name.')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Rita Record-Jones');
    await allSaved(page);

    await expectAccessible(page, 'Client page');
    await screenshots(page, 'client');
  });

  test('a client’s worksheets: create, duplicate, delete and undo', async ({
    page,
    app,
    workbookFile,
  }) => {
    const id = await addClient(page, app, 'Wendy Worksheets');
    await openApp(page, app);
    await page.goto(`${app.origin}/#/clients/${id}`);
    await page.getByRole('button', { name: '+ Skills inventory' }).click();
    await expect(page).toHaveURL(/#\/worksheets\//);
    await page.getByRole('link', { name: 'Wendy Worksheets' }).click();

    const list = page.locator('.sheet-list');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    const title = await list.getByRole('link').first().innerText();
    await list.getByRole('button', { name: `Duplicate ${title}` }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);

    await list
      .getByRole('button', { name: /^Delete / })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete worksheet' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect
      .poll(
        async () =>
          (await readWorkbookJson(workbookFile)).worksheets.filter((w) => w.clientId === id).length,
      )
      .toBe(2);

    await page.getByRole('button', { name: '+ New agreement' }).click();
    await expect(page).toHaveURL(/#\/worksheets\//);
    await page.getByRole('link', { name: 'Wendy Worksheets' }).click();
    await expect(page.getByRole('region', { name: 'Agreements' })).toContainText('Version 1');
  });

  test('a client with a full history of agreements and worksheets', async ({
    page,
    app,
    workbookFile,
  }) => {
    const book = await readWorkbookJson(workbookFile);
    // The sample client with the most worksheets shows every part of the page.
    const counts = book.clients.map((c) => ({
      id: c.id,
      n: book.worksheets.filter((w) => w.clientId === c.id).length,
    }));
    const busiest = counts.sort((a, b) => b.n - a.n)[0];
    expect(busiest).toBeDefined();
    await openApp(page, app);
    await page.goto(`${app.origin}/#/clients/${busiest?.id ?? ''}`);
    await expect(
      page
        .getByRole('region', { name: 'Agreements' })
        .getByText(/Version \d/)
        .first(),
    ).toBeVisible();
    await expectAccessible(page, 'Client page (sample)');
    await screenshots(page, 'client-sample');
  });

  test('My worksheets: the coach’s own, created, opened and deleted with undo', async ({
    page,
    app,
  }) => {
    await openApp(page, app);
    await page.getByRole('link', { name: 'My worksheets' }).click();
    await page.getByRole('button', { name: '+ Development plan' }).click();
    await expect(page).toHaveURL(/#\/worksheets\//);
    await page.locator('#worksheet-title').fill('My plan for this year');
    await allSaved(page);
    await page.getByRole('link', { name: 'My worksheets' }).first().click();
    const item = page
      .locator('.sheet-list')
      .getByRole('listitem')
      .filter({ hasText: 'My plan for this year' });
    await expect(item).toBeVisible();
    await expectAccessible(page, 'My worksheets');
    await screenshots(page, 'my-worksheets');

    await item.getByRole('button', { name: 'Delete My plan for this year' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete worksheet' }).click();
    await expect(item).toHaveCount(0);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect(item).toBeVisible();
    await item.getByRole('link').click();
    await expect(page.locator('#worksheet-title')).toHaveValue('My plan for this year');
  });
});
