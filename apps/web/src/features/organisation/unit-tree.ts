import type { Unit } from './useOrganisation';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

const kindOrder: Record<Unit['kind'], number> = { DIVISION: 0, TEAM: 1 };

/**
 * Nests units under their parents, starting from the top-level units. Archived units are left
 * out, and so is everything below them. Divisions come before teams, then names in the
 * reader's collation order.
 */
export function buildUnitTree(units: readonly Unit[], compareNames: (a: string, b: string) => number): UnitNode[] {
  const byParent = new Map<string | null, Unit[]>();
  for (const unit of units) {
    if (unit.archived) continue;
    const key = unit.parentId ?? null;
    byParent.set(key, [...(byParent.get(key) ?? []), unit]);
  }
  const childrenOf = (parentId: string | null): UnitNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || compareNames(a.name, b.name))
      .map((unit) => ({ unit, children: childrenOf(unit.id) }));
  // A cycle has no top-level member, so starting from the roots always terminates.
  return childrenOf(null);
}

export function countUnits(nodes: readonly UnitNode[], kind: Unit['kind']): number {
  return nodes.reduce(
    (total, node) => total + (node.unit.kind === kind ? 1 : 0) + countUnits(node.children, kind),
    0,
  );
}
