/**
 * The workbook as it is on disk: open in another window (read-only, then Try again), and
 * changed by another computer or program while the page is open.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServer, test } from './fixtures';
import { allSaved, expectAccessible, openApp, screenshots } from './screenChecks';

async function addClient(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: '+ New client' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await allSaved(page);
  return decodeURIComponent(page.url().replace(/^.*#\/clients\//, ''));
}

test('a second window opens read-only, and Try again takes over once the first is closed', async ({
  page,
  dataDir,
}) => {
  const workbook = join(dataDir, 'practice');
  const first = await startServer(workbook, join(dataDir, 'exports-1'));
  const second = await startServer(workbook, join(dataDir, 'exports-2')).catch(
    async (error: unknown) => {
      await first.stop();
      throw error;
    },
  );
  try {
    await page.goto(second.url);
    const banner = page.getByRole('alert').filter({ hasText: 'Read-only.' });
    await expect(banner).toContainText('open in another window or on another computer');
    await expect(banner.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.locator('.save-status')).toHaveText('Read-only');
    await expectAccessible(page, 'Read-only, open elsewhere');
    await screenshots(page, 'read-only-open-elsewhere');

    // Still open in the first: Try again says so and nothing changes.
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expect(banner).toContainText('still open somewhere else');

    await first.stop();
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Read-only.' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '+ New client' })).toBeVisible();
    const id = await addClient(page, 'Ines Duarte');
    const saved = JSON.parse(await readFile(join(workbook, 'clients', `${id}.json`), 'utf8')) as {
      client: { name: string };
    };
    expect(saved.client.name).toBe('Ines Duarte');
  } finally {
    await second.stop();
    await first.stop();
  }
});

test('a client changed on another computer shows here with a notice', async ({
  page,
  app,
  workbookFile,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Set up my practice' }).click();
  const id = await addClient(page, 'Maria Okafor');

  // Another computer (a synced folder) writes the client's file: temp name, then rename.
  const folder = workbookFile.replace(/\.json$/, '');
  const file = join(folder, 'clients', `${id}.json`);
  const data = JSON.parse(await readFile(file, 'utf8')) as { client: { name: string } };
  data.client.name = 'Maria Okafor-Reyes';
  await writeFile(`${file}.sync-tmp`, JSON.stringify(data), 'utf8');
  await rename(`${file}.sync-tmp`, file);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maria Okafor-Reyes', {
    timeout: 15_000,
  });
  await expect(page.locator('.toast')).toContainText(/changed on another computer/);
  await screenshots(page, 'changed-elsewhere-notice');

  // The clients list shows the new name too, and the file was not written twice.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clients');
  await expect(
    page.getByRole('list', { name: 'Clients' }).getByText('Maria Okafor-Reyes'),
  ).toBeVisible();
  expect(await readdir(join(folder, 'clients'))).toEqual([`${id}.json`]);
});

test('recovery lists the files set aside and starts a new workbook only when asked', async ({
  page,
  dataDir,
}) => {
  const workbook = join(dataDir, 'practice');
  await mkdir(join(workbook, 'set-aside'), { recursive: true });
  await writeFile(join(workbook, 'workbook.json'), '{"schemaVersion": 3, "practice": {', 'utf8');
  const conflict = 'clients-c1.conflict-2026-11-20T10-00-00-000Z.json';
  await writeFile(join(workbook, 'set-aside', conflict), '{}', 'utf8');
  const server = await startServer(workbook, join(dataDir, 'exports'));
  try {
    await page.goto(server.url);
    await expect(
      page.getByRole('heading', { name: 'Your workbook needs attention' }),
    ).toBeVisible();
    const list = page.getByRole('list', { name: 'Files set aside' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText(conflict);
    await expect(list).toContainText('could not be read');
    // Web mode cannot open a file manager: the full path is shown, to copy.
    await list.getByRole('listitem').filter({ hasText: conflict }).getByRole('button').click();
    await expect(list.locator('code')).toContainText(join(workbook, 'set-aside', conflict));
    await expectAccessible(page, 'Recovery');
    await screenshots(page, 'recovery-set-aside');

    await page.getByRole('button', { name: 'Start a new, empty workbook' }).click();
    const confirm = page.getByRole('dialog', { name: 'Start a new, empty workbook?' });
    await expect(confirm).toContainText('Nothing is deleted');
    await screenshots(page, 'recovery-start-new-confirm');
    await confirm.getByRole('button', { name: 'Start a new workbook' }).click();

    await expect(page.getByRole('heading', { name: 'Welcome to Coaching Workbook' })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Files set aside' }).getByRole('listitem'),
    ).toHaveCount(2);
    await screenshots(page, 'first-run-set-aside');

    await page.getByRole('button', { name: '1 conflict kept aside' }).click();
    const dialog = page.getByRole('dialog', { name: 'Files set aside' });
    await expect(dialog).toContainText('The later change was kept');
    await expectAccessible(page, 'Conflicts dialog');
    await screenshots(page, 'conflicts-dialog');
    expect(await readdir(join(workbook, 'set-aside'))).toContain(conflict);
  } finally {
    await server.stop();
  }
});

test('a conflict kept aside: the coach sees both versions and uses the other one', async ({
  page,
  app,
  workbookFile,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Set up my practice' }).click();
  const id = await addClient(page, 'Ana Ruiz');

  // The same client was changed on the laptop too; the later change stayed, the laptop's is
  // kept aside in the file the store writes for a conflict.
  const folder = workbookFile.replace(/\.json$/, '');
  const clientPath = join(folder, 'clients', `${id}.json`);
  const part = JSON.parse(await readFile(clientPath, 'utf8')) as {
    client: { name: string; phone: string; updatedAt: string };
  };
  const laptop = {
    ...part.client,
    name: 'Ana Ruiz Moreno',
    phone: '+34 600 123 456',
    updatedAt: new Date(Date.parse(part.client.updatedAt) - 60_000).toISOString(),
  };
  const conflict = `clients-${id}.conflict-2026-11-20T10-00-00-000Z.json`;
  await mkdir(join(folder, 'set-aside'), { recursive: true });
  await writeFile(
    join(folder, 'set-aside', conflict),
    JSON.stringify({
      part: `clients/${id}.json`,
      record: 'client',
      kept: part.client,
      other: laptop,
    }),
    'utf8',
  );

  await page.getByRole('button', { name: '1 conflict kept aside' }).click({ timeout: 15_000 });
  const dialog = page.getByRole('dialog', { name: 'Files set aside' });
  const item = dialog.getByRole('listitem').filter({ hasText: conflict });
  await expect(item).toContainText('Client record of Ana Ruiz');
  await expect(item).toContainText('They differ in');
  await expect(item).toContainText('Name, Phone');
  await expectAccessible(page, 'Conflict with both versions');
  await screenshots(page, 'conflict-use-other-version');

  await item.getByRole('button', { name: 'Use the other version' }).click();
  await expect(page.locator('.toast')).toContainText('the other version is now in your workbook');
  // The dialog now describes the swap: the version replaced is the one kept aside.
  await expect(item).toContainText('Client record of Ana Ruiz Moreno');
  await screenshots(page, 'conflict-other-version-used');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana Ruiz Moreno');

  const saved = JSON.parse(await readFile(clientPath, 'utf8')) as typeof part;
  expect(saved.client).toMatchObject({ name: 'Ana Ruiz Moreno', phone: '+34 600 123 456' });
  const kept = JSON.parse(await readFile(join(folder, 'set-aside', conflict), 'utf8')) as {
    kept: { name: string };
    other: { name: string };
  };
  expect(kept.kept.name).toBe('Ana Ruiz Moreno');
  expect(kept.other.name).toBe('Ana Ruiz');
});
