/**
 * Trip-ups met walking a coach's first week in the browser, each checked the way the coach
 * meets it.
 */
import type { Page } from '@playwright/test';
import { newWorksheetForClient, openWorksheet } from './editorHelpers';
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
