import { buildUnitTree, countUnits, type UnitNode } from './unit-tree';
import type { Unit } from './useOrganisation';

const unit = (id: string, name: string, kind: Unit['kind'], parentId: string | null = null, archived = false): Unit => ({
  id,
  name,
  kind,
  parentId,
  archived,
});
const byName = (a: string, b: string) => a.localeCompare(b, 'es');
const names = (nodes: UnitNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.unit.name, names(n.children)] : n.unit.name));

describe('buildUnitTree', () => {
  it('nests teams under their divisions, divisions first, then by name', () => {
    const tree = buildUnitTree(
      [
        unit('t2', 'Ventas', 'TEAM', 'd1'),
        unit('d2', 'Operaciones', 'DIVISION'),
        unit('t1', 'Atención', 'TEAM', 'd1'),
        unit('d1', 'Comercial', 'DIVISION'),
        unit('d3', 'Zona Sur', 'DIVISION', 'd1'),
      ],
      byName,
    );
    expect(names(tree)).toEqual([['Comercial', ['Zona Sur', 'Atención', 'Ventas']], 'Operaciones']);
    expect(countUnits(tree, 'DIVISION')).toBe(3);
    expect(countUnits(tree, 'TEAM')).toBe(2);
  });

  it('leaves out archived units and everything below them', () => {
    const tree = buildUnitTree(
      [
        unit('d1', 'Comercial', 'DIVISION', null, true),
        unit('t1', 'Ventas', 'TEAM', 'd1'),
        unit('d2', 'Operaciones', 'DIVISION'),
        unit('t2', 'Soporte', 'TEAM', 'd2', true),
      ],
      byName,
    );
    expect(names(tree)).toEqual(['Operaciones']);
  });

  it('ignores units whose parent is unknown, and terminates on cycles', () => {
    const tree = buildUnitTree([unit('a', 'A', 'DIVISION', 'b'), unit('b', 'B', 'DIVISION', 'a'), unit('t', 'T', 'TEAM', 'x')], byName);
    expect(tree).toEqual([]);
  });
});
