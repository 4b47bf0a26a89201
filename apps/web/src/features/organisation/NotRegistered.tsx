import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

function freshUuid(): string {
  // randomUUID exists only in secure contexts (https, localhost).
  return globalThis.crypto?.randomUUID?.() ?? '00000000-0000-4000-8000-000000000000';
}

export function NotRegistered() {
  const { t, i18n } = useTranslation();
  const commandId = useMemo(freshUuid, []);
  const endpoint = `${window.location.origin}/graphql`;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const mutation = `mutation {
  registerOrganisation(input: {
    commandId: "${commandId}"
    name: "${t('notRegistered.exampleName')}"
    locale: "${i18n.resolvedLanguage ?? 'es'}"
    timeZone: "${timeZone}"
  }) {
    id
    position
  }
}`;

  return (
    <section className="card empty-state" aria-labelledby="not-registered-heading">
      <h2 id="not-registered-heading">{t('notRegistered.title')}</h2>
      <p>{t('notRegistered.intro', { endpoint })}</p>
      <pre className="code" tabIndex={0} aria-label="GraphQL">
        <code>{mutation}</code>
      </pre>
      <p className="muted">{t('notRegistered.commandId')}</p>
      <p>{t('notRegistered.live')}</p>
    </section>
  );
}
