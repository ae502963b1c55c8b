export * from './calendar/working-calendar';
export {
  assertTimeZone,
  localDateOf,
  instantOf,
  zoneOffsetMs,
  parseLocalDate,
  formatLocalDate,
  type LocalDate,
} from './calendar/zoned-time';
export * from './timers/timer-store';
export * from './timers/timer-runner';
export * from './timers/timer-batch';
