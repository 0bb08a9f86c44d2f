/**
 * Child process for the crash test (tests/integration/crash.test.ts). Opens the store on the
 * file named in argv, then saves a counter over and over in bursts, printing each counter
 * value on its own line once its update has resolved (that is, once it is acknowledged as
 * durable). The parent kills it with SIGKILL at a random moment.
 * Output: `ready <counter found in the file>`, then one acknowledged value per line.
 */
import { openWorkbookStore } from '../../../src/main/store';
import { ok } from '../../../src/shared/result';
import { MAX_BURST } from './crashProtocol';
import { workbookWith } from './workbooks';

async function main(filePath: string): Promise<void> {
  const store = await openWorkbookStore(filePath);
  const shown = store.read();
  if (!shown.ok) throw new Error(`The store did not open: ${shown.error.message}`);
  if (store.info().isNew) {
    // Give the file some weight (about 200 kB) so writes take long enough to be killed mid-way.
    const filled = workbookWith(100);
    const result = await store.update((draft) => {
      Object.assign(draft, filled);
      return ok(null);
    });
    if (!result.ok) throw new Error(result.error.message);
  }
  let counter = Number(shown.value.practice.phone || '0');
  process.stdout.write(`ready ${counter}\n`);
  for (;;) {
    const burst = 1 + Math.floor(Math.random() * MAX_BURST);
    const updates = Array.from({ length: burst }, () => {
      counter += 1;
      const value = counter;
      return store
        .update((draft) => {
          draft.practice.phone = String(value);
          return ok(value);
        })
        .then((result) => {
          if (!result.ok) throw new Error(result.error.message);
          // Pipes are written synchronously on Linux: once this returns, the parent will see it.
          process.stdout.write(`${result.value}\n`);
        });
    });
    await Promise.all(updates);
  }
}

// Never outlive the test: stop when the parent goes away (stdin closes) or after a minute.
process.stdin.on('close', () => process.exit(3)).resume();
setTimeout(() => process.exit(4), 60_000).unref();

const filePath = process.argv[2];
if (filePath === undefined) throw new Error('Usage: crashChild.ts <workbook file>');
await main(filePath);
