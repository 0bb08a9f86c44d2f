import type { Adapter } from 'lowdb';
import type { Workbook } from '../../shared/schema';
import { AtomicTextFile, type WriteListener } from './atomicTextFile';
import { readWorkbookText, type WorkbookReading } from './readWorkbookText';

/** The file as found on disk: missing, or what its text turned out to be. */
export type FileReading = { kind: 'missing' } | WorkbookReading;

/** Thrown by `read()` when the file exists but is not a usable workbook. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly reading: FileReading) {
    super('The workbook file could not be read.');
  }
}

/**
 * The lowdb adapter for the workbook: JSON text, written atomically and durably by
 * AtomicTextFile, read through the one shared reading path (parse, migrate, validate).
 */
export class WorkbookFile implements Adapter<Workbook> {
  private readonly text: AtomicTextFile;

  constructor(filePath: string, onWrite?: WriteListener) {
    this.text = new AtomicTextFile(filePath, onWrite);
  }

  /** Everything about the file, for the store to choose how to open. */
  async inspect(): Promise<FileReading> {
    const text = await this.text.read();
    if (text === null) return { kind: 'missing' };
    return readWorkbookText(text);
  }

  /** lowdb's read: the (migrated) workbook, null when there is no file, throws otherwise. */
  async read(): Promise<Workbook | null> {
    const reading = await this.inspect();
    if (reading.kind === 'missing') return null;
    if (reading.kind === 'valid') return reading.workbook;
    throw new UnreadableWorkbookError(reading);
  }

  async write(data: Workbook): Promise<void> {
    await this.text.write(serializeWorkbook(data));
  }
}

/** Pretty-printed so a curious coach (or support) can read the file; newline-terminated. */
export function serializeWorkbook(data: Workbook): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
