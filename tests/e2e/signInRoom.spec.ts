import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiCreate, newClient } from './editorHelpers';
import { expectAccessible, screenshots, workbookText } from './screenChecks';

interface StoredAgreement {
  kind: string;
  status: string;
  signedOn: string | null;
  clientSignerName: string;
  coachSignerName: string;
  signatures?: {
    role: string;
    name: string;
    method: string;
    signedAt: string;
    textSha256: string;
  }[];
}

async function agreementOnDisk(file: string): Promise<StoredAgreement | undefined> {
  const book = JSON.parse(await workbookText(file)) as { worksheets: StoredAgreement[] };
  return book.worksheets.find((w) => w.kind === 'agreement');
}

/** A signature drawn as a hand would: a pointer pressed, moved along a wavy path, lifted. */
async function drawSignature(page: Page, canvas: Locator): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The signature box is not on screen');
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + box.width * 0.15, y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    const x = box.x + box.width * (0.15 + (0.6 * i) / 40);
    await page.mouse.move(x, y - Math.sin(i / 3) * box.height * 0.25, { steps: 2 });
  }
  await page.mouse.up();
  // A second line, to be taken back with "Undo the last line".
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.75, { steps: 10 });
  await page.mouse.up();
}

test('a sent agreement is signed in the room, drawn by the client and typed by the coach, then verified', async ({
  page,
  app,
  workbookFile,
}) => {
  const profile = await page.request.post(`${app.origin}/api/practice:get`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: {},
  });
  const practice = ((await profile.json()) as { value: Record<string, unknown> }).value;
  await apiCreate(page, app, 'practice:update', {
    profile: { ...practice, coachName: 'Alex Morgan', businessName: 'Morgan Career Coaching' },
  });
  const clientId = await newClient(page, app, 'Dana Whitfield');
  const agreementId = await apiCreate(page, app, 'agreements:create', { clientId });
  await apiCreate(page, app, 'agreements:markSent', { id: agreementId, sentOn: '2026-03-01' });

  await page.goto(app.url);
  await page.goto(`${app.origin}/#/worksheets/${agreementId}`);
  const status = page.getByRole('region', { name: 'Where this agreement stands' });
  const signingView = page.getByRole('dialog', { name: /^Signing:/ });

  // Before handing over the laptop, the coach sees which details still print as a blank line.
  const stillBlank =
    /Still blank, printed as a line to fill in by hand: Start date, Coach e-mail\./;
  await expect(status).toContainText(stillBlank);
  await expect(status.getByRole('complementary', { name: 'Guidance' })).toContainText(
    'When it comes back signed, record the signature.',
  );

  // Cancel leaves the agreement as it was.
  await status.getByRole('button', { name: 'Sign now' }).click();
  await drawSignature(page, signingView.locator('canvas'));
  await signingView.getByRole('button', { name: 'Cancel' }).click();
  await expect(signingView).toHaveCount(0);
  expect((await agreementOnDisk(workbookFile))?.status).toBe('sent');

  // The client reads the whole agreement, then signs with a pointer.
  await status.getByRole('button', { name: 'Sign now' }).click();
  await expect(signingView.getByRole('article', { name: 'The agreement' })).toContainText(
    'Dana Whitfield',
  );
  await expect(signingView).toContainText(stillBlank);
  await page.screenshot({ path: 'test-results/screenshots/sign-in-room-reading.png' });
  await signingView.getByRole('button', { name: 'Next: the coach signs' }).click();
  await expect(signingView.getByRole('alert')).toContainText('Sign in the box first');
  await drawSignature(page, signingView.locator('canvas'));
  await signingView.getByRole('button', { name: 'Undo the last line' }).click();
  await expect(signingView.getByLabel('Full name')).toHaveValue('Dana Whitfield');
  await screenshots(page, 'sign-in-room-client');
  await expectAccessible(page, 'signing view, the client signs');
  await signingView.getByRole('button', { name: 'Next: the coach signs' }).click();

  // The coach types their name.
  await expect(signingView.getByText('Signed by Dana Whitfield, the client')).toBeVisible();
  await signingView.getByRole('radio', { name: 'Type my name' }).check();
  await signingView.getByLabel('Type your name as your signature').fill('Alex Morgan');
  await expect(signingView.getByLabel('Full name')).toHaveValue('Alex Morgan');
  await screenshots(page, 'sign-in-room-coach');
  await expectAccessible(page, 'signing view, the coach signs');
  await signingView.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(signingView).toHaveCount(0);

  // Signed and locked, with both signatures kept and the text fingerprinted.
  await expect(status.getByRole('note')).toContainText(
    /Signed on .* by Dana Whitfield and Alex Morgan — locked/,
  );
  await expect(page.getByRole('button', { name: '+ Add a clause' })).toHaveCount(0);
  const stored = await agreementOnDisk(workbookFile);
  expect(stored?.status).toBe('signed');
  expect(stored?.signatures?.map((s) => [s.role, s.name, s.method])).toEqual([
    ['client', 'Dana Whitfield', 'drawn'],
    ['coach', 'Alex Morgan', 'typed'],
  ]);
  expect(stored?.signatures?.[0]?.textSha256).toMatch(/^[0-9a-f]{64}$/);

  await status.getByRole('button', { name: 'Verify the signed text' }).click();
  // One plain verdict for the one signing, its time as the app writes times everywhere.
  const verdict = status.getByRole('status');
  // The page's own clock style, as in "All changes saved at 03:40 PM".
  const time = await page.evaluate(
    (at) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }),
    stored?.signatures?.[0]?.signedAt ?? '',
  );
  await expect(verdict.locator('.verify-result')).toHaveCount(1);
  await expect(verdict).toContainText(
    new RegExp(`^✓ The text is exactly what both of you signed on .* at ${time}\\.`),
  );
  await expect(
    status.getByRole('listitem').filter({ hasText: 'Coach: Alex Morgan' }),
  ).toContainText(` at ${time}`);
  // The fingerprints, for comparing with the printed certificate, are folded away, in eights.
  const fingerprint = verdict.getByRole('group').filter({ hasText: 'Fingerprint' });
  await expect(fingerprint.locator('dd').first()).toBeHidden();
  await verdict.getByText('Fingerprint', { exact: true }).click();
  const grouped = (stored?.signatures?.[0]?.textSha256.match(/.{8}/g) ?? []).join(' ');
  await expect(fingerprint.locator('dd')).toHaveText([grouped, grouped]);
  await status.scrollIntoViewIfNeeded();
  await screenshots(page, 'sign-in-room-verified');

  // Replaced by a newer version, it still shows its signatures, and Verify still answers, as
  // its printed certificate tells the reader.
  await status.getByRole('button', { name: 'Make a new version' }).click();
  await expect(status.locator('.agreement-status-row')).toContainText('Version 2');
  await status.getByRole('button', { name: 'Mark as signed' }).click();
  await page
    .getByRole('dialog', { name: 'Mark as signed' })
    .getByRole('button', { name: 'Mark as signed' })
    .click();
  await expect(status.getByRole('note')).toContainText('locked');
  await status
    .getByRole('list', { name: 'Version history' })
    .getByRole('link', { name: 'Version 1' })
    .click();
  await expect(status.getByRole('note')).toContainText('replaced by a newer version');
  await expect(status.getByRole('img', { name: 'Signature of Dana Whitfield' })).toBeVisible();
  await status.getByRole('button', { name: 'Verify the signed text' }).click();
  await expect(status.getByRole('status')).toContainText(
    '✓ The text is exactly what both of you signed on',
  );
  await screenshots(page, 'sign-in-room-superseded-verified');
});
