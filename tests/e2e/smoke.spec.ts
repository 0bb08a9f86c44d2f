import { workbookText } from './screenChecks';

import { expect, test } from './fixtures';

test.describe('web mode', () => {
  test('opens the workbook page, keeps the token out of the address bar, and survives a reload', async ({
    page,
    app,
    workbookFile,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(app.url);
    // A new workbook greets the coach with the first-run choices.
    await expect(page.getByRole('heading', { name: 'Welcome to Coaching Workbook' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set up my practice' })).toBeVisible();
    expect(page.url()).not.toContain(app.token);
    await page.screenshot({ path: 'test-results/screenshots/smoke-shell.png', fullPage: true });

    // The server really uses the test's own file.
    expect(JSON.parse(await workbookText(workbookFile))).toHaveProperty('clients', []);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welcome to Coaching Workbook' })).toBeVisible();
    // No CSP violation, no failed script: the strict policy and the page agree.
    expect(problems).toEqual([]);
  });

  test('shows what the workbook holds after a change through the API', async ({ page, app }) => {
    const created = await page.request.post(`${app.origin}/api/clients:create`, {
      headers: { Authorization: `Bearer ${app.token}` },
      data: {
        client: {
          name: 'Mary Chen',
          email: '',
          phone: '',
          organization: 'Willow Day Spa',
          role: 'Owner',
          status: 'active',
          referralSource: 'Chamber of commerce',
          idealClientFit: 'ideal',
          startDate: null,
          yearlyCheckInDate: null,
          notes: '',
        },
      },
    });
    expect(created.status()).toBe(200);
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(page.getByRole('link', { name: /Mary Chen/ })).toBeVisible();
  });

  test('without the token the page explains how to get in', async ({ page, app }) => {
    await page.goto(`${app.origin}/`);
    await expect(page.getByRole('alert')).toContainText('access key');
  });
});
