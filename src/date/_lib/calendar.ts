import type { Issue } from '../../validation/Issue.js';
import type { DatePrecision } from '../PartialDate.js';
import * as messages from '../../_lib/messages.js';

/** The shape of a partial date before its month and day are checked. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The parts of a valid partial date. */
export interface DateParts {
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
  readonly precision: DatePrecision;
}

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads a partial date's parts, or says what is wrong with it. */
export function readDate(value: string): DateParts | Issue {
  if (value.length > 10 || !PARTIAL_DATE_PATTERN.test(value)) {
    return { path: [], code: 'invalid-format', message: messages.partialDateFormat(value) };
  }
  const year = Number(value.slice(0, 4));
  if (year === 0) {
    return { path: [], code: 'impossible-date', message: messages.partialDateFormat(value) };
  }
  if (value.length === 4) return { year, month: undefined, day: undefined, precision: 'year' };
  const month = Number(value.slice(5, 7));
  if (month < 1 || month > 12) {
    return { path: [], code: 'impossible-date', message: messages.impossibleMonth(value, month) };
  }
  if (value.length === 7) return { year, month, day: undefined, precision: 'month' };
  const day = Number(value.slice(8, 10));
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { path: [], code: 'impossible-date', message: messages.impossibleDay(value, day, last) };
  }
  return { year, month, day, precision: 'day' };
}

/** The number written by `count` ASCII digits of `value` from `start`. */
function digits(value: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + value.charCodeAt(i) - 48;
  return n;
}

/**
 * Whether a string that already matches {@link PARTIAL_DATE_PATTERN} names a real date: the same
 * verdict as {@link readDate}, without building its parts or a message.
 */
export function isRealDate(value: string): boolean {
  // Digits read by char code: this runs for every date of every record validated.
  const year = digits(value, 0, 4);
  if (year === 0) return false;
  if (value.length === 4) return true;
  const month = digits(value, 5, 2);
  if (month < 1 || month > 12) return false;
  if (value.length === 7) return true;
  const day = digits(value, 8, 2);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** A day's position on a single line, for ordering: year·10000 + month·100 + day. */
export function dayKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** The first and last day keys of a partial date. */
export function dayKeys(parts: DateParts): { first: number; last: number } {
  const { year, month, day } = parts;
  if (month === undefined) return { first: dayKey(year, 1, 1), last: dayKey(year, 12, 31) };
  if (day === undefined) {
    return { first: dayKey(year, month, 1), last: dayKey(year, month, daysInMonth(year, month)) };
  }
  const key = dayKey(year, month, day);
  return { first: key, last: key };
}
