export * from './calendar/working-calendar';
export * from './calendar/deadline-clock';
export {
  assertTimeZone,
  localDateOf,
  instantOf,
  zoneOffsetMs,
  parseLocalDate,
  formatLocalDate,
  type LocalDate,
} from './calendar/zoned-time';
