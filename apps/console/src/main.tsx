import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConfig } from './config';

const root = createRoot(document.getElementById('root')!);
loadConfig().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <p role="alert">
        配置无法读取 · The configuration could not be read:{' '}
        {error instanceof Error ? error.message : String(error)}
      </p>,
    ),
);
