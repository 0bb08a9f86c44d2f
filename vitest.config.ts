import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // LibreOffice and the crash test are heavy: one file at a time on two cores.
          fileParallelism: false,
          // The bundled CLI and web server, which tests run as a person would.
          globalSetup: ['tests/integration/globalSetup.ts'],
        },
      },
    ],
  },
});
