import { memo } from 'react';
import type { Route } from '../router';
import { HomePage } from '../pages/HomePage';
import { ClientsPage } from '../pages/ClientsPage';
import { ClientPage } from '../pages/ClientPage';
import { WorksheetPage } from '../pages/WorksheetPage';
import { MyWorksheetsPage } from '../pages/MyWorksheetsPage';
import { PracticePage } from '../pages/PracticePage';
import { TemplatePage } from '../pages/TemplatePage';

function sameRoute(a: { route: Route }, b: { route: Route }): boolean {
  return JSON.stringify(a.route) === JSON.stringify(b.route);
}

/** The screen for a route; the frame repainting (undo state, save state) leaves it alone. */
export const RoutePage = memo(function RoutePage({ route }: { route: Route }) {
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
}, sameRoute);
