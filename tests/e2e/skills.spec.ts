import { workbookText } from './screenChecks';

import type { Locator, Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import {
  addWithKeyboard,
  chooseSkill,
  expectNoSeriousAxeViolations,
  expectSaved,
  items,
  newWorksheetForClient,
  openWorksheet,
  screenshotWhole,
} from './editorHelpers';

async function newInventory(page: Page, app: RunningApp): Promise<string> {
  return newWorksheetForClient(page, app, 'skills', 'Rosa Lindqvist');
}

async function open(page: Page, app: RunningApp, id: string) {
  await openWorksheet(page, app, id);
  await expect(page.getByRole('region', { name: 'Skills', exact: true })).toBeVisible();
}

/** Choose a level in one of the 1–5 rating groups. */
async function rate(scope: Locator, group: string, level: number) {
  const radios = scope.getByRole('radiogroup', { name: group });
  await radios.getByRole('radio', { name: new RegExp(`^${level}:`) }).check();
}

test('a coach fills a skills inventory with catalogue and custom skills and a target role; it survives a reload and is on disk', async ({
  page,
  app,
  workbookFile,
}) => {
  const id = await newInventory(page, app);
  await open(page, app, id);

  await page.getByRole('region', { name: 'Whose inventory' }).getByLabel('Name').fill('Rosa');

  const skills = page.getByRole('region', { name: 'Skills', exact: true });
  const list = skills.getByRole('list', { name: 'Skill list' });

  // A catalogue skill, chosen from its group.
  await addWithKeyboard(skills, /Add skill/);
  const first = items(list).nth(0);
  await chooseSkill(first, 'Skill', 'listening', 'Active listening');
  await rate(first, 'How good are you at it?', 5);
  await rate(first, 'How much do you enjoy it?', 4);
  await first.getByLabel('Situation').fill('Patrons came in upset about fines');
  await first.getByLabel('Action').fill('Heard them out before explaining');
  await first.getByLabel('Result').fill('Complaints fell by half');
  await first.getByLabel('Where you gained it').fill('Eight years at the front desk');
  await first.getByLabel('Roles or industries it transfers to').fill('Customer success');

  // A custom skill of one's own, in a group of one's choosing.
  await addWithKeyboard(skills, /Add skill/);
  const second = items(list).nth(1);
  await chooseSkill(
    second,
    'Skill',
    'Running book clubs',
    'Use “Running book clubs” as my own skill',
  );
  await second.getByLabel('Skill name').fill('');
  await expect(second.getByText('Give the skill a name.')).toBeVisible();
  await second.getByLabel('Skill name').fill('Running book clubs');
  await second.getByLabel('Group').selectOption({ label: 'Social and communication (ESCO)' });
  await rate(second, 'How good are you at it?', 4);
  await rate(second, 'How much do you enjoy it?', 5);
  await second.getByLabel('I want to develop this skill further').check();

  // A third one, removed again from the keyboard; then the custom skill moved to the top.
  await addWithKeyboard(skills, /Add skill/);
  await expect(items(list)).toHaveCount(3);
  await items(list).nth(2).getByLabel('Where you gained it').focus();
  await page.keyboard.press('Alt+Delete');
  await expect(items(list)).toHaveCount(2);
  await second.getByLabel('Skill name').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items(list).nth(0).getByLabel('Skill name')).toHaveValue('Running book clubs');

  // The target role and what it asks for.
  const role = page.getByRole('region', { name: 'Target role' });
  await role.getByLabel('Role title').fill('Community programme manager');
  const requirements = role.getByRole('list', { name: 'Requirement list' });
  await addWithKeyboard(role, /Add requirement/);
  await chooseSkill(items(requirements).nth(0), 'Skill the role needs', 'money', 'Managing money');
  await rate(items(requirements).nth(0), 'Level needed', 4);
  await addWithKeyboard(role, /Add requirement/);
  await chooseSkill(
    items(requirements).nth(1),
    'Skill the role needs',
    'active list',
    'Active listening',
  );
  await rate(items(requirements).nth(1), 'Level needed', 3);

  // The summary: strongest and most enjoyed, and the gaps, biggest first.
  const summary = page.locator('.skills-summary');
  const strongest = summary.locator('.skills-strongest > li');
  await expect(strongest).toHaveCount(2);
  await expect(strongest.nth(0)).toContainText('Active listening');
  await expect(summary).toContainText('Want to develop: Running book clubs');
  const gaps = summary.getByRole('table');
  await expect(gaps.getByRole('row').nth(1)).toContainText('Managing money');
  await expect(gaps.getByRole('row').nth(1)).toContainText('4 levels short');
  await expect(gaps.getByRole('row').nth(2)).toContainText('Met');
  const byGroup = page.getByRole('region', { name: 'Skills by group' });
  await expect(byGroup.getByRole('heading', { name: /Social and communication/ })).toBeVisible();
  await expect(byGroup.getByRole('heading', { name: /Content skills/ })).toBeVisible();
  await expectSaved(page);

  await screenshotWhole(page, 'test-results/screenshots/skills-light.png');
  await expectNoSeriousAxeViolations(page);

  await page.reload();
  await expect(items(list)).toHaveCount(2);
  await expect(items(list).nth(0).getByLabel('Skill name')).toHaveValue('Running book clubs');
  await expect(items(list).nth(1).getByLabel('Result')).toHaveValue('Complaints fell by half');
  await expect(role.getByLabel('Role title')).toHaveValue('Community programme manager');

  const onDisk = JSON.parse(await workbookText(workbookFile)) as {
    worksheets: { id: string }[];
  };
  expect(onDisk.worksheets.find((sheet) => sheet.id === id)).toMatchObject({
    personName: 'Rosa',
    entries: [
      {
        skill: {
          source: 'custom',
          name: 'Running book clubs',
          groupId: 'esco-socialCommunication',
        },
        proficiency: 4,
        enjoyment: 5,
        wantToDevelop: true,
      },
      {
        skill: { source: 'catalogue', skillId: 'onet-content.active-listening' },
        proficiency: 5,
        enjoyment: 4,
        evidence: {
          situation: 'Patrons came in upset about fines',
          action: 'Heard them out before explaining',
          result: 'Complaints fell by half',
        },
        gainedAt: 'Eight years at the front desk',
        transfersTo: 'Customer success',
        wantToDevelop: false,
      },
    ],
    targetRole: {
      title: 'Community programme manager',
      requirements: [
        { skill: { source: 'catalogue', skillId: 'onet-resources.managing-money' }, level: 4 },
        { skill: { source: 'catalogue', skillId: 'onet-content.active-listening' }, level: 3 },
      ],
    },
  });
});

