import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseWorkbook, exportWorkbook, parseBackup, restoreWorkbook } from './backup';
import { closeWorkbookDB } from './db';
import { dateRange, listLimits, textLimits } from './limits';
import { forgetLock } from './lock/vault';
import { getRecord, RecordRefused, saveRecord } from './records';
import { placements } from './levels';
import { allyKinds, harmStatuses, referralKinds, storeNames, type RecordTypes, type StoreName } from './schema';
import { workbookStatus } from './workbook-status.svelte';

// Whatever the save path accepts, restore gives back unchanged; whatever it refuses is refused with a reason the
// page can show, and nothing is written. This is the test that would have caught a 20,001-character answer or a date
// typed as 20266-01-01 being saved and then refused by restore.

type Draft<S extends StoreName> = Omit<RecordTypes[S], 'updatedAt'>;

/** Ids as the app makes them, and now and then one no form could produce. */
const id = fc.oneof(
	{ weight: 9, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,60}$/) },
	{ weight: 1, arbitrary: fc.oneof(fc.constant(''), fc.string({ maxLength: 5 }), fc.constant('x'.repeat(textLimits.id + 1))) }
);

/** Text of any Unicode (lone surrogates included), mostly short, sometimes right at or just over the limit. */
const text = (limit: number) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
		{ weight: 1, arbitrary: fc.constantFrom(limit, limit + 1, limit - 1).map((n) => 'я'.repeat(Math.max(n, 0))) },
		{ weight: 1, arbitrary: fc.constant('😀'.repeat(Math.ceil(limit / 2))) }
	);

const realDate = fc
	.date({ min: new Date(`${dateRange.min}T00:00:00Z`), max: new Date(`${dateRange.max}T00:00:00Z`), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));
/** Mostly real days, sometimes what a date field lets slip through: a five-digit year, 30 February, words. */
const date = fc.oneof(
	{ weight: 6, arbitrary: realDate },
	{ weight: 1, arbitrary: fc.constantFrom('20266-01-01', '2025-02-30', '2025-13-01', '1899-12-31', 'soon', '2025-1-1') }
);
const optionalDate = fc.oneof(date, fc.constant(''));

const list = <T>(item: fc.Arbitrary<T>, limit: number) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.array(item, { maxLength: 5 }) },
		{ weight: 1, arbitrary: fc.integer({ min: limit - 1, max: limit + 1 }).chain((n) => fc.array(item, { minLength: n, maxLength: n })) }
	);

const drafts: { [S in StoreName]: fc.Arbitrary<Draft<S>> } = {
	answers: fc.record({ id, text: text(textLimits.long) }),
	selections: fc.record({ id, values: list(id, listLimits.choices), own: list(text(textLimits.short), listLimits.ownOptions) }),
	targetGroups: fc.record({
		id,
		name: text(textLimits.short),
		level: fc.oneof(fc.constantFrom(...placements), fc.constant('level.planet' as never)),
		age: text(textLimits.short),
		place: text(textLimits.short),
		whereWhen: text(textLimits.long),
		barriers: text(textLimits.long),
		motivators: text(textLimits.long)
	}),
	allies: fc.record({
		id,
		name: text(textLimits.short),
		kind: fc.oneof(fc.constantFrom(...allyKinds), fc.constant('neighbour' as never)),
		level: fc.constantFrom(...placements),
		role: text(textLimits.long),
		contact: text(textLimits.long)
	}),
	referrals: fc.record({
		id,
		name: text(textLimits.short),
		kind: fc.constantFrom(...referralKinds),
		phone: text(textLimits.phone),
		address: text(textLimits.short),
		hours: text(textLimits.short),
		notes: text(textLimits.long),
		checkedOn: optionalDate
	}),
	partners: fc.record({ id, name: text(textLimits.short), contact: text(textLimits.long) }),
	checkIns: fc.record({ id, partnerId: id, date, said: text(textLimits.long), change: text(textLimits.long) }),
	agendas: fc.record({
		id,
		title: text(textLimits.short),
		date: optionalDate,
		notes: text(textLimits.long),
		items: list(
			fc.record({
				id,
				ref: fc.oneof(fc.constantFrom('think.norms.q1', 'aim.peers', 'annex/topics/family/chores'), fc.constant('../x?')),
				minutes: fc.integer({ min: -1, max: 601 }),
				notes: text(textLimits.long)
			}),
			listLimits.agendaItems
		)
	}),
	activities: fc.record({
		id,
		name: text(textLimits.short),
		level: fc.constantFrom(...placements),
		when: text(textLimits.short),
		description: text(textLimits.long)
	}),
	harmChecks: fc.record({
		id,
		items: list(
			fc.record({
				id: fc.oneof(fc.constantFrom('harm.safe-space', 'harm.consent'), id),
				status: fc.oneof(fc.constantFrom(...harmStatuses), fc.constant('maybe' as never)),
				note: text(textLimits.long)
			}),
			listLimits.harmItems
		)
	})
};

