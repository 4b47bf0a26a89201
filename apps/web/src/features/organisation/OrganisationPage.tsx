import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { NotRegistered } from './NotRegistered';
import { OrganisationTree } from './OrganisationTree';
import { TrueNorth } from './TrueNorth';
import type { Organisation, OrganisationState } from './useOrganisation';

interface Props {
  state: OrganisationState;
}

export function OrganisationPage({ state }: Props) {
  const { t } = useTranslation();
  return (
    <div className="page" aria-busy={state.status === 'loading'}>
      <h1 className="page__title">{t('organisation.title')}</h1>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('organisation.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div className="card alert" role="alert">
          <h2>{t('organisation.error.title')}</h2>
          <p>{t('organisation.error.body')}</p>
          <button type="button" className="button" onClick={state.retry}>
            {t('organisation.error.retry')}
          </button>
        </div>
      )}
      {state.status === 'not-registered' && <NotRegistered />}
      {state.status === 'ready' && <OrganisationDetails organisation={state.organisation} updatedAt={state.updatedAt} />}
    </div>
  );
}

function OrganisationDetails({ organisation, updatedAt }: { organisation: Organisation; updatedAt: Date | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('organisation.timeZone')}</dt>
          <dd>{organisation.timeZone}</dd>
        </div>
        <div>
          <dt>{t('organisation.locale')}</dt>
          <dd>{format.languageName(organisation.locale)}</dd>
        </div>
      </dl>
      <TrueNorth mission={organisation.mission} vision={organisation.vision} />
      <OrganisationTree units={organisation.units} />
      {updatedAt && (
        <p className="muted updated-at">
          {t('organisation.updatedAt', { time: format.time(updatedAt) })}
        </p>
      )}
    </>
  );
}
