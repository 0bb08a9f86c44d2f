import { workbookText } from './screenChecks';
import { formatDate } from '../../src/shared/domain/dates';

import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import {
  addWithKeyboard,
  expectNoSeriousAxeViolations,
  expectSaved,
  items,
  newWorksheetForClient,
  openWorksheet,
  screenshotWhole,
} from './editorHelpers';

/** Today where the browser runs (same machine), as the app stores dates. */
function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const TODAY = localIso(new Date());
const SOON = localIso(new Date(Date.now() + 10 * 86_400_000));
/** A date as the date boxes show it, in the format a new workbook starts with. */
const shown = (iso: string) => formatDate(iso, 'D MMMM YYYY');

async function newIdp(page: Page, app: RunningApp): Promise<string> {
  return newWorksheetForClient(page, app, 'idp', 'Dana Whitfield');
}

async function open(page: Page, app: RunningApp, id: string) {
  await openWorksheet(page, app, id);
  await expect(page.getByRole('region', { name: 'Profile' })).toBeVisible();
}

test('a coach fills every part of an IDP from the keyboard, and it is all still there after a reload and on disk', async ({
  page,
  app,
  workbookFile,
}) => {
  const id = await newIdp(page, app);
  await open(page, app, id);

  const profile = page.getByRole('region', { name: 'Profile' });
  await profile.getByLabel('Name').fill('Dana Whitfield');
  await profile.getByLabel('Current position').fill('Team lead, dispatch');
  await profile.getByLabel('Organization').fill('Northwind Logistics');
  await profile.getByLabel('Manager').fill('Sam Okafor');

  const goals = page.getByRole('region', { name: 'Career goals' });
  await goals.getByLabel('Short-term goal').fill('Run the night shift on my own.');
  await goals.getByLabel('Long-term goal').fill('Operations manager for the region.');
  await goals.getByLabel('Strengths').fill('Calm under pressure; people trust me.');
  await goals.getByLabel('Areas to develop').fill('Budgets and presenting to directors.');

  // Objectives: two kept, one added and removed again, the second moved to the top.
  const objectives = page.getByRole('region', { name: 'Development objectives' });
  const objectiveList = objectives.getByRole('list', { name: 'Objective list' });
  await addWithKeyboard(objectives, /Add objective/);
  const first = items(objectiveList).nth(0);
  await first
    .getByLabel('What will you achieve?')
    .fill('Present the quarterly numbers to the board');
  await first.getByLabel('How will success be measured?').fill('Two board presentations given');
  await first.getByLabel('Target date').fill(SOON);
  await first.getByLabel('Priority').selectOption({ label: 'High' });
  await addWithKeyboard(first, /Add activity/);
  const activity = items(first.getByRole('list')).nth(0);
  await activity.getByLabel('Kind of activity').selectOption({ label: 'Stretch assignment' });
  await activity.getByLabel('Status').selectOption({ label: 'Done' });
  await activity.getByLabel('What you will do').fill('Co-present the March update');
  await activity.getByLabel('Resources or cost').fill('Half a day to prepare');
  await activity.getByLabel('Support needed from the manager').fill('A rehearsal slot with Sam');
  await activity.getByLabel('Evidence of completion').fill('Slides and the minutes');

  await addWithKeyboard(objectives, /Add objective/);
  const second = items(objectiveList).nth(1);
  await second.getByLabel('What will you achieve?').fill('Earn the logistics certificate');
  await second.getByLabel('How will success be measured?').fill('Certificate received');
  await second.getByLabel('Target date').fill('2020-01-31');
  await second.getByLabel('Priority').selectOption({ label: 'Low' });
  await addWithKeyboard(second, /Add activity/);
  const course = items(second.getByRole('list')).nth(0);
  await course.getByLabel('Kind of activity').selectOption({ label: 'Certification' });
  await course.getByLabel('Status').selectOption({ label: 'In progress' });
  await course.getByLabel('What you will do').fill('Evening course, ten weeks');

  await addWithKeyboard(objectives, /Add objective/);
  await expect(items(objectiveList)).toHaveCount(3);
  await items(objectiveList).nth(2).getByLabel('What will you achieve?').fill('Not this one');
  await page.keyboard.press('Alt+Delete');
  await expect(items(objectiveList)).toHaveCount(2);

  await second.getByLabel('What will you achieve?').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items(objectiveList).nth(0).getByLabel('What will you achieve?')).toHaveValue(
    'Earn the logistics certificate',
  );

  // An activity moved inside its objective moves only the activity, not the objective too.
  const lower = items(objectiveList).nth(1);
  await addWithKeyboard(lower, /Add activity/);
  const reading = items(lower.getByRole('list')).nth(1);
  await reading.getByLabel('Kind of activity').selectOption({ label: 'Reading' });
  await reading.getByLabel('Status').selectOption({ label: 'Done' });
  await reading.getByLabel('What you will do').fill('Read a book on presenting data');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items(lower.getByRole('list')).nth(0).getByLabel('What you will do')).toHaveValue(
    'Read a book on presenting data',
  );
  await expect(items(objectiveList).nth(0).getByLabel('What will you achieve?')).toHaveValue(
    'Earn the logistics certificate',
  );

  // The log: today's entry comes with today's date.
  const log = page.getByRole('region', { name: 'Progress log' });
  await addWithKeyboard(log, /Add today’s entry/);
  const entry = items(log.getByRole('list', { name: 'Log entry list' })).nth(0);
  await expect(entry.getByLabel('Date')).toHaveValue(shown(TODAY));
  await entry.getByLabel('What happened').fill('Ran the Monday stand-up alone for the first time.');

  const review = page.getByRole('region', { name: 'Review rhythm' });
  await review.getByLabel('One-on-one with the manager').selectOption({ label: 'Every week' });
  await review.getByLabel('Minutes booked').fill('45');
  await review.getByLabel('Next review').fill('2031-03-15');
  await review.getByLabel('A raise was promised but put off').check();
  await review.getByLabel('The promise is in writing').check();
  await review.getByLabel('When the raise is expected').fill('2031-06-30');
  await review.getByLabel('Next quarterly check').fill('2031-04-01');
  await review.getByLabel('Extra days off').check();
  await review.getByLabel('Travel to conferences').check();
  await review.getByLabel('Notes on the salary conversation').fill('Sam agreed by e-mail.');

  const signOff = page.getByRole('region', { name: 'Sign-off' });
  await signOff.getByLabel('Employee’s name').fill('Dana Whitfield');
  await signOff.getByLabel('Employee signed on').fill('2031-01-10');
  await signOff.getByLabel('Reviewer’s name').fill('Priya Raman');
  await signOff.getByLabel('Reviewer is the').selectOption({ label: 'Coach' });
  await signOff.getByLabel('Reviewer signed on').fill('2031-01-11');

  // The summary follows the plan: one objective done, one overdue.
  const summary = page.getByRole('region', { name: 'Where the plan stands' });
  await expect(summary).toContainText('1 of 2 objectives done · 2 of 3 activities done');
  await expect(summary.getByRole('progressbar')).toHaveAttribute('value', '50');
  await expect(summary.getByRole('heading', { name: 'Overdue' })).toBeVisible();
  await expect(
    summary.getByRole('button', { name: 'Earn the logistics certificate' }),
  ).toBeVisible();
  await expectSaved(page);

  await screenshotWhole(page, 'test-results/screenshots/idp-light.png');
  await expectNoSeriousAxeViolations(page);

  await page.reload();
  await expect(profile.getByLabel('Manager')).toHaveValue('Sam Okafor');
  await expect(goals.getByLabel('Areas to develop')).toHaveValue(
    'Budgets and presenting to directors.',
  );
  await expect(items(objectiveList)).toHaveCount(2);
  await expect(items(objectiveList).nth(1).getByLabel('Target date')).toHaveValue(shown(SOON));
  await expect(
    items(items(objectiveList).nth(1).getByRole('list'))
      .nth(1)
      .getByLabel('Evidence of completion'),
  ).toHaveValue('Slides and the minutes');
  await expect(review.getByLabel('Minutes booked')).toHaveValue('45');
  await expect(review.getByLabel('Travel to conferences')).toBeChecked();
  await expect(signOff.getByLabel('Reviewer is the')).toHaveValue('coach');

  const onDisk = JSON.parse(await workbookText(workbookFile)) as {
    worksheets: { id: string }[];
  };
  expect(onDisk.worksheets.find((sheet) => sheet.id === id)).toMatchObject({
    profile: { name: 'Dana Whitfield', position: 'Team lead, dispatch', manager: 'Sam Okafor' },
    goals: { longTerm: 'Operations manager for the region.' },
    objectives: [
      {
        what: 'Earn the logistics certificate',
        targetDate: '2020-01-31',
        priority: 'low',
        activities: [{ kind: 'certification', status: 'inProgress' }],
      },
      {
        what: 'Present the quarterly numbers to the board',
        measure: 'Two board presentations given',
        priority: 'high',
        activities: [
          { kind: 'reading', status: 'done', description: 'Read a book on presenting data' },
          {
            kind: 'stretchAssignment',
            status: 'done',
            resources: 'Half a day to prepare',
            managerSupport: 'A rehearsal slot with Sam',
          },
        ],
      },
    ],
    progressLog: [{ date: TODAY, entry: 'Ran the Monday stand-up alone for the first time.' }],
    review: {
      oneOnOneFrequency: 'weekly',
      oneOnOneMinutes: 45,
      nextReviewDate: '2031-03-15',
      salary: {
        raisePromised: true,
        inWriting: true,
        expectedDate: '2031-06-30',
        nextQuarterlyReview: '2031-04-01',
        alternatives: ['extraDaysOff', 'conferenceTravel'],
        notes: 'Sam agreed by e-mail.',
      },
    },
    signOff: {
      employeeName: 'Dana Whitfield',
      employeeDate: '2031-01-10',
      reviewerName: 'Priya Raman',
      reviewerRole: 'coach',
      reviewerDate: '2031-01-11',
    },
  });
});

