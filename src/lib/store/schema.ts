import type { DBSchema } from 'idb';
import * as v from 'valibot';
import { placements } from './levels';
import { isRealDate, listLimits, maxItemMinutes, textLimits } from './limits';
import type { FieldProblem } from './storage-error';
import { recordStores, type RecordStore } from './stores';

// Every record the workbook keeps, as valibot schemas: the same shapes check every save (records.ts), backups and
// records written by older versions before the app trusts them. The limits come from limits.ts, which the forms read
// too, so a form never lets the user type what the save would refuse.

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(textLimits.id), v.regex(/^[A-Za-z0-9._:-]+$/));
const short = v.pipe(v.string(), v.maxLength(textLimits.short));
const long = v.pipe(v.string(), v.maxLength(textLimits.long));
/** The message of a failed date check, so problems can say "not a real date" rather than "invalid". */
const dateIssue = 'date';
const isoDate = v.pipe(v.string(), v.check(isRealDate, dateIssue));
/** A date that may be left empty. Not a union: a union's issue would hide that the problem is the date. */
const optionalDate = v.pipe(v.string(), v.check((text) => text === '' || isRealDate(text), dateIssue));
const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A free-text answer to any question of the guide or field of the planner, keyed by its stable id. */
export const answerSchema = v.object({ id, text: long, updatedAt: timestamp });

/** Which of a fixed set of options the user picked: aims, socio-ecological levels, resistance causes, topics. */
export const selectionSchema = v.object({
	id,
	values: v.pipe(v.array(id), v.maxLength(listLimits.choices)),
	/** Options the user added in their own words. */
	own: v.pipe(v.array(short), v.maxLength(listLimits.ownOptions)),
	updatedAt: timestamp
});

/** A level of the socio-ecological model, or '' for "not placed yet" (levels.ts). */
const level = v.picklist(placements);

export const targetGroupSchema = v.object({
	id,
	name: short,
	level,
	age: short,
	place: short,
	whereWhen: long,
	barriers: long,
	motivators: long,
	updatedAt: timestamp
});

export const allyKinds = [
	'womens-organisation',
	'ngo',
	'educator',
	'youth-group',
	'media',
	'religious',
	'cultural',
	'sports',
	'formal-leader',
	'informal-leader',
	'other'
] as const;

export const allySchema = v.object({
	id,
	name: short,
	kind: v.picklist(allyKinds),
	level,
	role: long,
	contact: long,
	updatedAt: timestamp
});

export const referralKinds = ['medical', 'psychological', 'legal', 'social', 'shelter', 'hotline', 'other'] as const;

export const referralSchema = v.object({
	id,
	name: short,
	kind: v.picklist(referralKinds),
	phone: v.pipe(v.string(), v.maxLength(textLimits.phone)),
	address: short,
	hours: short,
	notes: long,
	checkedOn: optionalDate,
	updatedAt: timestamp
});

/** A women's rights organisation or activist the user checks in with (accountability). */
export const partnerSchema = v.object({ id, name: short, contact: long, updatedAt: timestamp });

export const checkInSchema = v.object({
	id,
	partnerId: id,
	date: isoDate,
	said: long,
	change: long,
	updatedAt: timestamp
});

/** A place in the guide a workshop item shows: a stable item id (`think.norms.q1`, `aim.awareness`) or a page route. */
const contentRef = v.pipe(v.string(), v.minLength(1), v.maxLength(textLimits.id), v.regex(/^[a-z0-9][a-z0-9./-]*$/));

/** One item of a workshop agenda: what it shows, for how long, and what the facilitator notes for it. */
export const agendaItemSchema = v.object({
	id,
	ref: contentRef,
	minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(maxItemMinutes)),
	notes: long
});

/** A workshop agenda the facilitator builds and presents; items point at the guide, so the text follows its language. */
export const agendaSchema = v.object({
	id,
	title: short,
	date: optionalDate,
	notes: long,
	items: v.pipe(v.array(agendaItemSchema), v.maxLength(listLimits.agendaItems)),
	updatedAt: timestamp
});

/** Something the user plans to do (a workshop, a campaign), placed at a level and checked for harm before it happens. */
export const activitySchema = v.object({
	id,
	name: short,
	level,
	/** A date or a period in the user's words ("every Friday in March"). */
	when: short,
	description: long,
	updatedAt: timestamp
});

/** Where an item of the do-no-harm check stands: ticked, still to do, or not relevant (with a note saying why). */
export const harmStatuses = ['done', 'open', 'not-relevant'] as const;

