import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { allSaved, expectAccessible, screenshots, workbookText } from './screenChecks';

/** One call to the web server's API, as the page makes it; the answer's value. */
async function call<T>(page: Page, app: RunningApp, channel: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${app.origin}/api/${channel}`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data,
  });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

/** The coach's name, a client, and a new draft agreement for her: the agreement's id. */
async function draftAgreement(page: Page, app: RunningApp): Promise<string> {
  const profile = await call<Record<string, unknown>>(page, app, 'practice:get', {});
  await call(page, app, 'practice:update', {
    profile: { ...profile, coachName: 'Alex Morgan', businessName: 'Morgan Career Coaching' },
  });
  const client = await call<{ id: string }>(page, app, 'clients:create', {
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
  const draft = await call<{ id: string }>(page, app, 'agreements:create', { clientId: client.id });
  return draft.id;
}

test('version 2 of a sent agreement shows what changed, word by word, as the coach edits', async ({
  page,
  app,
  workbookFile,
}) => {
  await page.goto(app.url);
  const v1 = await draftAgreement(page, app);
  await page.goto(`${app.origin}/#/worksheets/${v1}`);
  await page.getByLabel('Fee', { exact: true }).fill('£120 per session');
  await allSaved(page);
  await call(page, app, 'agreements:markSent', { id: v1, sentOn: '2026-11-02' });

  // The coach makes version 2 in the app, as they would.
  await page.reload();
  const status = page.getByRole('region', { name: 'Where this agreement stands' });
  await status.getByRole('button', { name: 'Make a new version' }).click();
  await expect(status.locator('.agreement-status-row')).toContainText('Version 2');

  await page.getByRole('button', { name: 'What changed from version 1' }).click();
  const changes = page.getByRole('region', { name: 'What changed from version 1' });
  await expect(changes.locator('.changes-summary')).toHaveText(
    'Nothing has changed from version 1.',
  );
  // The button above names it; the panel does not say it again in a heading.
  await expect(changes.getByRole('heading', { name: /What changed from version 1/ })).toHaveCount(
    0,
  );

  // Reword the first clause and raise the fee: the marks follow the typing.
  const clauses = page.getByRole('list', { name: 'Clause list' }).locator(':scope > li');
  const first = clauses.first().getByLabel('Clause text');
  await first.click();
  await first.press('Control+End');
  // "…before the first session." loses "first" and gains a sentence.
  for (let i = 0; i < 'first session.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('session. We meet at Northwind’s office.');
  await page.getByLabel('Fee', { exact: true }).fill('£140 per session');
  await expect(changes.locator('.changes-summary')).toHaveText(
    '1 clause changed; the fee changed.',
  );

  // Leave one clause out and write a new one.
  await page.getByRole('button', { name: /^Remove \d+\. Staying in touch/ }).click();
  await page.getByRole('button', { name: '+ Add a clause' }).click();
  const added = clauses.last();
  await added.getByLabel('Clause title').fill('Online sessions');
  await added
    .getByLabel('Clause text')
    .fill('We meet by video call; the link comes with each booking.');
  await expect(changes.locator('.changes-summary')).toHaveText(
    '1 clause changed, 1 added, 1 removed; the fee changed.',
  );
  await expect(
    changes.locator('.changes-clause[data-status="removed"]', { hasText: 'Staying in touch' }),
  ).toContainText('Removed');
  await expect(
    changes
      .locator('.changes-clause[data-status="added"]', { hasText: 'Online sessions' })
      .locator('ins'),
  ).toContainText('We meet by video call');
  const parties = changes.locator('.changes-clause', { hasText: 'Who this agreement is between' });
  await expect(parties.getByText('Changed', { exact: true })).toBeVisible();
  await expect(parties.locator('ins')).toContainText('We meet at Northwind’s office.');
  await expect(parties.locator('del')).toContainText('first');
  // Marks are said, not only coloured.
  await expect(parties.locator('ins .visually-hidden').first()).toHaveText('Added: ');
  const fee = changes.getByRole('row', { name: /Fee/ });
  await expect(fee.locator('del')).toContainText('£120 per session');
  await expect(fee.locator('ins')).toContainText('£140 per session');
  await expect(changes.getByText(/clauses unchanged/).first()).toBeVisible();

  await changes.getByLabel('Add a page listing these changes when I export').check();
  await allSaved(page);
  const book = JSON.parse(await workbookText(workbookFile)) as {
    worksheets: { kind: string; version: number; changesPage?: boolean }[];
  };
  const v2 = book.worksheets.find((w) => w.kind === 'agreement' && w.version === 2);
  expect(v2?.changesPage).toBe(true);

  await expectAccessible(page, 'Agreement version 2, what changed');
  await page.locator(':focus').blur();
  await changes.scrollIntoViewIfNeeded();
  await screenshots(page, 'agreement-diff');
  // The folded clauses open on request.
  await changes
    .getByText(/clauses unchanged/)
    .first()
    .click();
  await expect(changes.locator('.changes-unchanged-clause').first()).toBeVisible();
  await changes.screenshot({ path: 'test-results/screenshots/agreement-diff-panel-light.png' });

  // On a narrow window the changes come after the editor: one button takes the coach there.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByRole('button', { name: '↓ What changed from version 1' }).click();
  await expect(changes).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/agreement-diff-narrow-light-1024.png' });
});
