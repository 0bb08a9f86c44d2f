import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { formatDate } from '../../src/shared/domain/dates';
import { allSaved, expectAccessible, screenshots, workbookText } from './screenChecks';

/** Today where the browser runs (same machine), as the app stores dates. */
function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

interface StoredAgreement {
  id: string;
  kind: string;
  version: number;
  status: string;
  clauses: { title: string; body: unknown }[];
  mergeValues: Record<string, string>;
  signedOn: string | null;
  clientSignerName: string;
  supersededById: string | null;
  previousVersionId: string | null;
}

async function agreementsOnDisk(file: string): Promise<StoredAgreement[]> {
  const book = JSON.parse(await workbookText(file)) as { worksheets: StoredAgreement[] };
  return book.worksheets
    .filter((w) => w.kind === 'agreement')
    .sort((a, b) => a.version - b.version);
}

/** Back to the top of the screen with nothing focused, so a screenshot shows it as it opens. */
async function fromTheTop(page: Page): Promise<void> {
  const dismiss = page.locator('.toast').getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  const focused = page.locator(':focus');
  if ((await focused.count()) > 0) await focused.blur();
  await page.locator('h1, #worksheet-title').first().scrollIntoViewIfNeeded();
}

/** A client and the coach's name, made through the web server's API; the client's id. */
async function setUp(page: Page, app: RunningApp): Promise<string> {
  const post = async (channel: string, data: unknown) => {
    const response = await page.request.post(`${app.origin}/api/${channel}`, {
      headers: { Authorization: `Bearer ${app.token}` },
      data,
    });
    const body = (await response.json()) as { ok: boolean; value: { id?: string } };
    expect(body.ok).toBe(true);
    return body.value.id ?? '';
  };
  const practice = await page.request.post(`${app.origin}/api/practice:get`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {},
  });
  const profile = ((await practice.json()) as { value: Record<string, unknown> }).value;
  await post('practice:update', {
    profile: { ...profile, coachName: 'Alex Morgan', businessName: 'Morgan Career Coaching' },
  });
  return post('clients:create', {
    client: {
      name: 'Dana Whitfield',
      email: 'dana@northwind.example',
      phone: '',
      organization: 'Northwind Logistics',
      role: 'Team lead',
      status: 'active',
      referralSource: '',
      idealClientFit: 'good',
      startDate: '2026-01-12',
      yearlyCheckInDate: null,
      notes: '',
    },
  });
}

