/**
 * Dates, numbers and sorting in the reader's language, through `Intl` where the browser has the language's data, and
 * from CLDR's own data here where it does not. Chromium (desktop and Android) ships a reduced ICU without Turkmen:
 * `Intl.DateTimeFormat('tk')` falls back to the root locale ("2026 M03 3") or to English, `NumberFormat('tk')`
 * writes "20,000" (a decimal comma in Turkmen, so it reads as twenty), and `Collator('tk')` puts ä next to a and ž
 * after z. Node's full ICU has them all, which the unit tests use to check the copies below against CLDR.
 * Plural rules are not here: Chromium has Turkmen's (one, other).
 */

interface LanguageData {
	/** CLDR's abbreviated and wide month names (format context). */
	monthsShort: readonly string[];
	monthsLong: readonly string[];
	/** CLDR's medium and long date patterns, and how a time joins a long date, as parts to fill in. */
	medium: (day: number, month: number, year: number) => string;
	long: (day: number, month: number, year: number) => string;
	dateTime: (date: string, time: string) => string;
	groupSeparator: string;
	decimalSeparator: string;
	/** The alphabet in its own order, lower case, for sorting. */
	alphabet: string;
}

const turkmenMonthsLong = ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'];

const gaps: Record<string, LanguageData> = {
	tk: {
		monthsShort: ['ýan', 'few', 'mart', 'apr', 'maý', 'iýun', 'iýul', 'awg', 'sen', 'okt', 'noý', 'dek'],
		monthsLong: turkmenMonthsLong,
		medium: (day, month, year) => `${day} ${gaps.tk!.monthsShort[month]} ${year}`,
		long: (day, month, year) => `${day} ${turkmenMonthsLong[month]} ${year}`,
		dateTime: (date, time) => `${date} sagat ${time}`,
		groupSeparator: '\u00a0',
		decimalSeparator: ',',
		alphabet: 'abçdeäfghijžklmnňoöprsştuüwyýz'
	}
};

/** The copy of CLDR's data to use for `lang`, or nothing when the browser's `Intl` has the language itself. */
function gapFor(lang: string, service: { supportedLocalesOf(locales: string[]): string[] }): LanguageData | undefined {
	const data = gaps[lang];
	return data && service.supportedLocalesOf([lang]).length === 0 ? data : undefined;
}

type DateStyle = { dateStyle: 'medium' | 'long'; timeStyle?: 'short'; timeZone?: string };

/** `new Intl.DateTimeFormat(lang, style).format(date)`, for the three styles the app uses. */
export function formatDate(date: Date, lang: string, style: DateStyle): string {
	const data = gapFor(lang, Intl.DateTimeFormat);
	return data ? formatDateFrom(data, date, style) : new Intl.DateTimeFormat(lang, style).format(date);
}

/** Exported for the unit test, which runs it where `Intl` has the language and compares. */
export function formatDateFrom(data: LanguageData, date: Date, style: DateStyle): string {
	// The numbers of the date in the wanted time zone, from a locale every browser has.
	const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: style.timeZone }).formatToParts(date);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	const [day, month, year] = [Number(part('day')), Number(part('month')) - 1, Number(part('year'))];
	const text = (style.dateStyle === 'medium' ? data.medium : data.long)(day, month, year);
	return style.timeStyle ? data.dateTime(text, `${part('hour').padStart(2, '0')}:${part('minute')}`) : text;
}

/** `n.toLocaleString(lang)` for the whole numbers the app shows (character counts). */
export function formatNumber(n: number, lang: string): string {
	const data = gapFor(lang, Intl.NumberFormat);
	return data ? formatNumberFrom(data, n) : n.toLocaleString(lang);
}

export function formatNumberFrom(data: LanguageData, n: number): string {
	const [whole = '', fraction] = Math.abs(n).toString().split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, data.groupSeparator);
	return (n < 0 ? '-' : '') + grouped + (fraction ? data.decimalSeparator + fraction : '');
}

/** `new Intl.Collator(lang, { sensitivity: 'base', numeric: true }).compare`, in the language's alphabetical order. */
export function compareFor(lang: string): (a: string, b: string) => number {
	const data = gapFor(lang, Intl.Collator);
	const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
	return data ? compareFrom(data, collator) : collator.compare;
}

export function compareFrom(data: LanguageData, fallback: Intl.Collator): (a: string, b: string) => number {
	// Runs of digits compare as numbers, letters of the alphabet by their place in it, anything else as the
	// browser's collator would; case and accents outside the alphabet do not count, as with sensitivity 'base'.
	const tokens = (text: string) => text.toLowerCase().normalize('NFC').match(/\d+|\s+|./gsu) ?? [];
	return (a, b) => {
		const [ta, tb] = [tokens(a), tokens(b)];
		for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
			const [x, y] = [ta[i]!, tb[i]!];
			if (x === y) continue;
			if (/^\d/.test(x) && /^\d/.test(y)) {
				const difference = Number(x) - Number(y);
				if (difference) return Math.sign(difference);
				continue;
			}
			const [rx, ry] = [data.alphabet.indexOf(x), data.alphabet.indexOf(y)];
			if (rx >= 0 && ry >= 0) return Math.sign(rx - ry);
			const order = fallback.compare(x, y);
			if (order) return order;
		}
		return Math.sign(ta.length - tb.length);
	};
}

export const intlGaps = gaps;
