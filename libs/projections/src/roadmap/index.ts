export {
  roadmapProjection,
  type RoadmapChange,
  type RoadmapChangeKind,
  type RoadmapItemView,
  type RoadmapSnapshot,
  type RoadmapState,
} from './roadmap.projection';
export * from './roadmap.queries';
