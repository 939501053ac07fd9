/**
 * Date fields of a front matter.
 */
import { isIsoDate } from '../isoDate.js';
import { shorten, type ReadContext, type ScalarText } from './context.js';

/** The shape of an ISO date, to tell a date in another form from an impossible one such as 2023-02-30. */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads an ISO date field (`published`, a source's `date`); anything else is reported and reads as null. */
export function readDate(context: ReadContext, value: ScalarText, field: string): string | null {
  if (isIsoDate(value.text)) return value.text;
  const fault = DATE_SHAPE.test(value.text) ? 'which is not a real calendar date' : 'which is not written YYYY-MM-DD';
  context.report(
    'invalid-front-matter',
    'error',
    `“${field}” is “${shorten(value.text)}”, ${fault}. Write the date as YYYY-MM-DD, for example 2023-07-05.`,
    value.range,
  );
  return null;
}
