// The data folder's paths live in ../dataFolder.ts, without Electron, so that web mode opens
// the same workbook; the shell uses them from here.
export { DATA_DIR_ENV, resolveDataFolder, windowStatePathIn, workbookPathIn } from '../dataFolder';
