import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Builds the app and the bundled web server the fixtures start, when out of date.
  globalSetup: './tests/e2e/globalSetup.ts',
  // Playwright empties its output folder on every run; screenshots live beside it, not inside.
  outputDir: 'test-results/playwright',
  // Long journeys (an agreement from draft to signed, with screenshots and accessibility checks)
  // take 20 s on a quiet 2-core machine and 50 s beside other CPU-heavy work: room for both.
  timeout: 120_000,
  // Two spec files at a time: each test starts its own server and browser page, and on two
  // cores a test mostly waits on the other process, so two run in the time of about one and a half.
  fullyParallel: false,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
