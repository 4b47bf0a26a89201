import { useTranslation } from 'react-i18next';
import { OrganisationPage } from './features/organisation/OrganisationPage';
import { useOrganisation } from './features/organisation/useOrganisation';
import { AppHeader } from './features/shell/AppHeader';

export function App() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const organisationName = organisation.status === 'ready' ? organisation.organisation.name : null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader organisationName={organisationName} />
      <main id="main" className="app-main" tabIndex={-1}>
        <OrganisationPage state={organisation} />
      </main>
    </>
  );
}
