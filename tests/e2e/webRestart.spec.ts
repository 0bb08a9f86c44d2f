/**
 * Web mode when its server restarts: the page picks up the new access key from the address the
 * restarted server printed, without a reload, and what the coach typed while the server was away
 * is saved once it is back, even across a reload.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServer, test } from './fixtures';
import { allSaved } from './screenChecks';

/** A port that is free now, for servers that must come back on the same address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function coachNameOnDisk(workbook: string): Promise<string> {
  const main = JSON.parse(await readFile(join(workbook, 'workbook.json'), 'utf8')) as {
    practice: { coachName: string };
  };
  return main.practice.coachName;
}

const nameField = (page: Page) => page.getByLabel('Your name', { exact: true });

test('a restarted server’s new address takes over in the same tab, and nothing typed meanwhile is lost', async ({
  page,
  dataDir,
}) => {
  const workbook = join(dataDir, 'practice');
  const exportsDir = join(dataDir, 'exports');
  const port = await freePort();
  let server = await startServer(workbook, exportsDir, port);
  try {
    await page.goto(server.url);
    await page.goto(`http://127.0.0.1:${port}/#/practice`);
    await nameField(page).fill('Alex Morgan');
    await allSaved(page);

    // The server stops; the coach keeps typing.
    await server.stop();
    await nameField(page).fill('Alex Morgan-Reyes');
    await expect(page.locator('.save-status')).toContainText('Not saved yet');

    // It is back with a new key; the coach opens the address it printed, in the same tab.
    server = await startServer(workbook, exportsDir, port);
    await page.goto(server.url);
    await allSaved(page);
    await expect(page).toHaveURL(/#\/practice$/);
    await expect(nameField(page)).toHaveValue('Alex Morgan-Reyes');
    expect(await coachNameOnDisk(workbook)).toBe('Alex Morgan-Reyes');

    // Down again; this time the page is reloaded before the server is back.
    await server.stop();
    await nameField(page).fill('Alex M. Reyes');
    await expect(page.locator('.save-status')).toContainText('Not saved yet');
    server = await startServer(workbook, exportsDir, port);
    await page.reload();
    await page.goto(server.url);
    await expect(nameField(page)).toHaveValue('Alex M. Reyes');
    await allSaved(page);
    await expect.poll(() => coachNameOnDisk(workbook)).toBe('Alex M. Reyes');
  } finally {
    await server.stop();
  }
});

test('a server stopped with Ctrl+C tells the open page, which says so calmly until it is back', async ({
  page,
  dataDir,
}) => {
  const workbook = join(dataDir, 'practice');
  const exportsDir = join(dataDir, 'exports');
  const port = await freePort();
  let server = await startServer(workbook, exportsDir, port);
  const banner = page.getByRole('status').filter({ hasText: 'The workbook server has stopped.' });
  try {
    await page.goto(server.url);
    await page.goto(`http://127.0.0.1:${port}/#/practice`);
    await nameField(page).fill('Alex Morgan');
    await allSaved(page);

    // Stopped (the test stops it as Ctrl+C would, with a signal): the page is told at once.
    await server.stop();
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Everything you changed is saved in the workbook.');
    await page.screenshot({ path: 'test-results/screenshots/webRestart-server-stopped.png' });

    // What the coach types now waits in the browser, and the page says why, not "not answering".
    await nameField(page).fill('Alex Morgan-Reyes');
    await expect(page.locator('.save-status')).toContainText('The workbook server was stopped.');
    await expect(page.locator('.save-status')).not.toContainText('not answering');
    await expect(banner).toContainText('Your latest changes are kept in this browser');

    // Back, with its new address opened in this tab: the notice goes and the change is saved.
    server = await startServer(workbook, exportsDir, port);
    await page.goto(server.url);
    await allSaved(page);
    await expect(banner).toBeHidden();
    expect(await coachNameOnDisk(workbook)).toBe('Alex Morgan-Reyes');
  } finally {
    await server.stop();
  }
});
