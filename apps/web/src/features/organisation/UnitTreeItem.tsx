import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { countUnits, type UnitNode } from './unit-tree';

interface Props {
  node: UnitNode;
}

export function UnitTreeItem({ node }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { unit, children } = node;
  const isDivision = unit.kind === 'DIVISION';
  const teams = countUnits(children, 'TEAM');

  return (
    <li className={`unit unit--${unit.kind.toLowerCase()}`} data-unit-id={unit.id}>
      <div className="unit__row">
        <span className="unit__name">{unit.name}</span>
        <span className="unit__kind">{t(`structure.kind.${unit.kind}`)}</span>
        {isDivision && (
          <span className="unit__meta">
            {teams === 0 ? t('structure.noTeams') : t('structure.teamCount', { count: teams, formatted: format.number(teams) })}
          </span>
        )}
      </div>
      {children.length > 0 && (
        <ul className="tree__children">
          {children.map((child) => (
            <UnitTreeItem key={child.unit.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
