import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { expectAccessible, screenshots } from './screenChecks';

const FIXTURE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'word-template',
  'coaching-agreement.docx',
);

/** The coach who wrote the fixture, and a client of theirs, made through the server's API. */
async function setUp(page: Page, app: RunningApp): Promise<string> {
  const call = async (channel: string, data: unknown) => {
    const response = await page.request.post(`${app.origin}/api/${channel}`, {
      headers: { Authorization: `Bearer ${app.token}` },
      data,
    });
    const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    expect(body.ok).toBe(true);
    return body.value;
  };
  const profile = await call('practice:get', {});
  await call('practice:update', {
    profile: {
      ...profile,
      coachName: 'Dana Whitfield',
      businessName: 'Northwind Coaching',
      email: 'dana@northwind-coaching.example',
      dateFormat: 'D MMMM YYYY',
    },
  });
  const client = await call('clients:create', {
    client: {
      name: 'Priya Raman',
      email: 'priya@example.com',
      phone: '',
      organization: 'Harbour Foods',
      role: 'Operations lead',
      status: 'active',
      referralSource: '',
      idealClientFit: 'good',
      startDate: '2026-04-07',
      yearlyCheckInDate: null,
      notes: '',
    },
  });
  return String(client.id);
}

test('a coach brings their own Word agreement and makes a client’s agreement from it', async ({
  page,
  app,
  context,
  dataDir,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const clientId = await setUp(page, app);
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/practice/template`);
  const section = page.getByRole('region', { name: 'Your own Word agreement' });
  await expect(section.getByRole('button', { name: 'Use my Word document…' })).toBeVisible();

  // The fields to type in Word, each with a copy button.
  await section.getByText('The fields you can type in Word').click();
  await section.getByRole('button', { name: 'Copy {Client name}' }).click();
  await expect(section.getByRole('button', { name: 'Copy {Client name}' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('{Client name}');

  // A file that is not a Word document is refused where it was chosen, and nothing changes.
  const input = page.getByTestId('word-template-file');
  await input.setInputFiles({
    name: 'agreement.docm',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK'),
  });
  await expect(section.getByRole('alert')).toHaveText(
    'This document contains macros. Save it as a Word Document (.docx) without macros and try again.',
  );
  await input.setInputFiles({
    name: 'agreement.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a zip'),
  });
  await expect(section.getByRole('alert')).toContainText('not a Word document');
  expect(await readdir(join(dataDir, 'workbook', 'templates')).catch(() => [])).toEqual([]);

  // The real document: its fields, the one the app does not know, and what it recognised.
  await input.setInputFiles(FIXTURE);
  await expect(section.getByText('coaching-agreement.docx')).toBeVisible();
  await expect(section).toContainText(
    'Fields it fills: Client name, Client organization, Start date',
  );
  await expect(section.locator('.word-unknown')).toContainText('{Programme name}');
  await expect(page.getByRole('region', { name: 'Clauses' })).toHaveCount(0);
  expect(await readdir(join(dataDir, 'workbook', 'templates'))).toHaveLength(1);
  const panel = page.getByRole('region', { name: 'Fields to type in Word' });
  await expect(panel.getByRole('button', { name: 'Copy {Fee}' })).toBeVisible();

  // The coach's own name and e-mail, typed in the document, become fields.
  await section.getByRole('checkbox', { name: /“Dana Whitfield”/ }).check();
  await section.getByRole('checkbox', { name: /“dana@northwind-coaching.example”/ }).check();
  await expect(section.getByLabel('Field for “Dana Whitfield”')).toHaveValue('coachName');
  await expectAccessible(page, 'Agreement template with a Word document');
  await screenshots(page, 'word-template');
  await section.getByRole('button', { name: 'Turn the ticked details into fields' }).click();
  await expect(section).toContainText('Coach name');
  await expect(section).toContainText('Coach e-mail');
  await expect(section.getByRole('checkbox', { name: /“Dana Whitfield”/ })).toHaveCount(0);
  expect(await readdir(join(dataDir, 'workbook', 'templates'))).toHaveLength(2);

  // A client's agreement is now the coach's document, filled in for them.
  await page.goto(`${app.origin}/#/clients/${clientId}`);
  await page.getByRole('button', { name: '+ New agreement' }).click();
  await expect(page).toHaveURL(/#\/worksheets\//);
  const document = page.getByRole('region', { name: 'Your Word document' });
  await expect(document).toContainText('coaching-agreement.docx');
  await expect(document.locator('.word-unknown')).toContainText(
    'Not fields the app knows, printed as a line to fill in: {Programme name}.',
  );
  await expect(page.getByRole('list', { name: 'Clause list' })).toHaveCount(0);
  const preview = page.getByRole('region', { name: 'The agreement as the client reads it' });
  await expect(preview).toContainText('This agreement is between Priya Raman of Harbour Foods');
  await expect(preview).toContainText('It starts on 7 April 2026.');
  await page.getByLabel('Fee', { exact: true }).fill('£2,400 for six months');
  await expect(preview).toContainText('The fee is £2,400 for six months.');
  await expect(preview).toContainText('Your programme, __________, is built');
  await expect(preview).not.toContainText('{');
  await expectAccessible(page, 'Agreement made from a Word document');
  await page.locator('h1, #worksheet-title').first().scrollIntoViewIfNeeded();
  await screenshots(page, 'word-agreement');
});
