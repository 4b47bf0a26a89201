import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LiveStatus } from './LiveStatus';
import { NorteMark } from './NorteMark';

interface Props {
  organisationName: string | null;
}

export function AppHeader({ organisationName }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__identity">
          <a className="brand" href="/" aria-label={t('app.homeLabel')}>
            <NorteMark />
            <span className="brand__name" aria-hidden="true">
              Norte
            </span>
          </a>
          {organisationName && (
            <p className="app-header__organisation" data-testid="organisation-name">
              {organisationName}
            </p>
          )}
        </div>
        <div className="app-header__tools">
          <LiveStatus />
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