test('an agreement goes from draft to sent to signed and locked; a new version keeps the history', async ({
  page,
  app,
  workbookFile,
}) => {
  const clientId = await setUp(page, app);
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/clients/${clientId}`);
  await page.getByRole('button', { name: '+ New agreement' }).click();
  await expect(page).toHaveURL(/#\/worksheets\//);

  const status = page.getByRole('region', { name: 'Where this agreement stands' });
  const state = status.locator('.agreement-status-row');
  const preview = page.getByRole('region', { name: 'The agreement as the client reads it' });
  await expect(state.getByText('Draft', { exact: true })).toBeVisible();
  await expect(state.getByText('Version 1', { exact: true })).toBeVisible();
  await expect(preview).toContainText('between Dana Whitfield ("you") and Alex Morgan');
  // The guidance offers only what a draft can do: "Sign now" comes once it is sent.
  const statusGuidance = status.getByRole('complementary', { name: 'Guidance' });
  const clauseGuidance = page
    .getByRole('region', { name: 'Clauses' })
    .getByRole('complementary', { name: 'Guidance' });
  await expect(statusGuidance).toContainText(
    '“Sign now” lets you both sign on this screen once it is sent',
  );
  await expect(clauseGuidance).toContainText('Change any clause for this client');

  // Change a clause for this client, and the fee for this client only.
  const clauses = page.getByRole('list', { name: 'Clause list' }).locator(':scope > li');
  const firstBody = clauses.first().getByRole('textbox', { name: 'Clause text' });
  await firstBody.press('Control+End');
  await page.keyboard.type(' We meet at Northwind’s office.');
  await expect(preview).toContainText('We meet at Northwind’s office.');
  const fee = page.getByLabel('Fee', { exact: true });
  await fee.fill('GBP 150 per session');
  await expect(preview).toContainText('GBP 150 per session');
  // Emptying a value goes back to the usual one: the key is removed, not stored as ''.
  const coachEmail = page.getByLabel('Coach e-mail', { exact: true });
  await coachEmail.fill('alex@morgan.example');
  await expect(preview).toContainText('by e-mail to alex@morgan.example.');
  await coachEmail.fill('');
  await expect(preview).toContainText('by e-mail to __________.');
  await allSaved(page);
  let [v1] = await agreementsOnDisk(workbookFile);
  expect(JSON.stringify(v1?.clauses[0]?.body)).toContain('We meet at Northwind’s office.');
  expect(v1?.mergeValues.fee).toBe('GBP 150 per session');
  expect(v1?.mergeValues).not.toHaveProperty('coachEmail');

  await expectAccessible(page, 'Agreement (draft)');
  await fromTheTop(page);
  await screenshots(page, 'agreement-draft');

  // Sent: today by default; from then on it no longer changes.
  await status.getByRole('button', { name: 'Mark as sent' }).click();
  const sendDialog = page.getByRole('dialog', { name: 'Mark as sent' });
  await expect(sendDialog.getByLabel('Sent on')).not.toHaveValue('');
  await sendDialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(state.getByText('Sent, waiting for signature')).toBeVisible();
  await expect(firstBody).toHaveAttribute('aria-readonly', 'true');
  await expect(firstBody).toHaveAttribute('contenteditable', 'false');
  // Undo cannot turn a sent agreement back into a draft behind the main process's back.
  await page.keyboard.press('Control+Z');
  await expect(state.getByText('Sent, waiting for signature')).toBeVisible();
  await expect(firstBody).toHaveAttribute('aria-readonly', 'true');
  await allSaved(page);

  // Signed: the client's name is required.
  await status.getByRole('button', { name: 'Mark as signed' }).click();
  const signDialog = page.getByRole('dialog', { name: 'Mark as signed' });
  await signDialog.getByLabel('Signed by the client').fill('');
  await signDialog.getByRole('button', { name: 'Mark as signed' }).click();
  await expect(signDialog.getByText('Write the name of the person who signed.')).toBeVisible();
  await signDialog.getByLabel('Signed by the client').fill('Dana Whitfield');
  // Shown in the practice's date format (here the one a new workbook starts with).
  await expect(signDialog.getByLabel('Signed on')).toHaveValue(
    formatDate(localIso(new Date()), 'D MMMM YYYY'),
  );
  await signDialog.getByRole('button', { name: 'Mark as signed' }).click();
  await expect(signDialog).toHaveCount(0);

  await expect(status.getByRole('note')).toContainText(
    /Signed on .* by Dana Whitfield and Alex Morgan — locked/,
  );
  // Nothing on a signed agreement's screen offers to prepare or change it.
  await expect(statusGuidance).toContainText('signed record of what you both agreed');
  await expect(statusGuidance).not.toContainText('Prepare the draft');
  await expect(clauseGuidance).toContainText('exactly as signed');
  await expect(clauseGuidance).not.toContainText('Change any clause');
  await expect(firstBody).toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByLabel('Fee', { exact: true })).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: '+ Add a clause' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Insert field' })).toHaveCount(0);
  [v1] = await agreementsOnDisk(workbookFile);
  expect(v1).toMatchObject({
    status: 'signed',
    signedOn: localIso(new Date()),
    clientSignerName: 'Dana Whitfield',
  });
  const v1Url = page.url();

  await expectAccessible(page, 'Agreement (signed)');
  await fromTheTop(page);
  await screenshots(page, 'agreement-signed');

  // A new version: a draft v2 whose history lists v1.
  await status.getByRole('button', { name: 'Make a new version' }).click();
  await expect(page).not.toHaveURL(v1Url);
  await expect(state.getByText('Version 2', { exact: true })).toBeVisible();
  await expect(state.getByText('Draft', { exact: true })).toBeVisible();
  const history = status.getByRole('list', { name: 'Version history' });
  await expect(history.locator('li').first()).toContainText(/^Version 2DraftStarted on /);
  await expect(history.getByRole('link', { name: 'Version 1' })).toBeVisible();
  await expect(history.getByRole('link', { name: 'Version 2' })).toBeVisible();
  await expect(page.getByLabel('Fee', { exact: true })).toHaveValue('GBP 150 per session');
  await page.getByLabel('Fee', { exact: true }).fill('GBP 165 per session');
  await allSaved(page);

  // Signing v2 replaces v1, which then points to its successor.
  await status.getByRole('button', { name: 'Mark as signed' }).click();
  await page
    .getByRole('dialog', { name: 'Mark as signed' })
    .getByRole('button', { name: 'Mark as signed' })
    .click();
  await expect(status.getByRole('note')).toContainText('locked');
  await history.getByRole('link', { name: 'Version 1' }).click();
  await expect(status.getByRole('note')).toContainText('replaced by a newer version');
  await expect(state.getByText('Replaced by a newer version', { exact: true })).toBeVisible();
  await expect(status.getByRole('link', { name: /See version 2/ })).toBeVisible();
  await expect(statusGuidance).toContainText('A newer version replaced this one');
  await expect(statusGuidance).not.toContainText('Prepare the draft');
  await expect(clauseGuidance).not.toContainText('Change any clause');
  // The history sits beside each state's badge without saying the state twice.
  await expect(history.locator('li').first()).toContainText(
    /Signed on .* by Dana Whitfield and Alex Morgan/,
  );
  await expect(history.locator('li[aria-current="page"]')).toContainText(
    /since replaced \(this one\)$/,
  );

  const [old, current] = await agreementsOnDisk(workbookFile);
  expect(old?.status).toBe('superseded');
  expect(current?.status).toBe('signed');
  expect(old?.supersededById).toBe(current?.id);
  expect(current?.previousVersionId).toBe(old?.id);
  expect(current?.mergeValues.fee).toBe('GBP 165 per session');
  expect(old?.mergeValues.fee).toBe('GBP 150 per session');
  await expectAccessible(page, 'Agreement (superseded)');
  await fromTheTop(page);
  await screenshots(page, 'agreement-superseded');
});
