import './zodSetup';
// Starts React's hot reload from a module rather than an inline script, which the CSP blocks.
import '@vitejs/plugin-react/preamble';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectWorkbook } from './api/client';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App api={connectWorkbook()} />
  </StrictMode>,
);
