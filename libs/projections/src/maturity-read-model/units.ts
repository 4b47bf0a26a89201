import type { UnitKind } from '@norte/domain';
import type { UnitNode } from '../maturity';

/** One change to a unit: where it sits from its date on (created, moved), or that it is archived. */
export interface UnitChange {
  readonly change: 'created' | 'moved' | 'archived';
  readonly day: number;
  readonly position: number;
  readonly recordedMs: number;
  /** The parent from this change on (created, moved). */
  readonly parentId: string | null;
}

export interface UnitHistory {
  readonly id: string;
  readonly kind: UnitKind;
  /** Sorted by (day, position): business-time order, the one recorded last winning a tie. */
  readonly changes: UnitChange[];
}

/** The unit tree with its history, so roll-ups can use the tree at any date as known at any K. */
export type UnitTree = Map<string, UnitHistory>;

export function recordUnitChange(tree: UnitTree, unitId: string, kind: UnitKind | null, change: UnitChange): void {
  let unit = tree.get(unitId);
  if (unit === undefined) {
    if (kind === null) return; // a move or archive of a unit never created: nothing to place
    tree.set(unitId, (unit = { id: unitId, kind, changes: [] }));
  }
  const list = unit.changes;
  let at = list.length;
  while (at > 0 && compare(list[at - 1], change) > 0) at--;
  list.splice(at, 0, change);
}

const compare = (a: UnitChange, b: UnitChange) => a.day - b.day || a.position - b.position;

/** Where a unit sits at the end of `day` (Infinity: today, i.e. after every change) as known at `knownMs`. */
export function placeAt(unit: UnitHistory, day: number, knownMs: number): { parentId: string | null; archived: boolean } | undefined {
  let state: { parentId: string | null; archived: boolean } | undefined;
  for (const change of unit.changes) {
    if (change.day > day) break;
    if (change.recordedMs > knownMs) continue;
    if (change.change === 'created') state = { parentId: change.parentId, archived: false };
    // A move or archive dated before the unit's creation does not make it exist.
    else if (state !== undefined) state = change.change === 'moved' ? { ...state, parentId: change.parentId } : { ...state, archived: true };
  }
  return state;
}

/**
 * The units that exist and are not archived at the end of `day` as known at `knownMs`, with their
 * parent then. Day = Infinity gives today's tree ("restated"). Units whose parent is not in the tree
 * hang under the organisation.
 */
export function treeAt(tree: UnitTree, day: number, knownMs: number): UnitNode[] {
  const nodes: UnitNode[] = [];
  for (const unit of tree.values()) {
    const place = placeAt(unit, day, knownMs);
    if (place !== undefined && !place.archived) nodes.push({ id: unit.id, parentId: place.parentId, kind: unit.kind });
  }
  return nodes;
}

/** The descendants of `rootId` (null: the organisation) among `nodes`, and its direct children. */
export function subtree(nodes: readonly UnitNode[], rootId: string | null): { units: UnitNode[]; children: UnitNode[] } {
  const known = new Set(nodes.map((node) => node.id));
  const byParent = new Map<string | null, UnitNode[]>();
  for (const node of nodes) {
    const parentId = node.parentId !== null && known.has(node.parentId) ? node.parentId : null;
    const siblings = byParent.get(parentId) ?? [];
    siblings.push(parentId === node.parentId ? node : { ...node, parentId: null });
    byParent.set(parentId, siblings);
  }
  const children = byParent.get(rootId) ?? [];
  const units: UnitNode[] = [];
  const visit = (node: UnitNode) => {
    units.push(node);
    for (const child of byParent.get(node.id) ?? []) visit(child);
  };
  children.forEach(visit);
  return { units, children };
}

/** Every day on which some unit changed, sorted. */
export function unitChangeDays(tree: UnitTree): number[] {
  const days = new Set<number>();
  for (const unit of tree.values()) for (const change of unit.changes) days.add(change.day);
  return [...days].sort((a, b) => a - b);
}
