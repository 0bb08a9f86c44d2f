/**
 * Trip-ups met walking a coach's first week in the browser, each checked the way the coach
 * meets it.
 */
import type { Page } from '@playwright/test';
import { items, newWorksheetForClient, openWorksheet } from './editorHelpers';
import { expect, test } from './fixtures';

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
