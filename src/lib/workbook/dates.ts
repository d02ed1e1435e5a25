import { formatDate } from '$lib/i18n/intl-gaps';
import { isRealDate } from '$lib/store/limits';

/** Today's date on this device as `YYYY-MM-DD`, the form `<input type="date">` and the store use. */
export function todayIso(now: Date = new Date()): string {
	// Local date parts, not toISOString(): in Central Asia (UTC+5/+6) the UTC date is still yesterday until morning.
	const month = String(now.getMonth() + 1).padStart(2, '0');
	const day = String(now.getDate()).padStart(2, '0');
	return `${now.getFullYear()}-${month}-${day}`;
}

/** A stored `YYYY-MM-DD` date in the reader's language, e.g. "3 Mar 2026"; '' for no date. */
export function formatIsoDate(iso: string, lang: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return '';
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	// A calendar date has no time zone: read and print it in UTC so no offset moves it to the day before.
	const date = new Date(Date.UTC(year, month - 1, day));
	return formatDate(date, lang, { dateStyle: 'medium', timeZone: 'UTC' });
}

/**
 * Whether a date field holds something that is not a date to save: a date typed half-way (the browser then reports
 * an empty value and `badInput`), or a day outside the calendar or `dateRange`. An empty field is not wrong.
 */
export function dateFieldIsWrong(field: HTMLInputElement): boolean {
	return field.validity.badInput || (field.value !== '' && !isRealDate(field.value));
}
