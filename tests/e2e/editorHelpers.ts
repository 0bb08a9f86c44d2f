/** Helpers shared by the worksheet editor specs (idp, skills). */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, type RunningApp } from './fixtures';

/** One call to the web server's API, as another window would make it; the answer's id. */
export async function apiCreate(
  page: Page,
  app: RunningApp,
  channel: string,
  data: unknown,
): Promise<string> {
  const response = await page.request.post(`${app.origin}/api/${channel}`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data,
  });
  const body = (await response.json()) as { ok: boolean; value: { id: string } };
  expect(body.ok).toBe(true);
  return body.value.id;
}

/** An active client of that name, made through the API; their id. */
export function newClient(page: Page, app: RunningApp, name: string): Promise<string> {
  return apiCreate(page, app, 'clients:create', {
    client: {
      name,
      email: '',
      phone: '',
      organization: '',
      role: '',
      status: 'active',
      referralSource: '',
      idealClientFit: 'good',
      startDate: null,
      yearlyCheckInDate: null,
      notes: '',
    },
  });
}

/** A client and an empty worksheet of one kind for them, made through the API; the sheet's id. */
export async function newWorksheetForClient(
  page: Page,
  app: RunningApp,
  kind: 'idp' | 'skills' | 'boundaryMap' | 'mentors',
  clientName: string,
): Promise<string> {
  const clientId = await newClient(page, app, clientName);
  return apiCreate(page, app, 'worksheets:create', { kind, clientId });
}

/** Open a worksheet: the first visit hands the page its token, then straight to the sheet. */
export async function openWorksheet(page: Page, app: RunningApp, id: string): Promise<void> {
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/worksheets/${id}`);
}

/** The items of a list editor, not those of lists nested inside them. */
export function items(list: Locator): Locator {
  return list.locator(':scope > li');
}

/** Type into a skill picker and take the option named `option` from the list it shows. */
export async function chooseSkill(
  scope: Locator,
  label: string,
  typed: string,
  option: string,
): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await scope.getByRole('option', { name: option, exact: true }).click();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
}

/** Press a list's add button from the keyboard. */
export async function addWithKeyboard(scope: Locator, label: RegExp): Promise<void> {
  await scope.getByRole('button', { name: label }).last().focus();
  await scope.page().keyboard.press('Enter');
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toContainText('All changes saved');
}

/** The whole editor in one picture: the window grows to the height of the scrolling main area. */
export async function screenshotWhole(page: Page, path: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  // A string, because the tests are typed without the DOM library.
  const height = await page.evaluate<number>(
    "document.querySelector('.app-main')?.scrollHeight ?? 0",
  );
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height + 60) });
  await page.screenshot({ path });
  await page.setViewportSize(size);
}

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}
