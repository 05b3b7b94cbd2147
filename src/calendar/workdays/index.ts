export {
  builtInWorkYears,
  createWorkCalendar,
  WORK_YEAR_RANGE,
  type WorkCalendarSpec,
} from './calendar.js';
export {
  earliestCouncilMeeting,
  type PostingOptions,
  type PostingPeriod,
  postingPeriodEnd,
} from './posting.js';
export type {
  CalendarConfidence,
  DayOffKind,
  ExtraDayOff,
  PublicHoliday,
  SwappedWorkingDay,
  WorkCalendar,
  WorkdayOptions,
  WorkSwap,
  WorkYear,
  WorkYearSource,
} from './types.js';
export {
  addWorkingDays,
  isAnnouncedWorkYear,
  isPublicHoliday,
  isWorkingDay,
  publicHolidays,
  swappedWorkingDays,
  type WorkingDayInfo,
  workingDayInfo,
  workingDaysBetween,
} from './workdays.js';
