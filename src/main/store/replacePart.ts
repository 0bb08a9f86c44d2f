import type { Workbook } from '../../shared/schema';
import { deepFreeze } from './changedRecords';
import { clientIdOfPart, type PartKey } from './folderLayout';
import { partOfExport, type PartData } from './partFiles';

/** The workbook with one part's records replaced by `data` (null: the part is gone). */
export function replacePart(book: Workbook, key: PartKey, data: PartData | null): Workbook {
  deepFreeze(data);
  const clientId = clientIdOfPart(key);
  if (key === 'coach') {
    const others = book.worksheets.filter((w) => w.clientId !== null);
    return {
      ...book,
      worksheets: [...others, ...(data !== null && 'worksheets' in data ? data.worksheets : [])],
    };
  }
  if (key === 'main') {
    if (data === null || !('practice' in data)) return book;
    const ids = new Set(book.clients.map((c) => c.id));
    const clientExports = book.exportHistory.filter((e) => partOfExport(e, ids) !== 'main');
    return {
      ...book,
      practice: data.practice,
      agreementTemplate: data.agreementTemplate,
      exportHistory: [...clientExports, ...data.exportHistory].sort((a, b) =>
        a.at.localeCompare(b.at),
      ),
    };
  }
  const theirs = data !== null && 'client' in data ? data : null;
  return {
    ...book,
    clients: [...book.clients.filter((c) => c.id !== clientId), ...(theirs ? [theirs.client] : [])],
    worksheets: [
      ...book.worksheets.filter((w) => w.clientId !== clientId),
      ...(theirs?.worksheets ?? []),
    ],
    exportHistory: [
      ...book.exportHistory.filter((e) => e.clientId !== clientId),
      ...(theirs?.exportHistory ?? []),
    ].sort((a, b) => a.at.localeCompare(b.at)),
  };
}

/** "2 clients were changed on another computer or by another program." */
export function summariseOutside(keys: readonly PartKey[]): string {
  const clients = keys.filter((key) => clientIdOfPart(key) !== null).length;
  const parts: string[] = [];
  if (clients > 0) parts.push(clients === 1 ? '1 client was' : `${clients} clients were`);
  if (keys.includes('main')) parts.push('the practice profile or agreement template was');
  if (keys.includes('coach')) parts.push('your own worksheets were');
  const what = parts.length === 0 ? 'the workbook was' : parts.join(', and ');
  const sentence = `${what.charAt(0).toUpperCase()}${what.slice(1)} changed on another computer or by another program.`;
  return `${sentence} Those changes are now shown here.`;
}
