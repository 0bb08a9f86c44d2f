import { expect, test } from './fixtures';
import {
  expectAccessible,
  openApp,
  readWorkbookJson,
  sampleWorkbook,
  screenshots,
} from './screenChecks';

const sampleTest = test.extend<{ sampleClients: number }>({
  sampleClients: [12, { option: true }],
  initialWorkbook: sampleWorkbook,
});

sampleTest.describe('Home with a sample practice', () => {
  sampleTest(
    'shows what is due, grouped, overdue marked, each one click from its place',
    async ({ page, app, workbookFile }) => {
      await openApp(page, app);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        /Good (morning|afternoon|evening)/,
      );
      const glance = page.getByRole('list', { name: 'Your practice at a glance' });
      await expect(glance).toContainText('Active clients');

      const groups = page.locator('.due-group');
      await expect(groups.first()).toBeVisible();
      const titles = await groups.getByRole('heading', { level: 3 }).allInnerTexts();
      // The sample has something of every kind coming up.
      expect(titles.join('\n')).toMatch(/Agreements waiting for a signature/);
      expect(titles.join('\n')).toMatch(/Yearly check-ins/);
      await expect(page.getByText('Overdue', { exact: true }).first()).toBeVisible();

      await expectAccessible(page, 'Home');
      await screenshots(page, 'home');

      // An agreement waiting for a signature opens that agreement.
      const agreements = page.getByRole('region', { name: /Agreements waiting for a signature/ });
      const firstAgreement = agreements.getByRole('link').first();
      const agreementHref = (await firstAgreement.getAttribute('href')) ?? '';
      expect(agreementHref).toMatch(/^#\/worksheets\//);
      await firstAgreement.click();
      await expect(page.locator('#worksheet-title')).toBeVisible();
      const book = await readWorkbookJson(workbookFile);
      const sheetId = decodeURIComponent(agreementHref.replace('#/worksheets/', ''));
      const sheet = book.worksheets.find((w) => w.id === sheetId);
      expect(sheet?.kind).toBe('agreement');
      await expect(page.locator('#worksheet-title')).toHaveValue(sheet?.title ?? '');

      // A yearly check-in opens the client.
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      const checkIns = page.getByRole('region', { name: /Yearly check-ins/ });
      const checkIn = checkIns.getByRole('link').first();
      const name = ((await checkIn.innerText()).match(/Yearly check-in with (.+)$/) ?? [])[1] ?? '';
      await checkIn.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

      // The figures at the top open the clients list on that status.
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      await page.getByRole('link', { name: 'Active clients' }).click();
      await expect(page.getByLabel('Status')).toHaveValue('active');
    },
  );
});

test('Home in an empty workbook after the first run points the way', async ({ page, app }) => {
  await openApp(page, app);
  await expect(page.getByRole('heading', { name: 'Welcome to Coaching Workbook' })).toBeVisible();
  await expectAccessible(page, 'First run');
  await screenshots(page, 'first-run');

  // Once the coach has chosen a way in, Home shows how to get started and that nothing is due.
  await page.getByRole('button', { name: 'Set up my practice' }).click();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  const start = page.getByRole('region', { name: 'Let’s get you started' });
  await expect(start).toBeVisible();
  await expect(page.getByText('Nothing is due in the next 30 days.')).toBeVisible();
  await expectAccessible(page, 'Home (empty)');
  await screenshots(page, 'home-empty');
  await start.getByRole('button', { name: '+ New client' }).click();
  await expect(page.getByRole('dialog', { name: 'New client' })).toBeVisible();
});

test('a client added straight from the welcome screen ends the first run', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await expect(page.getByRole('heading', { name: 'Welcome to Coaching Workbook' })).toBeVisible();
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill('Priya Natarajan');
  await dialog.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What is due' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Coaching Workbook' })).toHaveCount(0);
});
