/**
 * The app's web server on a workbook folder, started as a person starts it: `npm run web`
 * (which builds the page first when it is out of date), on a free port. The server prints its
 * address with the one-time token; it runs in its own process group so that stopping it stops
 * npm and everything npm started, and nothing else.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const READY = /Coaching Workbook is running at (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/;

export interface RunningWeb {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  token: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function startWeb(folder: string, timeoutMs: number): Promise<RunningWeb> {
  const child = spawn('npm', ['run', 'web', '--', '--workbook', folder, '--port', '0'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  // 'close' comes once every process holding the output open (npm, the shell, tsx, the
  // server) has ended: only then has the server finished with the workbook folder.
  let closed = false;
  const exited = new Promise<void>((resolve) =>
    child.once('close', () => {
      closed = true;
      resolve();
    }),
  );

  const stop = async (): Promise<void> => {
    if (closed || child.pid === undefined) return;
    const group = -child.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 15_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    const [origin, token] = await new Promise<[string, string]>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(`npm run web printed no address within ${timeoutMs / 1000} s:\n${printed}`),
        );
      }, timeoutMs);
      const check = () => {
        const match = READY.exec(printed);
        if (match?.[1] !== undefined && match[2] !== undefined) {
          clearTimeout(timer);
          resolve([match[1], match[2]]);
        }
      };
      child.stdout.on('data', check);
      void exited.then(() => {
        clearTimeout(timer);
        reject(
          new Error(
            `npm run web stopped (exit ${child.exitCode}) before it was ready:\n${printed}`,
          ),
        );
      });
    });
    return { origin, token, output: () => printed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
