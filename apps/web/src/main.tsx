import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { App } from './App';
import { createApiClient } from './graphql/client';
import { LiveConnectionProvider } from './graphql/live-connection';
import { createI18n } from './i18n';
import './styles/global.css';

const i18n = createI18n();
const { client, live } = createApiClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={client}>
        <LiveConnectionProvider value={live}>
          <App />
        </LiveConnectionProvider>
      </UrqlProvider>
    </I18nextProvider>
  </StrictMode>,
);
