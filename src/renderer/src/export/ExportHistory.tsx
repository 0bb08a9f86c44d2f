import { useState } from 'react';
import type { DateFormat, ExportRecord } from '../../../shared/schema';
import { documentLabel } from '../../../shared/kinds';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import { useDateFormat, useExportHistory } from '../state/ModelContext';
import { ExportAllButton } from './ClientExportActions';
import { splitPath } from './exportRequests';
import { useExporter, useExportsInfo } from './useExporter';
import '../styles/exports.css';

/** How many recent exports a client's page lists. */
const RECENT_FOR_CLIENT = 5;
/** How many rows the full history shows before "Show all". */
const FIRST_ROWS = 50;

/** "23 Nov 2026, 14:05" in the practice's date format and the computer's clock. */
function when(record: ExportRecord, format: DateFormat): string {
  const date = new Date(record.at);
  if (Number.isNaN(date.getTime())) return '';
  const time = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `${formatDate(todayIso(date), format)}, ${time}`;
}

function newestFirst(records: readonly ExportRecord[]): ExportRecord[] {
  return [...records].reverse();
}

function ShowInFolder({ record, label }: { record: ExportRecord; label: string }) {
  const { showInFolder } = useExporter();
  return (
    <button
      type="button"
      className="btn btn-small btn-quiet"
      aria-label={`Show ${label} in its folder`}
      onClick={() => void showInFolder(record.id)}
    >
      Show in folder
    </button>
  );
}

/** A client's latest exports (what, when and where) and the way to export all their documents. */
export function RecentExports({ clientId }: { clientId: string }) {
  const format = useDateFormat();
  const info = useExportsInfo();
  const records = newestFirst(useExportHistory(clientId) ?? []);
  return (
    <section className="card stack recent-exports" aria-labelledby="recent-exports-title">
      <div className="recent-exports-header">
        <h2 id="recent-exports-title">Recent exports</h2>
        <ExportAllButton clientId={clientId} />
      </div>
      {records.length === 0 ? (
        <p className="muted">
          Word documents you export for this client are listed here: what, when and where.
        </p>
      ) : (
        <ul className="export-history-list">
          {records.slice(0, RECENT_FOR_CLIENT).map((record) => {
            const { folder, fileName } = splitPath(record.path);
            return (
              <li key={record.id}>
                <div className="export-history-main">
                  <strong>{documentLabel(record.document)}</strong>
                  <span className="muted">{when(record, format)}</span>
                </div>
                <div className="export-where">
                  <span className="export-file">{fileName}</span>
                  <span className="muted export-folder">in {folder}</span>
                </div>
                {info?.canShowInFolder ? <ShowInFolder record={record} label={fileName} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Every export of the practice, newest first: the full history kept in the workbook. */
export function ExportHistorySection() {
  const format = useDateFormat();
  const info = useExportsInfo();
  const [showAll, setShowAll] = useState(false);
  const records = newestFirst(useExportHistory(null) ?? []);
  const shown = showAll ? records : records.slice(0, FIRST_ROWS);
  return (
    <section className="card stack export-history" aria-labelledby="export-history-title">
      <div>
        <h2 id="export-history-title">Export history</h2>
        <p className="muted">
          Every Word document you exported: what it was, when, and where the file went. The newest
          2,000 are kept.
        </p>
      </div>
      {records.length === 0 ? (
        <p className="empty">Nothing exported yet.</p>
      ) : (
        <div className="export-table-wrap">
          <table className="table export-table">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Exported</th>
                <th scope="col">File and folder</th>
                {info?.canShowInFolder ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((record) => {
                const { folder, fileName } = splitPath(record.path);
                return (
                  <tr key={record.id}>
                    <td>{record.title}</td>
                    <td className="export-when">{when(record, format)}</td>
                    <td>
                      <div className="export-where">
                        <span className="export-file">{fileName}</span>
                        <span className="muted export-folder">in {folder}</span>
                      </div>
                    </td>
                    {info?.canShowInFolder ? (
                      <td>
                        <ShowInFolder record={record} label={fileName} />
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {records.length > shown.length ? (
        <div>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setShowAll(true);
            }}
          >
            Show all {records.length.toLocaleString('en')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
