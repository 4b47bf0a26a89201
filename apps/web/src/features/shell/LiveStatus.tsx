import { useTranslation } from 'react-i18next';
import { useLiveState } from '../../graphql/live-connection';

export function LiveStatus() {
  const { t } = useTranslation();
  const state = useLiveState();
  return (
    <p className={`live-status live-status--${state}`} role="status" data-state={state} title={t('live.description')}>
      <span className="live-status__dot" aria-hidden="true" />
      {t(`live.${state}`)}
    </p>
  );
}
