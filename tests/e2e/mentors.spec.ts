import type { Locator, Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { allSaved, expectAccessible, openApp, screenshots, workbookText } from './screenChecks';

/** Today where the browser runs (same machine), as the app stores dates. */
function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function createClient(page: Page, app: RunningApp): Promise<string> {
  const response = await page.request.post(`${app.origin}/api/clients:create`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {
      client: {
        name: 'Lena Ortiz',
        email: '',
        phone: '',
        organization: 'Brightline Labs',
        role: 'Senior engineer',
        status: 'active',
        referralSource: '',
        idealClientFit: 'good',
        startDate: null,
        yearlyCheckInDate: null,
        notes: '',
      },
    },
  });
  const body = (await response.json()) as { ok: boolean; value: { id: string } };
  expect(body.ok).toBe(true);
  return body.value.id;
}

/** The items of one list editor (not those of lists nested inside). */
function items(scope: Page | Locator, list: string): Locator {
  return scope.getByRole('list', { name: `${list} list`, exact: true }).locator(':scope > li');
}

async function addArea(page: Page, name: string) {
  await page.getByRole('button', { name: '+ Add an area' }).click();
  await items(page, 'Area').last().getByLabel('Area', { exact: true }).fill(name);
}

interface StoredMentors {
  id: string;
  kind: string;
  personName: string;
  areas: { id: string; name: string }[];
  candidates: {
    name: string;
    areaIds: string[];
    status: string;
    howFound: string;
    nextStepDate: string | null;
    contactLog: { date: string | null; note: string }[];
    givingBack: string;
  }[];
}

