/**
 * The page's actions as a coach meets them: the Help overlay lists every action of the one
 * registry (src/shared/actions.ts) with its keys, the keys do what the overlay says, and the
 * toolbar's buttons are the same actions, greyed out when they cannot run.
 */
import { ACTION_IDS, ACTIONS, displayKeys } from '../../src/shared/actions';
import { expect, test } from './fixtures';
import { allSaved, expectAccessible, openApp } from './screenChecks';

/** What the overlay should list, as Chromium on Linux shows it (Ctrl, not ⌘). */
const EXPECTED_ROWS = [
  ...ACTION_IDS.map((id) => [
    ACTIONS[id].label,
    ACTIONS[id].keys.map((keys) => displayKeys(keys, false)).join(' or '),
  ]),
  ['Move a list item up or down', 'Alt+↑ / Alt+↓'],
  ['Remove the focused list item', 'Alt+Delete'],
];

test('the Help overlay lists every action with its keys, and the keys and buttons do what it says', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });

  // F1 opens the overlay; it lists the registry, in its order.
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  const rows = help.getByRole('row');
  await expect(rows).toHaveCount(EXPECTED_ROWS.length + 1);
  const listed = await rows
    .filter({ has: page.getByRole('cell') })
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())),
    );
  expect(listed).toEqual(EXPECTED_ROWS);
  await expectAccessible(page, 'Keyboard shortcuts');
  await page.screenshot({ path: 'test-results/screenshots/keys-help-overlay.png' });
  // F1 again, or Escape, closes it.
  await page.keyboard.press('F1');
  await expect(help).toBeHidden();
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The button says which key does the same, and gets the focus back.
  await expect(opener).toHaveAttribute('aria-keyshortcuts', 'F1');
  await expect(opener).toHaveAttribute('title', 'Show keyboard shortcuts (F1)');
  await opener.click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  await expect(opener).toBeFocused();

  // Nothing to undo yet: the toolbar says so, and the keys do nothing.
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', 'Undo (Ctrl+Z)');
  await expect(redo).toHaveAttribute('title', 'Redo (Ctrl+Shift+Z or Ctrl+Y)');
  await expect(redo).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+Z Control+Y');

  // Alt+4: My practice. A change there can be undone from the keys or the toolbar.
  await page.keyboard.press('Alt+4');
  await expect(page).toHaveURL(/#\/practice$/);
  const name = page.getByLabel('Your name', { exact: true });
  await name.fill('Robin Achebe');
  await allSaved(page);
  await expect(undo).toBeEnabled();
  await page.keyboard.press('Control+Z');
  await expect(name).toHaveValue('');
  await expect(redo).toBeEnabled();
  await page.keyboard.press('Control+Y');
  await expect(name).toHaveValue('Robin Achebe');
  await expect(redo).toBeDisabled();
  await undo.click();
  await expect(name).toHaveValue('');
  await redo.click();
  await expect(name).toHaveValue('Robin Achebe');
  await allSaved(page);

  // The other places, one key each.
  for (const [keys, address] of [
    ['Alt+1', /#\/$/],
    ['Alt+2', /#\/clients$/],
    ['Alt+3', /#\/my-worksheets$/],
    ['Alt+5', /#\/practice\/template$/],
  ] as const) {
    await page.keyboard.press(keys);
    await expect(page, keys).toHaveURL(address);
  }

  // Ctrl+K: the client search, from anywhere.
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Control+K');
  await expect(page).toHaveURL(/#\/clients$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();

  // Alt+N: the same New client dialog as the toolbar's button.
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const newClient = page.getByRole('button', { name: '+ New client' });
  await expect(newClient).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  await newClient.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(newClient).toBeFocused();
});
