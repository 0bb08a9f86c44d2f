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
  fullyParallel: false,
  workers: 1,
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
