import { normalisePlaceName } from '@learnscape/db';

import {
  OpportunityKind,
  OpportunityMode,
} from '../opportunities/opportunity.entity.js';
import type { ImportColumn } from './import-columns.js';

/** A value read from a cell, or why it could not be read. */
export type CellResult<T> =
  { ok: true; value: T } | { ok: false; message: string };

/** A gazetteer place named in the `place` column. */
export interface PlaceQuery {
  /** The cell as written. */
  text: string;
  /** Normalised as `places.search_name` is. */
  searchName: string;
  /** ISO 3166-1 alpha-2 code, when the cell ends in one. */
  countryCode: string | null;
}

const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const WHOLE_NUMBER = /^[+-]?\d+$/;
const SDG_TOKEN = /^(?:sdg\s*)?(\d+)$/i;
const SUPPORTED_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function ok<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

function fail<T>(message: string): CellResult<T> {
  return { ok: false, message };
}

/**
 * Reads an enum value, forgiving case and a hyphen or space in place of
 * the underscore, such as `In-person` for `in_person`.
 */
function parseEnum<T extends string>(
  column: ImportColumn,
  text: string | null,
  values: readonly T[],
): CellResult<T> {
  const allowed = values.join(', ');
  if (text === null)
    return fail(`${column} is missing; use one of ${allowed}.`);
  const normalised = text.toLowerCase().replace(/[\s-]+/g, '_');
  const match = values.find((value) => value === normalised);

  return match === undefined
    ? fail(`${column} "${text}" is not allowed; use one of ${allowed}.`)
    : ok(match);
}

export function parseKind(text: string | null): CellResult<OpportunityKind> {
  return parseEnum('kind', text, Object.values(OpportunityKind));
}

export function parseMode(text: string | null): CellResult<OpportunityMode> {
  return parseEnum('mode', text, Object.values(OpportunityMode));
}

/** Reads decimal degrees within `limit`, hinting at swapped coordinates. */
export function parseCoordinate(
  column: 'latitude' | 'longitude',
  text: string,
  other: string | null,
): CellResult<number> {
  if (!DECIMAL.test(text)) {
    return fail(
      `${column} "${text}" is not a number; use decimal degrees with a point, such as -33.71 or 150.31.`,
    );
  }
  const value = Number(text);
  const limit = column === 'latitude' ? 90 : 180;
  if (Math.abs(value) <= limit) return ok(value);

  const otherValue =
    other !== null && DECIMAL.test(other) ? Number(other) : NaN;
  const swapped =
    column === 'latitude' &&
    Math.abs(value) <= 180 &&
    Math.abs(otherValue) <= 90;

  return fail(
    `${column} ${text} is out of range (-${limit} to ${limit})` +
      (swapped ? '; latitude and longitude may be swapped.' : '.'),
  );
}

/**
 * Reads `Name` or `Name, CC` (an ISO 3166-1 alpha-2 country code) from the
 * `place` column.
 */
export function parsePlace(text: string): PlaceQuery {
  const comma = text.lastIndexOf(',');
  const country = comma === -1 ? '' : text.slice(comma + 1).trim();
  if (/^[a-z]{2}$/i.test(country)) {
    return {
      text,
      searchName: normalisePlaceName(text.slice(0, comma).trim()),
      countryCode: country.toUpperCase(),
    };
  }

  return { text, searchName: normalisePlaceName(text), countryCode: null };
}

/** Reads an ISO 4217 code, forgiving lower case. */
export function parseCurrency(text: string): CellResult<string> {
  const code = text.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !SUPPORTED_CURRENCIES.has(code)) {
    return fail(
      `currency "${text}" is not an ISO 4217 currency code; use one such as AUD, GBP or NZD.`,
    );
  }

  return ok(code);
}

/** Returns the digits of the currency's minor unit: 2 for AUD, 0 for JPY. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
    }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/**
 * Converts a price in major units, such as `12.50`, to minor units of
 * `currency` (1250 for AUD). Works on the decimal digits, not on a float, so
 * no rounding creeps in.
 */
export function parseCost(text: string, currency: string): CellResult<number> {
  if (!/^\d+(?:\.\d+)?$/.test(text)) {
    return fail(
      `cost "${text}" is not a price; write a decimal number with a point and no currency sign, such as 12.50.`,
    );
  }
  const digits = currencyDigits(currency);
  const [whole = '', fraction = ''] = text.split('.');
  if (fraction.replace(/0+$/, '').length > digits) {
    return fail(
      `cost ${text} has more decimal places than ${currency} allows (${digits}).`,
    );
  }
  const minor = Number(whole + fraction.padEnd(digits, '0').slice(0, digits));
  if (minor === 0) {
    return fail(
      'cost is 0; leave cost and currency empty for a free opportunity.',
    );
  }

  return ok(minor);
}

/** Reads a whole number; the listing rules check its range. */
export function parseWholeNumber(
  column: ImportColumn,
  text: string,
): CellResult<number> {
  return WHOLE_NUMBER.test(text)
    ? ok(Number(text))
    : fail(`${column} "${text}" is not a whole number.`);
}

/** Splits a list cell on semicolons or commas, dropping empty items. */
export function splitList(text: string | null): string[] {
  if (text === null) return [];

  return text
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Items read from a list cell, and a message for each unreadable one. */
export interface ListResult<T> {
  values: T[];
  problems: string[];
}

/** Reads SDG numbers such as `4;8` or `SDG 4, SDG 13`, without repeats. */
export function parseSdgs(text: string | null): ListResult<number> {
  const numbers = new Set<number>();
  const problems: string[] = [];
  for (const item of splitList(text)) {
    const match = SDG_TOKEN.exec(item);
    if (match === null) {
      problems.push(
        `sdgs item "${item}" is not an SDG number; list goal numbers from 1 to 17 separated by semicolons, such as 4;13.`,
      );
    } else {
      numbers.add(Number(match[1]));
    }
  }

  return { values: [...numbers], problems };
}

/**
 * Reads skill names or ids, case-insensitively, into skill ids without
 * repeats. `lookup` maps each lower-case name and id to the id.
 */
export function parseSkills(
  text: string | null,
  lookup: ReadonlyMap<string, string>,
  names: readonly string[],
): ListResult<string> {
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const item of splitList(text)) {
    const id = lookup.get(item.toLowerCase());
    if (id === undefined) {
      problems.push(
        `skills item "${item}" is not a known skill; use one of ${names.join(', ')}.`,
      );
    } else {
      ids.add(id);
    }
  }

  return { values: [...ids], problems };
}
