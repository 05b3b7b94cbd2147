export {
  canChi,
  formatLunarDate,
  fromLunar,
  hungKingsDay,
  LUNAR_YEAR_RANGE,
  type LunarDate,
  type LunarDateInput,
  type LunarMonth,
  type LunarOptions,
  lunarMonths,
  tet,
  toLunar,
} from './lunar.js';