/** Breaks a limit the forms enforce: such a draft must never be saved. A partial oracle, written apart from the schema. */
function breaksALimit(draft: Record<string, unknown>): boolean {
	const tooLong = ([key, value]: [string, unknown]) =>
		typeof value === 'string' &&
		value.length > (['text', 'whereWhen', 'barriers', 'motivators', 'role', 'contact', 'notes', 'said', 'change', 'description', 'note'].includes(key) ? textLimits.long : key === 'phone' ? textLimits.phone : textLimits.short);
	const badDate = ([key, value]: [string, unknown]) =>
		(key === 'date' || key === 'checkedOn') && typeof value === 'string' && value !== '' && !/^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);
	const entries = Object.entries(draft);
	return entries.some((entry) => tooLong(entry) || badDate(entry)) || (Array.isArray(draft.own) && draft.own.length > listLimits.ownOptions);
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	forgetLock();
});

afterEach(async () => {
	await closeWorkbookDB();
});

describe('whatever a form saves, restore gives back', () => {
	for (const store of storeNames) {
		it(`${store}: a record the save path accepts survives export → erase → restore unchanged; one it refuses is refused with a reason`, async () => {
			await fc.assert(
				fc.asyncProperty(drafts[store] as fc.Arbitrary<Draft<typeof store>>, async (draft) => {
					await eraseWorkbook();
					let saved: RecordTypes[typeof store];
					try {
						saved = await saveRecord(store, draft);
					} catch (error) {
						expect(error).toBeInstanceOf(RecordRefused);
						const { problems } = error as RecordRefused;
						expect(problems.length).toBeGreaterThan(0);
						for (const problem of problems) expect(['too-long', 'too-many', 'date', 'invalid']).toContain(problem.kind);
						// The page's one write path reports it (the notice above the form) and keeps the workbook writable.
						expect(await workbookStatus.write(() => saveRecord(store, draft))).toBeUndefined();
						expect(workbookStatus.refused?.length).toBeGreaterThan(0);
						expect(workbookStatus.readOnly).toBe(false);
						expect(await getRecord(store, draft.id).catch(() => undefined)).toBeUndefined();
						return;
					}
					expect(breaksALimit(draft as unknown as Record<string, unknown>)).toBe(false);
					const file = JSON.stringify(await exportWorkbook());
					await eraseWorkbook();
					const parsed = parseBackup(file);
					if (!parsed.ok) throw new Error(`refused: ${parsed.problem}`);
					expect(parsed.report[store]).toEqual({ whole: 1, shortened: 0, skipped: { date: 0, duplicate: 0, damaged: 0 } });
					await restoreWorkbook(parsed.backup, { mode: 'replace' });
					expect(await getRecord(store, saved.id)).toEqual(saved);
				}),
				{ numRuns: 60, seed: 13 }
			);
		});
	}
});
