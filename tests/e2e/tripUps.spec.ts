/**
 * Trip-ups met walking a coach's first week in the browser, each checked the way the coach
 * meets it.
 */
import type { Page } from '@playwright/test';
import {
  addWithKeyboard,
  apiCreate,
  expectSaved,
  items,
  newClient,
  newWorksheetForClient,
  openWorksheet,
} from './editorHelpers';
import { expect, test } from './fixtures';
import { allSaved, expectAccessible, openApp, readWorkbookJson, VIEWPORTS } from './screenChecks';

/** How far the window itself (not the main area) is scrolled, and how tall the page is. */
function windowScroll(page: Page): Promise<{ y: number; overflow: number }> {
  return page.evaluate(() => ({
    y: window.scrollY,
    overflow: document.documentElement.scrollHeight - window.innerHeight,
  }));
}

test('See the map scrolls the main area only: the top bar stays on screen', async ({
  page,
  app,
}) => {
  const id = await newWorksheetForClient(page, app, 'boundaryMap', 'Mary Kowalczyk');
  await openWorksheet(page, app, id);
  await page.getByRole('button', { name: 'See the map' }).click();
  await expect(page.getByRole('heading', { name: 'Decision view: the map' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeInViewport();
  expect(await windowScroll(page)).toEqual({ y: 0, overflow: 0 });
  await page.screenshot({ path: 'test-results/screenshots/tripUps-see-the-map.png' });
});

test('after “Add today’s entry” and “Log today’s contact” what the coach types goes into the note', async ({
  page,
  app,
}) => {
  const idp = await newWorksheetForClient(page, app, 'idp', 'Lena Ortiz');
  await openWorksheet(page, app, idp);
  await page.getByRole('button', { name: '+ Add today’s entry' }).click();
  await page.keyboard.type('Presented the roadmap to the board.');
  const entry = items(page.getByRole('list', { name: 'Log entry list' })).last();
  await expect(entry.getByLabel('What happened')).toHaveValue(
    'Presented the roadmap to the board.',
  );
  await expect(entry.getByLabel('Date')).not.toHaveValue('');

  const mentors = await newWorksheetForClient(page, app, 'mentors', 'Lena Ortiz');
  await openWorksheet(page, app, mentors);
  await page.getByRole('button', { name: '+ Add a person' }).click();
  await page.keyboard.type('Priya Natarajan');
  const priya = items(page.getByRole('list', { name: 'Person list' })).first();
  await priya.getByRole('button', { name: '+ Log today’s contact' }).click();
  await page.keyboard.type('First coffee.');
  const contact = items(priya.getByRole('list', { name: 'Contact with Priya Natarajan list' }));
  await expect(contact.last().getByLabel('What we talked about')).toHaveValue('First coffee.');
  await expect(contact.last().getByLabel('Date')).not.toHaveValue('');
  await page.screenshot({ path: 'test-results/screenshots/tripUps-contact-typed.png' });
});

test('a page opened from the sidebar starts at its top; jumps within a page still work', async ({
  page,
  app,
}) => {
  const id = await newWorksheetForClient(page, app, 'boundaryMap', 'Mary Kowalczyk');
  await openWorksheet(page, app, id);
  const main = page.getByRole('main');
  await page.getByRole('button', { name: 'See the map' }).click();
  await expect(page.getByRole('heading', { name: 'Decision view: the map' })).toBeInViewport();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My practice' })
    .click();
  await expect(page.getByRole('heading', { name: 'My practice', level: 1 })).toBeInViewport();
  expect(await main.evaluate((element) => element.scrollTop)).toBe(0);
  await page.screenshot({ path: 'test-results/screenshots/tripUps-practice-from-sidebar.png' });

  await page.goBack();
  await expect(page.getByRole('button', { name: 'See the map' })).toBeInViewport();
  expect(await main.evaluate((element) => element.scrollTop)).toBe(0);
  await page.getByRole('button', { name: 'See the map' }).click();
  await expect(page.getByRole('heading', { name: 'Decision view: the map' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'See the map' })).not.toBeInViewport();
});

test.describe('the time in “All changes saved at”', () => {
  test.use({ locale: 'en-GB', timezoneId: 'UTC' });

  test('moves after archive, restore, delete, mark as sent and export', async ({ page, app }) => {
    const at = (time: string) => page.clock.setFixedTime(new Date(`2026-03-02T${time}:00Z`));
    const savedAt = (time: string) =>
      expect(page.locator('.save-status')).toHaveText(`✓ All changes saved at ${time}`);
    await newClient(page, app, 'Arlo Archive');
    const dana = await newClient(page, app, 'Dana Whitfield');
    const agreement = await apiCreate(page, app, 'agreements:create', { clientId: dana });
    await at('09:00');
    await openApp(page, app);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clients' })
      .click();

    await at('09:05');
    await page.getByRole('button', { name: 'Archive Arlo Archive' }).click();
    await savedAt('09:05');

    await at('09:10');
    await page.getByLabel('Show archived').check();
    await page.getByRole('button', { name: 'Restore Arlo Archive' }).click();
    await savedAt('09:10');

    await at('09:15');
    await page.getByRole('button', { name: 'Delete Arlo Archive' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete client' }).click();
    await savedAt('09:15');

    await at('09:20');
    await page.goto(`${app.origin}/#/worksheets/${agreement}`);
    const status = page.getByRole('region', { name: 'Where this agreement stands' });
    await status.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark as sent' }).click();
    await expect(status.getByText('Sent, waiting for signature').first()).toBeVisible();
    await savedAt('09:20');

    await at('09:25');
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect(page.locator('.toast').getByText(/^Saved /)).toBeVisible({ timeout: 30_000 });
    await savedAt('09:25');
    await page.screenshot({ path: 'test-results/screenshots/tripUps-saved-at-after-export.png' });
  });
});

test('the Archived badge stays in the Status column, clear of the start date', async ({
  page,
  app,
}) => {
  const id = await newClient(page, app, 'Arlo Archive');
  await apiCreate(page, app, 'clients:archive', { id });
  await openApp(page, app);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page.getByLabel('Show archived').check();
  const row = page.getByRole('list', { name: 'Clients' }).getByRole('listitem').first();
  const badge = row.getByText('Archived', { exact: true });
  const started = row.locator('.col-start');
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expect(badge).toBeVisible();
    await page.screenshot({
      path: `test-results/screenshots/tripUps-archived-badge-${viewport.width}.png`,
    });
    const badgeBox = await badge.boundingBox();
    const startedBox = await started.boundingBox();
    expect(badgeBox && startedBox && badgeBox.x + badgeBox.width).toBeLessThanOrEqual(
      startedBox?.x ?? 0,
    );
  }
});

test('“Set to a year from the start” stays inside the client record and sets the check-in', async ({
  page,
  app,
}) => {
  const id = await newClient(page, app, 'Dana Whitfield');
  await openApp(page, app);
  await page.goto(`${app.origin}/#/clients/${id}`);
  await page.getByLabel('Start date').fill('2026-01-12');
  const button = page.getByRole('button', { name: /Set to a year from the start/ });
  const record = page
    .locator('section')
    .filter({ has: page.getByLabel('Start date') })
    .last();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await button.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `test-results/screenshots/tripUps-year-from-start-${viewport.width}.png`,
    });
    const inner = await button.boundingBox();
    const outer = await record.boundingBox();
    if (!inner || !outer) throw new Error('the button or its card is not shown');
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
  }
  await button.click();
  await expect(page.getByLabel('Yearly check-in')).toHaveValue('12 January 2027');
});

/** The smallest PNG there is: one pixel. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('the logo picker says what it does, and no “No file chosen” beside a logo', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My practice' })
    .click();
  const field = page.locator('.logo-field');
  await expect(page.getByLabel('Logo')).toBeHidden();
  const chooser = page.waitForEvent('filechooser');
  await field.getByRole('button', { name: 'Choose a logo…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  await expect(field.getByRole('img', { name: 'Your logo (logo.png)' })).toBeVisible();
  await expect(field.getByRole('button', { name: 'Replace logo…' })).toBeVisible();
  await expect(field.getByRole('button', { name: 'Remove logo' })).toBeVisible();
  await expect(page.getByLabel('Logo')).toBeHidden();
  await field.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/tripUps-logo-picked.png' });
});

test('the agreement title is shown whole at 1024 px as at 1440 px', async ({ page, app }) => {
  const client = await newClient(page, app, 'Dana Whitfield');
  const agreement = await apiCreate(page, app, 'agreements:create', { clientId: client });
  await openApp(page, app);
  await page.goto(`${app.origin}/#/worksheets/${agreement}`);
  const title = page.getByLabel('Worksheet title');
  await expect(title).toHaveValue('Coaching Policies and Procedures Agreement');
  for (const viewport of [...VIEWPORTS].reverse()) {
    await page.setViewportSize(viewport);
    await page.screenshot({
      path: `test-results/screenshots/tripUps-agreement-title-${viewport.width}.png`,
    });
    const clipped = await title.evaluate((input) => input.scrollWidth > input.clientWidth);
    expect(clipped, `title clipped at ${viewport.width} px`).toBe(false);
    await expect(page.getByRole('button', { name: 'Export to Word' })).toBeInViewport();
  }
});

test('an error message stays until dismissed; other messages go by themselves', async ({
  page,
  app,
}) => {
  await page.clock.install();
  const id = await newWorksheetForClient(page, app, 'idp', 'Lena Ortiz');
  await openWorksheet(page, app, id);
  const shortTerm = page.getByLabel('Short-term goal');
  // A paste too long for the field is held back, so duplicating would copy the saved version.
  await shortTerm.fill('x'.repeat(100_001));
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const error = page.locator('.toast').filter({ hasText: 'First fix the field marked in red' });
  await expect(error).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/tripUps-error-toast.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screenshots/tripUps-error-toast-dark.png' });
  await expectAccessible(page, 'an error message');

  await shortTerm.fill('Lead the night shift.');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete worksheet' }).click();
  const deleted = page.locator('.toast').filter({ hasText: 'Deleted' });
  await expect(deleted).toBeVisible();
  await page.clock.fastForward(60_000);
  await expect(deleted).toBeHidden();
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: 'Dismiss' }).click();
  await expect(error).toBeHidden();
});

test('a dialog keeps the keyboard inside until it is closed, then gives it back', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const opener = page.getByRole('button', { name: '+ New client' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/tripUps-dialog.png' });
  // Nothing behind the dialog takes the focus, whichever way the coach tabs.
  const focusBehind = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      return focused !== null && focused !== document.body && focused.closest('dialog') === null;
    });
  for (const key of ['Shift+Tab', 'Shift+Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab']) {
    await page.keyboard.press(key);
    expect(await focusBehind(), `after ${key}`).toBe(false);
  }
  await dialog.getByLabel('Name').fill('Nadia Okafor');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // A click beside it closes it too; Add client adds the client.
  await opener.click();
  await page.mouse.click(5, 5);
  await expect(dialog).toBeHidden();
  await opener.click();
  await dialog.getByLabel('Name').fill('Nadia Okafor');
  await dialog.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { name: 'Nadia Okafor', level: 1 })).toBeVisible();
});

test('the IDP summary says what its percentage counts, beside the counts of what is done', async ({
  page,
  app,
}) => {
  const id = await newWorksheetForClient(page, app, 'idp', 'Lena Ortiz');
  const activity = (n: number, status: string) => ({
    id: `a${n}`,
    kind: 'course',
    description: `Activity ${n}`,
    resources: '',
    managerSupport: '',
    status,
    evidence: '',
  });
  const objective = (n: number, activities: unknown[]) => ({
    id: `o${n}`,
    what: `Objective ${n}`,
    measure: '',
    targetDate: null,
    priority: 'medium',
    activities,
  });
  // Half of the first objective, none of the second: 25%, while 1 of 3 activities is done.
  const got = await page.request.post(`${app.origin}/api/worksheets:get`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: { id },
  });
  const sheet = ((await got.json()) as { value: Record<string, unknown> }).value;
  await apiCreate(page, app, 'worksheets:save', {
    worksheet: {
      ...sheet,
      objectives: [
        objective(1, [activity(1, 'done'), activity(2, 'inProgress')]),
        objective(2, [activity(3, 'notStarted')]),
      ],
    },
  });
  await openWorksheet(page, app, id);
  const summary = page.getByRole('region', { name: 'Where the plan stands' });
  await expect(summary).toContainText(
    '25% complete (each objective counts the same, by the share of its activities done)',
  );
  await expect(summary).toContainText('0 of 2 objectives done · 1 of 3 activities done');
  await summary.screenshot({ path: 'test-results/screenshots/tripUps-idp-summary.png' });
});

test('the skill catalogue is found by typing a name or a group, from the keyboard', async ({
  page,
  app,
}) => {
  const id = await newWorksheetForClient(page, app, 'skills', 'Rosa Lind');
  await openWorksheet(page, app, id);
  const skills = page.getByRole('region', { name: 'Skills', exact: true });
  await addWithKeyboard(skills, /Add skill/);
  const entry = items(skills.getByRole('list', { name: 'Skill list' })).first();
  const box = entry.getByRole('combobox', { name: 'Skill', exact: true });
  await expect(box).toBeFocused();

  // By group: the ESCO self-management skills, and nothing else from the catalogue.
  await page.keyboard.type('esco self');
  const list = entry.getByRole('listbox', { name: 'Skill' });
  await expect(list.getByRole('group')).toHaveCount(2);
  await expect(list.getByRole('group', { name: 'Self-management (ESCO)' })).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(6);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'the skill list open');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screenshots/tripUps-skill-search-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/screenshots/tripUps-skill-search.png' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Taking initiative');
  await expect(list).toBeHidden();

  // By name, accents and case aside; Escape leaves the skill as it was.
  await box.fill('NÉGOTIATION');
  await expect(list.getByRole('option')).toHaveText([
    'Negotiation',
    'Use “NÉGOTIATION” as my own skill',
  ]);
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('Taking initiative');

  // A skill that is not in the catalogue becomes the coach's own, named as typed.
  await box.fill('Running book clubs');
  await page.keyboard.press('ArrowDown');
  await expect(
    list.getByRole('option', { name: 'Use “Running book clubs” as my own skill' }),
  ).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(entry.getByLabel('Skill name')).toHaveValue('Running book clubs');
  await expectSaved(page);

  // With the mouse: a click opens the whole catalogue, at the skill chosen.
  await box.click();
  await expect(list.getByRole('option')).toHaveCount(61);
  await expect(list.getByRole('option', { name: 'My own skill (type its name)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await list.getByRole('option', { name: 'Managing money' }).click();
  await expect(box).toHaveValue('Managing money');
  await expect(entry.getByLabel('Skill name')).toHaveCount(0);
  await entry.screenshot({ path: 'test-results/screenshots/tripUps-skill-chosen.png' });
});

test('an empty name field offers the client’s name, on the coach’s own worksheet the coach’s', async ({
  page,
  app,
}) => {
  const sheets = [
    { kind: 'idp', field: 'Name' },
    { kind: 'skills', field: 'Name' },
    { kind: 'mentors', field: 'Name of the person being mentored' },
  ] as const;
  // The coach has given their name in My practice, and has a plan of their own.
  const got = await page.request.post(`${app.origin}/api/practice:get`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {},
  });
  const profile = ((await got.json()) as { value: Record<string, unknown> }).value;
  await apiCreate(page, app, 'practice:update', {
    profile: { ...profile, coachName: 'Alex Morgan' },
  });
  const own = await apiCreate(page, app, 'worksheets:create', { kind: 'idp', clientId: null });
  for (const { kind, field } of sheets) {
    const id = await newWorksheetForClient(page, app, kind, 'Lena Ortiz');
    await openWorksheet(page, app, id);
    const name = page.getByLabel(field, { exact: true });
    await expect(name).toHaveValue('');
    await page.getByRole('button', { name: 'Use “Lena Ortiz”' }).click();
    await expect(name).toHaveValue('Lena Ortiz');
    await expect(name).toBeFocused();
    await expect(page.getByRole('button', { name: 'Use “Lena Ortiz”' })).toHaveCount(0);
    if (kind === 'idp') {
      await name
        .locator('..')
        .screenshot({ path: 'test-results/screenshots/tripUps-name-used.png' });
      // Undo takes it back, and the offer with it.
      await page.keyboard.press('Control+Z');
      await expect(name).toHaveValue('');
      await page.getByRole('region', { name: 'Profile' }).screenshot({
        path: 'test-results/screenshots/tripUps-name-offered.png',
      });
      await page.keyboard.press('Control+Y');
      await expect(name).toHaveValue('Lena Ortiz');
    }
    await expectSaved(page);
  }

  // The coach's own plan offers the coach's name, from the practice.
  await openWorksheet(page, app, own);
  await page.getByRole('button', { name: 'Use “Alex Morgan”' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Alex Morgan');
});

test('date boxes show and read dates in the practice’s format', async ({
  page,
  app,
  workbookFile,
}) => {
  // The coach writes dates day first, with slashes.
  const got = await page.request.post(`${app.origin}/api/practice:get`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {},
  });
  const profile = ((await got.json()) as { value: Record<string, unknown> }).value;
  await apiCreate(page, app, 'practice:update', {
    profile: { ...profile, dateFormat: 'DD/MM/YYYY' },
  });
  const id = await newClient(page, app, 'Dana Whitfield');
  await openApp(page, app);
  await page.goto(`${app.origin}/#/clients/${id}`);
  const start = page.getByLabel('Start date');
  const checkIn = page.getByLabel('Yearly check-in');
  await expect(start).toHaveAttribute('placeholder', 'dd/mm/yyyy');

  // Typed as the coach writes it: kept at once, and the suggestion uses the same format.
  await start.fill('11/01/2026');
  await expect(
    page.getByRole('button', { name: 'Set to a year from the start (11/01/2027)' }),
  ).toBeVisible();
  // Written differently, it is read all the same and written out in the format on leaving.
  await checkIn.fill('28 nov 26');
  await checkIn.press('Tab');
  await expect(checkIn).toHaveValue('28/11/2026');
  await expect(start).toHaveValue('11/01/2026');
  await allSaved(page);
  const saved = (await readWorkbookJson(workbookFile)).clients.find((c) => c.id === id) as
    { startDate: string | null; yearlyCheckInDate: string | null } | undefined;
  expect(saved).toMatchObject({ startDate: '2026-01-11', yearlyCheckInDate: '2026-11-28' });
  await page.locator('.client-record-grid').screenshot({
    path: 'test-results/screenshots/tripUps-dates-in-format.png',
  });

  // Something that is not a date is said so at the field, and the date saved stays.
  await checkIn.fill('31/02/2026');
  await checkIn.press('Tab');
  await expect(checkIn).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText(
    'Not a date: write it like 28/11/2026. The date saved is still 28/11/2026.',
  );
  await page.locator('.client-record-grid').screenshot({
    path: 'test-results/screenshots/tripUps-date-unreadable.png',
  });
  await checkIn.fill('');
  await expect(checkIn).not.toHaveAttribute('aria-invalid', 'true');
  await allSaved(page);
  await expect
    .poll(async () => {
      const client = (await readWorkbookJson(workbookFile)).clients.find((c) => c.id === id) as
        { yearlyCheckInDate: string | null } | undefined;
      return client?.yearlyCheckInDate;
    })
    .toBeNull();
  await expectAccessible(page, 'a client record with dates');
});
