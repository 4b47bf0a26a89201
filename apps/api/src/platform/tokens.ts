export { EVENT_STORE } from '@norte/event-store';
export const EVENT_CODEC = Symbol('EventCodec');
