import { useTranslation } from 'react-i18next';

interface Props {
  mission: string | null;
  vision: string | null;
}

export function TrueNorth({ mission, vision }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="true-north-heading">
      <h2 id="true-north-heading">{t('trueNorth.heading')}</h2>
      <div className="statements">
        <Statement title={t('trueNorth.mission')} text={mission} missing={t('trueNorth.missionMissing')} />
        <Statement title={t('trueNorth.vision')} text={vision} missing={t('trueNorth.visionMissing')} />
      </div>
    </section>
  );
}

function Statement({ title, text, missing }: { title: string; text: string | null; missing: string }) {
  return (
    <article className="statement">
      <h3>{title}</h3>
      {text ? <p className="statement__text">{text}</p> : <p className="muted">{missing}</p>}
    </article>
  );
}
