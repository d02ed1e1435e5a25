// The limits every record of the workbook keeps to. schema.ts builds the valibot schemas from them (one schema checks
// every save and every restore), and the forms read them for `maxlength`, their counters and date fields. No valibot
// here, so a form can read a limit without the schemas; the module loads with the storage code, not the first page.

/** Longest text of each kind, in UTF-16 code units (what `maxlength` and `String.length` count). */
export const textLimits = {
	/** Answers, notes, contacts: anything written in a box of several lines. */
	long: 20_000,
	/** Names, titles, addresses, hours, one own option: anything on one line. */
	short: 500,
	phone: 40,
	/** Record ids and the guide's ids (`think.norms.q1`). */
	id: 200
} as const;

/** Longest lists inside one record. */
export const listLimits = {
	/** Options the user ticked in one pick-list (the guide's lists are far shorter). */
	choices: 100,
	/** Options the user added in their own words to one pick-list. */
	ownOptions: 100,
	/** Items of one workshop agenda: far above a day of sessions. */
	agendaItems: 200,
	/** Items of one do-no-harm check: the guide's list is seven; room for items later versions add. */
	harmItems: 100
} as const;

/** Minutes one agenda item may last. */
export const maxItemMinutes = 600;

/** The dates a date field accepts: a browser's date field takes years up to 275760 unless it is told otherwise. */
export const dateRange = { min: '1900-01-01', max: '2199-12-31' } as const;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `iso` is a day that exists on the calendar, written `YYYY-MM-DD`, inside `dateRange`. */
export function isRealDate(iso: string): boolean {
	const match = isoDatePattern.exec(iso);
	if (!match || iso < dateRange.min || iso > dateRange.max) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	// Day 0 of the next month is the last day of this one; UTC, so no time zone moves it.
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

/** From how full a field its counter shows ("18,400 of 20,000"): early enough to stop, late enough not to nag. */
export function showsCount(length: number, limit: number): boolean {
	return length >= limit * 0.9;
}