test('undo and redo a text edit in the IDP with the keyboard', async ({ page, app }) => {
  // The page's clock, so the pause between two edits is a jump forward, not a wait.
  await page.clock.install();
  const id = await newIdp(page, app);
  await open(page, app, id);
  const position = page.getByRole('region', { name: 'Profile' }).getByLabel('Current position');
  await position.fill('Analyst');
  await expectSaved(page);
  // A second later the typing is a new undo step, not merged with the typing before.
  await page.clock.fastForward(1_100);
  await position.pressSequentially(' II');
  await expect(position).toHaveValue('Analyst II');
  await page.keyboard.press('Control+Z');
  await expect(position).toHaveValue('Analyst');
  await page.keyboard.press('Control+Shift+Z');
  await expect(position).toHaveValue('Analyst II');
});

test('the IDP in dark mode, empty and filled summary', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const id = await newIdp(page, app);
  await open(page, app, id);
  await expect(page.getByText('Add objectives and their activities below')).toBeVisible();
  await page.getByRole('button', { name: /Add objective/ }).click();
  await page.getByLabel('What will you achieve?').fill('Lead the spring planning round');
  await page.getByLabel('Target date').fill(SOON);
  await expect(page.getByRole('heading', { name: 'Due within 30 days' })).toBeVisible();
  await screenshotWhole(page, 'test-results/screenshots/idp-dark.png');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'test-results/screenshots/idp-dark-1024.png' });
  await expectNoSeriousAxeViolations(page);
});

test('a paste too long for a field is held back, said at that field, and saved once shortened', async ({
  page,
  app,
  workbookFile,
}) => {
  const id = await newIdp(page, app);
  await open(page, app, id);
  const goals = page.getByRole('region', { name: 'Career goals' });
  const shortTerm = goals.getByLabel('Short-term goal');
  await shortTerm.fill('Run the night shift on my own.');
  await expectSaved(page);

  await shortTerm.fill('x'.repeat(100_001));
  await expect(shortTerm).toHaveAttribute('aria-invalid', 'true');
  await expect(goals.getByRole('alert')).toHaveText(
    'Too long: at most 100,000 characters. Until it is fixed, this is not saved.',
  );
  await expect(page.locator('.save-status')).toContainText(
    'Not saved: Too long: at most 100,000 characters',
  );
  // The other fields are not blamed, and nothing reached the file.
  await expect(goals.getByLabel('Long-term goal')).not.toHaveAttribute('aria-invalid', 'true');
  expect(await workbookText(workbookFile)).toContain('Run the night shift on my own.');

  await shortTerm.fill('Run the night shift, then the whole site.');
  await expect(shortTerm).not.toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);
  expect(await workbookText(workbookFile)).toContain('Run the night shift, then the whole site.');
});
