/**
 * Child process for the crash test (tests/integration/crash.test.ts). Opens the store on the
 * workbook folder named in argv, then saves a counter over and over in bursts, printing each
 * counter value on its own line once its update has resolved (that is, once it is acknowledged
 * as durable). Each update writes two files: the counter goes into the practice's phone
 * (workbook.json) and into the phone of one client (clients/<id>.json), a different client
 * from one update to the next, so that kills land in the middle of multi-file changes and
 * concurrent writes of different files. The parent kills it with SIGKILL at a random moment.
 * Output: `ready <counter found in workbook.json>`, then `<value> <client id>` per
 * acknowledged update.
 */
import { openWorkbookStore } from '../../../src/main/store';
import { ok } from '../../../src/shared/result';
import { MAX_BURST } from './crashProtocol';
import { workbookWith } from './workbooks';

async function main(filePath: string): Promise<void> {
  const store = await openWorkbookStore(filePath);
  const shown = store.read();
  if (!shown.ok) throw new Error(`The store did not open: ${shown.error.message}`);
  const opened = store.info();
  if (opened.state !== 'ok') throw new Error(`The store opened ${opened.state}: ${opened.message}`);
  if (store.info().isNew) {
    // Give the folder some weight (100 client files) so writes take long enough to be killed
    // mid-way, the first fill included.
    const filled = workbookWith(100);
    const result = await store.update((draft) => {
      Object.assign(draft, filled);
      return ok(null);
    });
    if (!result.ok) throw new Error(result.error.message);
  }
  let counter = Number(shown.value.practice.phone || '0');
  // The clients as they are now (after the first fill): the counter goes round them.
  const current = store.read();
  const clientIds = (current.ok ? current.value : shown.value).clients.map((c) => c.id);
  process.stdout.write(`ready ${counter}\n`);
  for (;;) {
    const burst = 1 + Math.floor(Math.random() * MAX_BURST);
    const updates = Array.from({ length: burst }, () => {
      counter += 1;
      const value = counter;
      const clientId = clientIds[value % clientIds.length] ?? '';
      return store
        .update((draft) => {
          // Records are frozen: a change replaces the records it changes.
          draft.practice = { ...draft.practice, phone: String(value) };
          draft.clients = draft.clients.map((c) =>
            c.id === clientId ? { ...c, phone: String(value) } : c,
          );
          return ok(value);
        })
        .then((result) => {
          if (!result.ok) throw new Error(result.error.message);
          // Pipes are written synchronously on Linux: once this returns, the parent will see it.
          process.stdout.write(`${result.value} ${clientId}\n`);
        });
    });
    await Promise.all(updates);
  }
}

// Never outlive the test: stop when the parent goes away (stdin closes) or after a minute.
process.stdin.on('close', () => process.exit(3)).resume();
setTimeout(() => process.exit(4), 60_000).unref();

const filePath = process.argv[2];
if (filePath === undefined) throw new Error('Usage: crashChild.ts <workbook folder>');
await main(filePath);
