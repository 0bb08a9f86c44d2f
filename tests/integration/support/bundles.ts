import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The CLI as `npm run cli` runs it (built by the integration tests' global setup). */
export const CLI_BUNDLE = join(ROOT, 'out', 'node', 'cli.mjs');

/** The web server as `npm run web` runs it. */
export const WEB_BUNDLE = join(ROOT, 'out', 'node', 'web.mjs');
