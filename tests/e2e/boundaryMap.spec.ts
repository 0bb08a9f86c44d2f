import type { Locator, Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { allSaved, expectAccessible, openApp, screenshots, workbookText } from './screenChecks';

/** Mary, the spa owner of the worked example, made through the web server's API; her id. */
async function createMary(page: Page, app: RunningApp): Promise<string> {
  const response = await page.request.post(`${app.origin}/api/clients:create`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {
      client: {
        name: 'Mary Kowalczyk',
        email: '',
        phone: '',
        organization: 'Willow & Stone Day Spa',
        role: 'Owner',
        status: 'active',
        referralSource: '',
        idealClientFit: 'ideal',
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
function items(page: Page, list: string): Locator {
  return page.getByRole('list', { name: `${list} list` }).locator(':scope > li');
}

/** Add an item with the list's add button and type its text. */
async function addItem(page: Page, button: string, list: string, text: string) {
  await page.getByRole('button', { name: button }).click();
  await items(page, list).last().getByRole('textbox').first().fill(text);
}

interface StoredMap {
  kind: string;
  title: string;
  situation: { kind: string; counterpart: string };
  cost: Record<string, string>;
  boundaries: {
    willing: { text: string }[];
    negotiable: { text: string; conditions: string }[];
    willNot: { text: string }[];
  };
  power: { holder: string; why: string; iBring: { text: string }[]; theyBring: { text: string }[] };
  decision: { choice: string; rationale: string };
  words: { script: string; holdingAnswer: string };
  ifCrossedAgain: string;
  review: { date: string | null; outcome: string };
}

test('a coach maps the spa and hotel case, and the map shows it after a reload', async ({
  page,
  app,
  workbookFile,
}) => {
  const maryId = await createMary(page, app);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/clients/${maryId}`);
  await page
    .getByRole('group', { name: 'Start a new worksheet' })
    .getByRole('button', { name: /Boundary map/ })
    .click();
  await expect(page.getByRole('region', { name: 'The situation' })).toBeVisible();
  const sheetId = decodeURIComponent(page.url().split('#/worksheets/')[1] ?? '');
  expect(sheetId).not.toBe('');

  await page.getByLabel('Worksheet title').fill('Rick’s hotel wants spa rooms held back');
  await page
    .getByLabel('What kind of situation is it?')
    .selectOption({ label: 'Tries to change agreed terms' });
  await page.getByLabel('Who is it with?').fill('Rick’s hotel');
  await page
    .getByLabel('What happened')
    .fill('After we signed, the hotel asked me to keep rooms free for its guests on some days.');

  await page.getByLabel('Cost of acting').fill('The hotel contract could be at risk.');
  await page
    .getByLabel('Cost of not acting')
    .fill('Regular clients turned away; staff lose bookings.');
  await page.getByLabel('Cost of keeping this client').fill('Some rooms held on hotel days.');
  await page.getByLabel('Cost of losing this client').fill('A steady flow of new guests.');

  await addItem(
    page,
    '+ Add something I am willing to do',
    'Willing',
    'Give hotel guests a fair chance',
  );
  await addItem(
    page,
    '+ Add something I am willing to do',
    'Willing',
    'Serve hotel guests as the contract says',
  );
  await page.getByRole('button', { name: '+ Add something negotiable' }).click();
  await page
    .getByLabel('What I could agree to')
    .fill('Holding treatment rooms for hotel guests on agreed days');
  await page
    .getByLabel('On these conditions')
    .fill('The hotel gets first claim; unbooked rooms go back to my regulars 24 hours ahead.');
  await addItem(page, '+ Add something I will not do', 'Will not', 'Keep rooms empty just in case');
  await addItem(page, '+ Add something I will not do', 'Will not', 'A line I will take out again');
  await addItem(
    page,
    '+ Add something I will not do',
    'Will not',
    'Turn my regulars away for nothing',
  );

  // From the keyboard: the contract item moves to the top, the stray line goes.
  await items(page, 'Willing').nth(1).getByRole('textbox').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await items(page, 'Will not').nth(1).getByRole('textbox').focus();
  await page.keyboard.press('Alt+Delete');
  await expect(items(page, 'Will not')).toHaveCount(2);
  await expect(items(page, 'Willing').first().getByRole('textbox')).toHaveValue(
    'Serve hotel guests as the contract says',
  );

  await page.getByLabel('Who holds the power?').selectOption({ label: 'Mostly me' });
  await page
    .getByLabel('Why', { exact: true })
    .fill('No spa nearby matches our quality; that is why Rick chose us.');
  await addItem(page, '+ Add something I bring', 'I bring', 'The best treatments near the hotel');
  await addItem(page, '+ Add something they bring', 'They bring', 'New guests every week');

  await page.getByLabel('My decision').selectOption({ label: 'Keep the client, on conditions' });
  await page.getByLabel('Why I chose this').fill('Yes to held rooms, on my terms.');
  await page
    .getByLabel('What I will say')
    .fill('Your guests get first claim on the garden rooms on your days.');
  await page
    .getByLabel(/let me get back to you/)
    .fill('Good question. Let me check my bookings and I will reply on Thursday.');
  await page
    .getByLabel('What I will do next time')
    .fill('Any change goes into the contract first.');
  await page.getByLabel('Review date').fill('2026-03-15');
  await page.getByLabel('How it turned out').fill('The hotel signed the change.');
  await allSaved(page);

  await page.reload();
  await expect(page.getByLabel('Who is it with?')).toHaveValue('Rick’s hotel');
  await expect(page.getByLabel('On these conditions')).toHaveValue(/first claim/);
  await expect(page.getByLabel('My decision')).toHaveValue('keepWithConditions');
  await expect(page.getByLabel('Review date')).toHaveValue('15 March 2026');
  await expect(items(page, 'Willing').first().getByRole('textbox')).toHaveValue(
    'Serve hotel guests as the contract says',
  );

  // The drawn map: named, and holding the rings, the power and the decision.
  await page.getByRole('button', { name: 'See the map' }).click();
  const map = page.getByRole('img', {
    name: /Boundary map: Rick’s hotel wants spa rooms held back/,
  });
  await expect(map).toBeVisible();
  await expect(map.locator('text', { hasText: 'WILLING · 2' })).toHaveCount(1);
  await expect(map.locator('text', { hasText: 'NEGOTIABLE · 1' })).toHaveCount(1);
  await expect(map.locator('text', { hasText: 'WILL NOT · 2' })).toHaveCount(1);
  await expect(map.locator('text', { hasText: 'Who holds the power: Mostly me' })).toHaveCount(1);
  await expect(
    map.locator('text', { hasText: 'Decision: Keep the client, on conditions' }),
  ).toHaveCount(1);
  await expect(map.locator('text', { hasText: 'Keep rooms empty just in case' })).toHaveCount(1);
  // Screen readers get the whole map as text, conditions included.
  await expect(page.locator('figcaption')).toContainText(
    'on these conditions: The hotel gets first claim',
  );

  const stored = JSON.parse(await workbookText(workbookFile)) as {
    worksheets: (StoredMap & { id: string })[];
  };
  const sheet = stored.worksheets.find((w) => w.id === sheetId);
  expect(sheet?.kind).toBe('boundaryMap');
  expect(sheet?.situation).toEqual({
    kind: 'renegotiatesTerms',
    counterpart: 'Rick’s hotel',
    description:
      'After we signed, the hotel asked me to keep rooms free for its guests on some days.',
  });
  expect(sheet?.boundaries.willing.map((i) => i.text)).toEqual([
    'Serve hotel guests as the contract says',
    'Give hotel guests a fair chance',
  ]);
  expect(sheet?.boundaries.willNot.map((i) => i.text)).toEqual([
    'Keep rooms empty just in case',
    'Turn my regulars away for nothing',
  ]);
  expect(sheet?.boundaries.negotiable[0]?.conditions).toContain('24 hours ahead');
  expect(sheet?.power.holder).toBe('me');
  expect(sheet?.power.why).toContain('No spa nearby matches our quality');
  expect(sheet?.power.iBring.map((i) => i.text)).toEqual(['The best treatments near the hotel']);
  expect(sheet?.decision.choice).toBe('keepWithConditions');
  expect(sheet?.words.holdingAnswer).toContain('Let me check');
  expect(sheet?.review).toEqual({ date: '2026-03-15', outcome: 'The hotel signed the change.' });

  await expectAccessible(page, 'Boundary map');
  await page.getByLabel('Worksheet title').scrollIntoViewIfNeeded();
  // Scrolling into view can also nudge the window itself; screenshots start from its top.
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshots(page, 'boundary-map-editor');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(viewport);
      const section = page.locator('.bm-map-section');
      await section.scrollIntoViewIfNeeded();
      await expect(section).toBeInViewport();
      await section.screenshot({
        path: `test-results/screenshots/boundary-map-drawing-${colorScheme}-${viewport.width}.png`,
      });
    }
  }
});

test('a crowded ring says how many more items it holds', async ({ page, app }) => {
  const maryId = await createMary(page, app);
  const response = await page.request.post(`${app.origin}/api/worksheets:create`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: { kind: 'boundaryMap', clientId: maryId },
  });
  const created = (await response.json()) as { ok: boolean; value: { id: string } };
  expect(created.ok).toBe(true);
  await openApp(page, app);
  await page.goto(`${app.origin}/#/worksheets/${created.value.id}`);
  for (let i = 1; i <= 12; i += 1) {
    await addItem(
      page,
      '+ Add something I will not do',
      'Will not',
      `Item ${i}: a rather long boundary that cannot possibly fit on one line of the outer ring`,
    );
  }
  await allSaved(page);
  const map = page.getByRole('img', { name: /Boundary map/ });
  await expect(map.locator('text', { hasText: 'WILL NOT · 12' })).toHaveCount(1);
  await expect(map.locator('text', { hasText: /^\+ \d+ more$/ })).toHaveCount(1);
  // Long items are shortened with an ellipsis, and keep their full text as a tooltip.
  const first = map.locator('text.bm-item').first();
  await expect(first).toContainText('…');
  await expect(first.locator('title')).toHaveText(/cannot possibly fit on one line/);
});
