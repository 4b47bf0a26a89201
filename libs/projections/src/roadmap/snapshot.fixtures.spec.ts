import { deserialize, serialize } from 'node:v8';
import type { DecodedEvent, Projection } from '../shared/projection';
import { fold } from '../audit-trail/log.fixtures.spec';

/** The state through a snapshot file and back, as the runner does it (`v8.serialize`, structured clone). */
export function throughV8<S>(projection: Projection<S>, state: S): S {
  const saved = deserialize(serialize(projection.toSnapshot ? projection.toSnapshot(state) : state));
  return projection.fromSnapshot ? projection.fromSnapshot(saved) : (saved as S);
}

/** Folds the first `split` events, goes through a v8 snapshot, then catches up on the rest. */
export function foldThroughV8<S>(projection: Projection<S>, events: readonly DecodedEvent[], split: number): S {
  return fold(projection, events.slice(split), throughV8(projection, fold(projection, events.slice(0, split))));
}
