import type { WorkbookApi } from '../shared/contract';

declare global {
  interface Window {
    /** Present in the desktop app (set by the preload); absent in web mode. */
    readonly workbook?: WorkbookApi;
  }
}

export {};
