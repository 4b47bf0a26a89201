import { SqliteKeyStore, type EventStore } from '@norte/event-store';
import { norteCodec } from '../../apps/api/src/platform/codec';
import { BulkKeys } from './keys';
import { writeProgram, type WriteOptions, type WriteSummary } from './write';

/**
 * writeProgram with the API's own codec (norteCodec: upcasting, personal fields encrypted) over a
 * SqliteKeyStore at `keysFile`, wrapped in BulkKeys: the data looks exactly like what the API writes.
 */
export async function writeProgramWithApiCodec(store: EventStore, keysFile: string, options: Omit<WriteOptions, 'keys'>): Promise<WriteSummary> {
  const keys = new BulkKeys(new SqliteKeyStore(keysFile));
  try {
    return await writeProgram(store, norteCodec(keys), { ...options, keys });
  } finally {
    keys.close();
  }
}
