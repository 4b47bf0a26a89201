export { generateProgram } from './generate';
export { writeProgram, type WriteOptions, type WriteSummary } from './write';
export { writeProgramWithApiCodec } from './api-codec';
export { BulkKeys } from './keys';
export { encode, type EncodedEvent } from './encode';
export { prepare, type PreparedEvent } from './prepare';
export { commandFor } from './commands';
export { MIX, BACKDATED_SHARE, bucketOf, type Bucket } from './mix';
export type { GeneratedEvent, ProgramOptions } from './model';
