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
	return formatDay(new Date(Date.UTC(year, month - 1, day)), lang, 'medium', 'UTC');
}

// Tajik writes a date as "3 марти 2026": the month in lower case, with the ezafe. ICU's Tajik data gives
// "03 Март 2026" (content/glossary.md, "Writing in each Central Asian language"), and Chromium ships no Tajik data
// at all (Intl falls back to the browser's default locale), so Tajik is written here.
const tajikMonths = ['январи', 'феврали', 'марти', 'апрели', 'майи', 'июни', 'июли', 'августи', 'сентябри', 'октябри', 'ноябри', 'декабри'];

/**
 * A day in the reader's language: Intl's `medium` or `long` date (from CLDR's data where the browser lacks the
 * language, as Chromium lacks Turkmen: $lib/i18n/intl-gaps), except in Tajik (see above). `timeZone` 'UTC'
 * for calendar dates kept without one; the device's own otherwise.
 */
export function formatDay(date: Date, lang: string, style: 'medium' | 'long', timeZone?: 'UTC'): string {
	if (lang !== 'tg') return formatDate(date, lang, { dateStyle: style, timeZone });
	const utc = timeZone === 'UTC';
	const day = utc ? date.getUTCDate() : date.getDate();
	const month = utc ? date.getUTCMonth() : date.getMonth();
	const year = utc ? date.getUTCFullYear() : date.getFullYear();
	return `${day} ${tajikMonths[month]} ${year}`;
}

/** A moment (a backup's time) in the reader's language: the day as `formatDay` writes it, and the time. */
export function formatMoment(date: Date, lang: string): string {
	if (lang !== 'tg') return formatDate(date, lang, { dateStyle: 'long', timeStyle: 'short' });
	// Chromium has no Tajik locale data either: its Intl falls back to another language's clock (2:05 PM).
	const time = `${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;
	return `${formatDay(date, lang, 'long')}, ${time}`;
}

/**
 * Whether a date field holds something that is not a date to save: a date typed half-way (the browser then reports
 * an empty value and `badInput`), or a day outside the calendar or `dateRange`. An empty field is not wrong.
 */
export function dateFieldIsWrong(field: HTMLInputElement): boolean {
	return field.validity.badInput || (field.value !== '' && !isRealDate(field.value));
}
