import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { allSaved, expectAccessible, screenshots, workbookText } from './screenChecks';

/** A real PNG of `width`×`height` in a soft green with a darker band, made here byte by byte. */
function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = y > height / 3 && y < (2 * height) / 3;
      row.set(band ? [35, 87, 74] : [226, 239, 233], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Back to the top of the screen with nothing focused, so a screenshot shows it as it opens. */
async function fromTheTop(page: Page): Promise<void> {
  const dismiss = page.locator('.toast').getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  const focused = page.locator(':focus');
  if ((await focused.count()) > 0) await focused.blur();
  await page.locator('h1, #worksheet-title').first().scrollIntoViewIfNeeded();
}

async function openAt(page: Page, app: RunningApp, hash: string) {
  await page.goto(app.url);
  // The first visit hands the page its token; then go straight to the screen.
  await page.goto(`${app.origin}/${hash}`);
}

function sources(page: Page): Locator {
  return page.getByRole('list', { name: 'Referral sources' }).getByRole('textbox');
}

/** What each referral source box holds, top to bottom. */
async function sourceValues(page: Page): Promise<string[]> {
  return Promise.all((await sources(page).all()).map((input) => input.inputValue()));
}

const PROFILE = {
  'Your name': 'Alex Morgan',
  Credentials: 'ICF PCC',
  'Business name': 'Morgan Career Coaching',
  'E-mail': 'alex@morgancoaching.example',
  Phone: '+44 20 7946 0000',
  Website: 'https://morgancoaching.example',
  Address: '12 Orchard Lane\nBristol BS1 4AA',
  'Ideal-client profile': 'Mid-career managers moving into their first director role.',
} as const;

test('a coach fills in the practice, with a logo and Letter paper, and it is all still there after a reload and on disk', async ({
  page,
  app,
  workbookFile,
}) => {
  await openAt(page, app, '#/practice');
  await expect(page.getByRole('heading', { level: 1, name: 'My practice' })).toBeVisible();

  for (const [label, value] of Object.entries(PROFILE)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }

  // Referral sources: three added after the suggested ones, the last moved up from the
  // keyboard, one removed.
  const suggested = await sourceValues(page);
  for (const name of ['Former clients', 'LinkedIn', 'Chamber of commerce']) {
    await page.getByRole('button', { name: '+ Add a source' }).click();
    await expect(sources(page).last()).toBeFocused();
    await page.keyboard.type(name);
  }
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => sourceValues(page))
    .toEqual([...suggested, 'Former clients', 'Chamber of commerce', 'LinkedIn']);
  await page.getByRole('button', { name: 'Remove LinkedIn' }).last().click();
  const kept = [...suggested, 'Former clients', 'Chamber of commerce'];
  await expect.poll(() => sourceValues(page)).toEqual(kept);

  // A file that is not an image, and one that is too large, are refused with a reason.
  const logoInput = page.getByLabel('Logo');
  await logoInput.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not an image'),
  });
  await expect(page.getByRole('alert')).toContainText('is not a PNG or JPEG image');
  await logoInput.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(1_600_000, 1),
  });
  await expect(page.getByRole('alert')).toContainText('more than the 1.5 MB');
  await expect(page.getByText('No logo yet')).toBeVisible();

  const png = makePng(120, 48);
  await logoInput.setInputFiles({ name: 'morgan-logo.png', mimeType: 'image/png', buffer: png });
  const preview = page.getByRole('img', { name: /Your logo \(morgan-logo\.png\)/ });
  await expect(preview).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByLabel('Paper size').selectOption({ label: 'US Letter' });
  await page.getByLabel('Date format').selectOption({ label: '31 March 2025' });
  // Until the coach chooses, documents follow the date format: British English here.
  await expect(page.getByLabel('Document language')).toHaveValue('en-GB');
  await page.getByLabel('Document language').selectOption({ label: 'English (US)' });
  await allSaved(page);

  await page.reload();
  for (const [label, value] of Object.entries(PROFILE)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await expect.poll(() => sourceValues(page)).toEqual(kept);
  await expect(preview).toBeVisible();
  await expect(page.getByLabel('Paper size')).toHaveValue('Letter');
  await expect(page.getByLabel('Date format')).toHaveValue('D MMMM YYYY');
  await expect(page.getByLabel('Document language')).toHaveValue('en-US');

  const book = JSON.parse(await workbookText(workbookFile)) as {
    practice: Record<string, unknown> & {
      logo: { mimeType: string; dataBase64: string; fileName: string } | null;
    };
  };
  expect(book.practice).toMatchObject({
    coachName: PROFILE['Your name'],
    credentials: PROFILE.Credentials,
    businessName: PROFILE['Business name'],
    email: PROFILE['E-mail'],
    phone: PROFILE.Phone,
    website: PROFILE.Website,
    address: PROFILE.Address,
    idealClientProfile: PROFILE['Ideal-client profile'],
    referralSources: kept,
    paperSize: 'Letter',
    dateFormat: 'D MMMM YYYY',
    documentLanguage: 'en-US',
  });
  expect(book.practice.logo).toEqual({
    mimeType: 'image/png',
    dataBase64: png.toString('base64'),
    fileName: 'morgan-logo.png',
  });

  await expectAccessible(page, 'My practice');
  // The logo and paper part sits below the fold: keep a picture of it too, in both themes.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page
      .getByRole('region', { name: 'Your documents' })
      .screenshot({ path: `test-results/screenshots/practice-documents-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await fromTheTop(page);
  await screenshots(page, 'practice');

  // Removing the logo is one click, and undo brings it back.
  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByText('No logo yet')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(preview).toBeVisible();
});

test('the agreement template: a clause with a merge field from the picker, moved from the keyboard, shown in the live preview', async ({
  page,
  app,
  workbookFile,
}) => {
  await openAt(page, app, '#/practice/template');
  await expect(page.getByRole('heading', { level: 1, name: 'Agreement template' })).toBeVisible();
  const clauses = page.getByRole('list', { name: 'Clause list' }).locator(':scope > li');
  const before = await clauses.count();
  expect(before).toBeGreaterThan(5);

  await page.getByRole('button', { name: '+ Add a clause' }).click();
  await expect(clauses).toHaveCount(before + 1);
  const added = clauses.last();
  await added.getByLabel('Clause title').fill('Session notes');
  const body = added.getByRole('textbox', { name: 'Clause text' });
  await body.click();
  await page.keyboard.type('Notes from each session belong to  and stay private.');
  // Put the cursor between "to " and " and", then insert the client's name there.
  const tail = ' and stay private.'.length;
  for (let i = 0; i < tail; i++) await page.keyboard.press('ArrowLeft');
  await added.getByRole('button', { name: 'Insert field' }).click();
  await page.getByRole('menuitem', { name: 'Client name' }).click();
  await expect(body).toHaveText('Notes from each session belong to Client name and stay private.');
  await expect(body.locator('.merge-chip')).toHaveText(['Client name']);
  await expect(body).toBeFocused();

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(
    'Notes from each session belong to Jordan Example and stay private.',
  );

  // A typo in a merge field typed in a title is pointed out (the text has chips, never typos).
  await added.getByLabel('Clause title').fill('Session notes for {{clientNme}}');
  await expect(
    added.getByText(/\{\{clientNme\}\} in the title is not a merge field/),
  ).toBeVisible();
  await added.getByLabel('Clause title').fill('Session notes');
  await expect(added.getByText(/is not a merge field/)).toHaveCount(0);

  // Moved up one place from the keyboard.
  await added.getByLabel('Clause title').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(clauses.nth(before - 1).getByLabel('Clause title')).toHaveValue('Session notes');
  // Focus stays in the moved clause, so the next Alt+↑ moves it again.
  await expect(clauses.nth(before - 1).locator(':focus')).toHaveCount(1);

  // The usual terms feed the preview at once.
  await page.getByLabel('Fee', { exact: true }).fill('GBP 180 per session');
  await expect(preview).toContainText('GBP 180 per session');
  await allSaved(page);

  const book = JSON.parse(await workbookText(workbookFile)) as {
    agreementTemplate: { clauses: { title: string; body: unknown }[]; defaults: { fee?: string } };
  };
  const saved = book.agreementTemplate.clauses;
  expect(saved).toHaveLength(before + 1);
  expect(saved[before - 1]).toMatchObject({
    title: 'Session notes',
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Notes from each session belong to ' },
            { type: 'mergeField', attrs: { key: 'clientName' } },
            { type: 'text', text: ' and stay private.' },
          ],
        },
      ],
    },
  });
  expect(book.agreementTemplate.defaults.fee).toBe('GBP 180 per session');

  await expectAccessible(page, 'Agreement template');
  await fromTheTop(page);
  await screenshots(page, 'template');

  // Restoring the default asks first, and can be undone.
  await page.getByRole('button', { name: 'Restore the default template' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore the default' }).click();
  await expect(clauses).toHaveCount(before);
  await expect(page.getByLabel('Fee', { exact: true })).not.toHaveValue('GBP 180 per session');
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(clauses).toHaveCount(before + 1);
  await expect(page.getByLabel('Fee', { exact: true })).toHaveValue('GBP 180 per session');
});
