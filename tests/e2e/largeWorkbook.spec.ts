import { expect, test as base } from './fixtures';
import {
  expectAccessible,
  openApp,
  readWorkbookJson,
  sampleWorkbook,
  screenshots,
} from './screenChecks';

const test = base.extend<{ sampleClients: number }>({
  sampleClients: [1000, { option: true }],
  initialWorkbook: sampleWorkbook,
});
test.setTimeout(180_000);

test('a 1,000-client workbook opens, search finds a client, and the list keeps up', async ({
  page,
  app,
  workbookFile,
}) => {
  const book = await readWorkbookJson(workbookFile);
  expect(book.clients).toHaveLength(1000);
  const wanted = book.clients.filter((c) => c.archivedAt === null)[737];
  expect(wanted).toBeDefined();
  const name = wanted?.name ?? '';

  await openApp(page, app);
  await expect(page.locator('.due-group').first()).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  const list = page.getByRole('list', { name: 'Clients' });
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  // Only the rows in view are drawn, yet each says where it stands in the whole list.
  expect(await rows.count()).toBeLessThan(80);
  const active = book.clients.filter((c) => c.archivedAt === null).length;
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(active));

  // Scrolling to the end draws the last clients.
  await page.locator('.client-name a').first().focus();
  await page.keyboard.press('End');
  await expect(rows.filter({ has: page.locator(':focus') })).toHaveAttribute(
    'aria-posinset',
    String(active),
  );
  await page.keyboard.press('Home');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(name);
  await expect(rows.filter({ hasText: name }).first()).toBeVisible();
  await search.fill('');
  await expect(rows.first()).toBeVisible();
  await expectAccessible(page, 'Clients (1,000)');
  await screenshots(page, 'clients-1000');

  await search.fill(name);
  await rows.filter({ hasText: name }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});
