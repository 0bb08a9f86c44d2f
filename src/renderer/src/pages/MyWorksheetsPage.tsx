import { WorksheetList } from './clients/WorksheetList';
import '../styles/pages.css';

/** The coach's own worksheets: a development plan, a skills inventory, mentors for themselves. */
export function MyWorksheetsPage() {
  return (
    <div className="page mine-page">
      <div className="page-header">
        <div className="spacer stack-tight">
          <h1>My worksheets</h1>
          <p className="muted">
            Worksheets for yourself rather than a client: your own development plan, the skills you
            bring, a tricky client situation to think through, the mentors you are looking for.
          </p>
        </div>
      </div>
      <section className="card stack" aria-label="My worksheets">
        <WorksheetList
          clientId={null}
          emptyText="Nothing here yet. Your own development plan is a good first one: you get to try the worksheet you hand to clients."
        />
      </section>
    </div>
  );
}
