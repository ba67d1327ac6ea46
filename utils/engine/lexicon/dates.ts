/**
 * Month and weekday names and relative time words, for date lines and dated statements.
 */

/** Lower-case month names and abbreviations → month number 1..12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** English month names indexed 1..12 (index 0 empty), for labels. */
export const MONTH_NAMES: readonly string[] = [
  '', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

/** Lower-case weekday names and abbreviations → day number (0 = Sunday, as Date.getUTCDay). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Relative day words → offset in days from the reference date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Words that may introduce a date line ("Published: 27 March 2024"). Lower case. */
export const DATE_LINE_PREFIXES: readonly string[] = [
  'published', 'updated', 'posted', 'last updated', 'first published', 'date', 'created', 'modified', 'on',
];
