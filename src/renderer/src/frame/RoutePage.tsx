import type { Route } from '../router';
import { HomePage } from '../pages/HomePage';
import { ClientsPage } from '../pages/ClientsPage';
import { ClientPage } from '../pages/ClientPage';
import { WorksheetPage } from '../pages/WorksheetPage';
import { MyWorksheetsPage } from '../pages/MyWorksheetsPage';
import { PracticePage } from '../pages/PracticePage';
import { TemplatePage } from '../pages/TemplatePage';

/** The screen for a route. */
export function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'clients':
      return <ClientsPage />;
    case 'client':
      return <ClientPage key={route.id} id={route.id} />;
    case 'worksheet':
      return <WorksheetPage key={route.id} id={route.id} />;
    case 'mine':
      return <MyWorksheetsPage />;
    case 'practice':
      return <PracticePage />;
    case 'template':
      return <TemplatePage />;
  }
}