/** One item of a do-no-harm check; `id` is the checklist item's stable id (`harm.safe-space`). */
export const harmItemSchema = v.object({ id, status: v.picklist(harmStatuses), note: long });

/**
 * The do-no-harm check of the initiative (id `initiative`) or of one activity (the activity's id). Items the user
 * has not touched are not stored and count as open; ids this version does not know are kept.
 */
export const harmCheckSchema = v.object({
	id,
	items: v.pipe(v.array(harmItemSchema), v.maxLength(listLimits.harmItems)),
	updatedAt: timestamp
});

export type Answer = v.InferOutput<typeof answerSchema>;
export type Selection = v.InferOutput<typeof selectionSchema>;
export type TargetGroup = v.InferOutput<typeof targetGroupSchema>;
export type Ally = v.InferOutput<typeof allySchema>;
export type AllyKind = (typeof allyKinds)[number];
export type Referral = v.InferOutput<typeof referralSchema>;
export type ReferralKind = (typeof referralKinds)[number];
export type Partner = v.InferOutput<typeof partnerSchema>;
export type CheckIn = v.InferOutput<typeof checkInSchema>;
export type Agenda = v.InferOutput<typeof agendaSchema>;
export type AgendaItem = v.InferOutput<typeof agendaItemSchema>;
export type Activity = v.InferOutput<typeof activitySchema>;
export type HarmStatus = (typeof harmStatuses)[number];
export type HarmItem = v.InferOutput<typeof harmItemSchema>;
export type HarmCheck = v.InferOutput<typeof harmCheckSchema>;

/** The record schemas by store name: one store per kind of record (the list itself is in stores.ts). */
export const recordSchemas = {
	answers: answerSchema,
	selections: selectionSchema,
	targetGroups: targetGroupSchema,
	allies: allySchema,
	referrals: referralSchema,
	partners: partnerSchema,
	checkIns: checkInSchema,
	agendas: agendaSchema,
	activities: activitySchema,
	harmChecks: harmCheckSchema
} as const satisfies Record<RecordStore, v.GenericSchema>;

export type StoreName = RecordStore;
export const storeNames: StoreName[] = [...recordStores];

/** Fields whose text names a record or a place in the guide: never shortened to fit, since that would change what they point at. */
const keyFields = new Set(['id', 'partnerId', 'ref']);

/** What is wrong with each field of a record that failed its schema, in words the forms and restore can show. */
export function fieldProblems(issues: readonly v.BaseIssue<unknown>[]): FieldProblem[] {
	return issues.map((issue) => {
		const field = v.getDotPath(issue) ?? '';
		const last = issue.path?.at(-1)?.key;
		if (issue.message === dateIssue) return { field, kind: 'date' };
		if (issue.type === 'max_length' && !keyFields.has(String(last))) {
			const limit = Number(issue.requirement);
			return { field, kind: Array.isArray(issue.input) ? 'too-many' : 'too-long', limit };
		}
		return { field, kind: 'invalid' };
	});
}

/** The record as it may be stored, or its problems: the one check behind every save. */
export function checkRecord<S extends StoreName>(
	store: S,
	record: unknown
): { ok: true; record: RecordTypes[S] } | { ok: false; problems: FieldProblem[] } {
	// valibot's object schemas return a fresh object with only the known keys, so extra fields are dropped here.
	const result = v.safeParse(recordSchemas[store], record);
	if (result.success) return { ok: true, record: result.output as RecordTypes[S] };
	return { ok: false, problems: fieldProblems(result.issues) };
}

export interface WorkbookDB extends DBSchema {
	answers: { key: string; value: Answer };
	selections: { key: string; value: Selection };
	targetGroups: { key: string; value: TargetGroup };
	allies: { key: string; value: Ally };
	referrals: { key: string; value: Referral; indexes: { byKind: string } };
	partners: { key: string; value: Partner };
	checkIns: { key: string; value: CheckIn; indexes: { byPartner: string } };
	agendas: { key: string; value: Agenda };
	activities: { key: string; value: Activity };
	harmChecks: { key: string; value: HarmCheck };
	meta: { key: string; value: { key: string; value: string } };
}

/** What a record of each store looks like, for the generic helpers. */
export interface RecordTypes {
	answers: Answer;
	selections: Selection;
	targetGroups: TargetGroup;
	allies: Ally;
	referrals: Referral;
	partners: Partner;
	checkIns: CheckIn;
	agendas: Agenda;
	activities: Activity;
	harmChecks: HarmCheck;
}
