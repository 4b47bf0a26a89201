export { OrgCalendar } from './calendar';
export { factFromEvent, MATURITY_EVENT_TYPES } from './from-events';
