import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { apiCreate, newClient } from './editorHelpers';
import { screenshots } from './screenChecks';

const FIXTURE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'word-template',
  'coaching-agreement.docx',
);

test('an agreement made from the coach’s Word document is read and signed in the room', async ({
  page,
  app,
}) => {
  const call = async (channel: string, data: unknown) => {
    const response = await page.request.post(`${app.origin}/api/${channel}`, {
      headers: { Authorization: `Bearer ${app.token}` },
      data,
    });
    const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    expect(body.ok).toBe(true);
    return body.value;
  };
  const profile = await call('practice:get', {});
  await call('practice:update', {
    profile: { ...profile, coachName: 'Dana Whitfield', dateFormat: 'D MMMM YYYY' },
  });
  await call('wordTemplate:import', {
    fileName: 'My agreement.docx',
    dataBase64: (await readFile(FIXTURE)).toString('base64'),
  });
  const clientId = await newClient(page, app, 'Priya Raman');
  const agreementId = await apiCreate(page, app, 'agreements:create', { clientId });
  await apiCreate(page, app, 'agreements:markSent', { id: agreementId, sentOn: '2026-03-01' });

  await page.goto(app.url);
  await page.goto(`${app.origin}/#/worksheets/${agreementId}`);
  await expect(page.getByText(/Not signed yet: the exported file is your document/)).toBeVisible();
  const status = page.getByRole('region', { name: 'Where this agreement stands' });
  const signingView = page.getByRole('dialog', { name: /^Signing:/ });
  // Its details speak of the document, not of clauses it does not have.
  await expect(page.getByRole('region', { name: 'Details for this client' })).not.toContainText(
    'clauses',
  );
  await status.getByRole('button', { name: 'Sign now' }).click();

  // The client reads the coach's own document, filled in for them, not the clause template.
  const agreement = signingView.getByRole('article', { name: 'The agreement' });
  await expect(agreement).toContainText('This agreement is between Priya Raman of');
  await expect(agreement).toContainText('My agreement.docx');
  await expect(agreement).not.toContainText(/[{}]/);
  await screenshots(page, 'sign-word-agreement-reading');

  await signingView.getByRole('radio', { name: 'Type my name' }).check();
  await signingView.getByLabel('Type your name as your signature').fill('Priya Raman');
  await signingView.getByRole('button', { name: 'Next: the coach signs' }).click();
  await signingView.getByRole('radio', { name: 'Type my name' }).check();
  await signingView.getByLabel('Type your name as your signature').fill('Dana Whitfield');
  await signingView.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(signingView).toHaveCount(0);

  await expect(status.getByRole('note')).toContainText(
    /Signed on .* by Priya Raman and Dana Whitfield — locked/,
  );
  // Guidance for a signed Word agreement: no filling in, no clauses.
  const wordGuidance = page
    .getByRole('region', { name: 'Your Word document' })
    .getByRole('complementary', { name: 'Guidance' });
  await expect(wordGuidance).toContainText('exactly as signed');
  await expect(wordGuidance).not.toContainText('Fill in every detail');
  await expect(page.getByText(/Signed on this computer: the exported file/)).toBeVisible();
  await status.getByRole('button', { name: 'Verify the signed text' }).click();
  await expect(status.getByRole('status')).toContainText(
    '✓ The text is exactly what both of you signed on',
  );
  await status.scrollIntoViewIfNeeded();
  await screenshots(page, 'sign-word-agreement-verified');
});