test('undo and redo a text edit in the skills inventory with the keyboard', async ({
  page,
  app,
}) => {
  // The page's clock, so the pause between two edits is a jump forward, not a wait.
  await page.clock.install();
  const id = await newInventory(page, app);
  await open(page, app, id);
  const name = page.getByRole('region', { name: 'Whose inventory' }).getByLabel('Name');
  await name.fill('Rosa');
  await expectSaved(page);
  // A second later the typing is a new undo step, not merged with the typing before.
  await page.clock.fastForward(1_100);
  await name.pressSequentially(' Lindqvist');
  await page.keyboard.press('Control+Z');
  await expect(name).toHaveValue('Rosa');
  await page.keyboard.press('Control+Shift+Z');
  await expect(name).toHaveValue('Rosa Lindqvist');
});

test('the skills inventory in dark mode and at 1024×700', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const id = await newInventory(page, app);
  await open(page, app, id);
  await expect(page.getByText('Your skills appear here, grouped')).toBeVisible();
  const skills = page.getByRole('region', { name: 'Skills', exact: true });
  await addWithKeyboard(skills, /Add skill/);
  await rate(skills, 'How good are you at it?', 4);
  await rate(skills, 'How much do you enjoy it?', 4);
  const role = page.getByRole('region', { name: 'Target role' });
  await addWithKeyboard(role, /Add requirement/);
  await rate(role, 'Level needed', 5);
  await expect(page.locator('.skills-summary')).toContainText('1 level short');
  await screenshotWhole(page, 'test-results/screenshots/skills-dark.png');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'test-results/screenshots/skills-dark-1024.png' });
  await expectNoSeriousAxeViolations(page);
});
