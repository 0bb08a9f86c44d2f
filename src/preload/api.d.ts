import type { PageMessage, WorkbookApi } from '../shared/contract';

/** The desktop app's one-way channels (src/shared/contract/events.ts). */
export interface WorkbookShell {
  /**
   * Be told each event main sends (unchecked: the page reads it with `readPageEvent`).
   * Answers a function that stops telling.
   */
  subscribe(listener: (event: unknown) => void): () => void;
  /** Tell main something; it checks the message and answers nothing. */
  tell(message: PageMessage): void;
}

declare global {
  interface Window {
    /** Present in the desktop app (set by the preload); absent in web mode. */
    readonly workbook?: WorkbookApi;
    /** Present in the desktop app (set by the preload); absent in web mode. */
    readonly workbookShell?: WorkbookShell;
  }
}

export {};
