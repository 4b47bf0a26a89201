export { KurrentDbEventStore, openKurrentDbEventStore } from './kurrentdb-event-store';
