import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { UnitTreeItem } from './UnitTreeItem';
import { buildUnitTree, countUnits } from './unit-tree';
import type { Unit } from './useOrganisation';

interface Props {
  units: readonly Unit[];
}

export function OrganisationTree({ units }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tree = useMemo(() => buildUnitTree(units, format.compare), [units, format]);
  const divisions = countUnits(tree, 'DIVISION');
  const teams = countUnits(tree, 'TEAM');

  return (
    <section className="card" aria-labelledby="structure-heading">
      <div className="card__header">
        <h2 id="structure-heading">{t('structure.heading')}</h2>
        <p className="card__meta">
          {t('structure.divisionCount', { count: divisions, formatted: format.number(divisions) })}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          {t('structure.teamCount', { count: teams, formatted: format.number(teams) })}
        </p>
      </div>
      {tree.length === 0 ? (
        <p className="muted">{t('structure.empty')}</p>
      ) : (
        <ul className="tree" aria-label={t('structure.treeLabel')}>
          {tree.map((node) => (
            <UnitTreeItem key={node.unit.id} node={node} />
          ))}
        </ul>
      )}
    </section>
  );
}
