import { expect, test } from './fixtures';
import { allSaved, expectAccessible, openApp, readWorkbookJson } from './screenChecks';

/** Each kind started from the client's page, a title, and one field typed in its editor. */
const KINDS = [
  {
    button: '+ Development plan',
    kind: 'idp',
    title: 'Zoë’s development plan',
    field: 'Short-term goal',
    text: 'Lead a small team by next spring',
  },
  {
    button: '+ Skills inventory',
    kind: 'skills',
    title: 'Zoë’s transferable skills',
    field: 'Role title',
    text: 'Product manager',
  },
  {
    button: '+ Boundary map',
    kind: 'boundaryMap',
    title: 'The late-night calls',
    field: 'What happened',
    text: 'Calls after 10 pm about small things',
  },
  {
    button: '+ Mentor list',
    kind: 'mentors',
    title: 'Mentors for Zoë',
    field: 'Name of the person being mentored',
    text: 'Zoë Ortega',
  },
  {
    button: '+ New agreement',
    kind: 'agreement',
    title: 'Coaching agreement with Zoë',
    field: null,
    text: '',
  },
] as const;

test('a coach’s first day: practice, a client, every worksheet, and it is all still there', async ({
  page,
  app,
  workbookFile,
}) => {
  await openApp(page, app);
  await expect(page.getByRole('heading', { name: 'Welcome to Coaching Workbook' })).toBeVisible();
  await expectAccessible(page, 'First run');
  await page.getByRole('button', { name: 'Set up my practice' }).click();
  await expect(page).toHaveURL(/#\/practice$/);
  await page.getByLabel('Business name').fill('Northwind Coaching');
  await allSaved(page);

  // A new client from the keyboard, wherever the coach is.
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill('Zoë Ortega');
  await dialog.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoë Ortega');
  const clientUrl = page.url();

  for (const sheet of KINDS) {
    await page.getByRole('button', { name: sheet.button }).click();
    await expect(page).toHaveURL(/#\/worksheets\//);
    await page.locator('#worksheet-title').fill(sheet.title);
    if (sheet.field !== null)
      await page.getByLabel(sheet.field, { exact: true }).first().fill(sheet.text);
    await allSaved(page);
    await page.goto(clientUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoë Ortega');
  }

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoë Ortega');
  for (const sheet of KINDS) {
    const link = page.getByRole('link', { name: sheet.title });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator('#worksheet-title')).toHaveValue(sheet.title);
    if (sheet.field !== null) {
      await expect(page.getByLabel(sheet.field, { exact: true }).first()).toHaveValue(sheet.text);
    }
    await page.goto(clientUrl);
  }

  const book = await readWorkbookJson(workbookFile);
  expect(book.practice.businessName).toBe('Northwind Coaching');
  const client = book.clients.find((c) => c.name === 'Zoë Ortega');
  expect(client).toBeDefined();
  const sheets = book.worksheets.filter((w) => w.clientId === client?.id);
  expect(sheets.map((w) => [w.kind, w.title]).sort()).toEqual(
    KINDS.map((k) => [k.kind, k.title]).sort(),
  );
  const text = JSON.stringify(book);
  for (const sheet of KINDS) expect(text).toContain(sheet.text);
});