test('a mentor list with ranked areas, people and a gap in coverage survives a reload', async ({
  page,
  app,
  workbookFile,
}) => {
  const clientId = await createClient(page, app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/clients/${clientId}`);
  await page
    .getByRole('group', { name: 'Start a new worksheet' })
    .getByRole('button', { name: /Mentor list/ })
    .click();
  await expect(page.getByRole('region', { name: 'Areas to be mentored in' })).toBeVisible();
  const sheetId = decodeURIComponent(page.url().split('#/worksheets/')[1] ?? '');
  await expect(page.getByRole('region', { name: 'Areas to be mentored in' })).toContainText(
    'The order is the rank',
  );

  await page.getByLabel('Name of the person being mentored').fill('Lena Ortiz');
  await addArea(page, 'Speaking at conferences');
  await addArea(page, 'Technical influence');
  await addArea(page, 'Starting a business');
  await addArea(page, 'An area I will drop');

  // Technical influence becomes the top priority, from the keyboard.
  await items(page, 'Area').nth(1).getByLabel('Area', { exact: true }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items(page, 'Area').first().getByLabel('Area', { exact: true })).toHaveValue(
    'Technical influence',
  );

  // First person: covers speaking (and, for now, the area that will be dropped).
  await page.getByRole('button', { name: '+ Add a person' }).click();
  const priya = items(page, 'Person').nth(0);
  await priya.getByLabel('Name', { exact: true }).fill('Priya Natarajan');
  await priya.getByLabel('Role').fill('Principal engineer');
  await priya.getByLabel('Organization').fill('Northwind');
  await priya.getByRole('checkbox', { name: /Speaking at conferences/ }).check();
  await priya.getByRole('checkbox', { name: /An area I will drop/ }).check();
  await priya.getByLabel('Relationship').selectOption({ label: 'Mentor' });
  await priya.getByLabel('Status').selectOption({ label: 'Active' });
  await priya.getByLabel('How I found them', { exact: true }).selectOption({
    label: 'Professional association or event',
  });
  await priya.getByLabel('How I found them: details').fill('Her talk at the spring meetup.');
  await priya
    .getByLabel('Next step', { exact: true })
    .fill('Ask for feedback on my talk proposal.');
  await priya.getByLabel('Next step by').fill('2026-05-04');
  await priya.getByLabel('What I give back').fill('Help with her open-source project.');
  await priya.getByRole('button', { name: '+ Log today’s contact' }).click();
  await items(priya, 'Contact with Priya Natarajan')
    .last()
    .getByLabel('What we talked about')
    .fill('First coffee.');
  await priya.getByRole('button', { name: '+ Log today’s contact' }).click();
  await items(priya, 'Contact with Priya Natarajan')
    .last()
    .getByLabel('What we talked about')
    .fill('Talk rehearsal.');

  // Inside the contact log, Alt+↑ moves the contact, not the person.
  await page.getByRole('button', { name: '+ Add a person' }).click();
  const tom = items(page, 'Person').nth(1);
  await tom.getByLabel('Name', { exact: true }).fill('Tom Becker');
  await tom.getByRole('checkbox', { name: /Technical influence/ }).check();
  await items(priya, 'Contact with Priya Natarajan')
    .last()
    .getByLabel('What we talked about')
    .focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(
    items(priya, 'Contact with Priya Natarajan').first().getByLabel('What we talked about'),
  ).toHaveValue('Talk rehearsal.');
  await expect(items(page, 'Person').first().getByLabel('Name', { exact: true })).toHaveValue(
    'Priya Natarajan',
  );

  // Dropping an area from the keyboard takes it off Priya too.
  await items(page, 'Area').last().getByLabel('Area', { exact: true }).focus();
  await page.keyboard.press('Alt+Delete');
  await expect(items(page, 'Area')).toHaveCount(3);
  await allSaved(page);

  const coverage = page.getByRole('region', { name: 'Coverage' });
  await expect(coverage).toContainText('1 of 3 areas has nobody yet: Starting a business.');
  const rows = coverage.getByRole('row');
  await expect(rows.nth(1)).toContainText('Technical influence');
  await expect(rows.nth(1)).toContainText('Tom Becker');
  await expect(rows.nth(2)).toContainText('Priya Natarajan');
  await expect(rows.nth(2)).toContainText('1 active');
  await expect(rows.nth(3)).toContainText('Nobody yet');
  await expect(coverage.getByRole('complementary')).toContainText('Ways to find people');

  await page.reload();
  await expect(page.getByLabel('Name of the person being mentored')).toHaveValue('Lena Ortiz');
  await expect(items(page, 'Person')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Coverage' })).toContainText('Nobody yet');

  const stored = JSON.parse(await workbookText(workbookFile)) as {
    worksheets: StoredMentors[];
  };
  const sheet = stored.worksheets.find((w) => w.id === sheetId);
  expect(sheet?.kind).toBe('mentors');
  expect(sheet?.areas.map((a) => a.name)).toEqual([
    'Technical influence',
    'Speaking at conferences',
    'Starting a business',
  ]);
  const speaking = sheet?.areas[1]?.id;
  expect(sheet?.candidates[0]).toMatchObject({
    name: 'Priya Natarajan',
    areaIds: [speaking],
    status: 'active',
    howFound: 'association',
    nextStepDate: '2026-05-04',
    givingBack: 'Help with her open-source project.',
  });
  expect(sheet?.candidates[0]?.contactLog).toEqual([
    expect.objectContaining({ date: localIso(new Date()), note: 'Talk rehearsal.' }),
    expect.objectContaining({ date: localIso(new Date()), note: 'First coffee.' }),
  ]);
  expect(sheet?.candidates[1]?.name).toBe('Tom Becker');

  await expectAccessible(page, 'Mentor list');
  await page.getByLabel('Worksheet title').scrollIntoViewIfNeeded();
  // Scrolling into view can also nudge the window itself; screenshots start from its top.
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshots(page, 'mentors-editor');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const section = page.getByRole('region', { name: 'Coverage' });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({
      path: `test-results/screenshots/mentors-coverage-${colorScheme}.png`,
    });
    const person = items(page, 'Person').first();
    await person.scrollIntoViewIfNeeded();
    await person.screenshot({ path: `test-results/screenshots/mentors-person-${colorScheme}.png` });
  }
});
