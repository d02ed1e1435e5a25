import type { DBSchema } from 'idb';
import * as v from 'valibot';
import { recordStores, type RecordStore } from './stores';

// Every record the workbook keeps, as valibot schemas: the same shapes check backups and records written by older
// versions before the app trusts them. Limits keep one bad file from filling the disk.

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[A-Za-z0-9._:-]+$/));
const short = v.pipe(v.string(), v.maxLength(500));
const long = v.pipe(v.string(), v.maxLength(20_000));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A free-text answer to any question of the guide or field of the planner, keyed by its stable id. */
export const answerSchema = v.object({ id, text: long, updatedAt: timestamp });

/** Which of a fixed set of options the user picked: aims, socio-ecological levels, resistance causes, topics. */
export const selectionSchema = v.object({
	id,
	values: v.pipe(v.array(id), v.maxLength(100)),
	/** Options the user added in their own words. */
	own: v.pipe(v.array(short), v.maxLength(100)),
	updatedAt: timestamp
});

export const targetGroupSchema = v.object({
	id,
	name: short,
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
	role: long,
	contact: long,
	updatedAt: timestamp
});

export const referralKinds = ['medical', 'psychological', 'legal', 'social', 'shelter', 'hotline', 'other'] as const;

export const referralSchema = v.object({
	id,
	name: short,
	kind: v.picklist(referralKinds),
	phone: v.pipe(v.string(), v.maxLength(40)),
	address: short,
	hours: short,
	notes: long,
	checkedOn: v.union([isoDate, v.literal('')]),
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
const contentRef = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[a-z0-9][a-z0-9./-]*$/));

/** One item of a workshop agenda: what it shows, for how long, and what the facilitator notes for it. */
export const agendaItemSchema = v.object({
	id,
	ref: contentRef,
	minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
	notes: long
});

/** A workshop agenda the facilitator builds and presents; items point at the guide, so the text follows its language. */
export const agendaSchema = v.object({
	id,
	title: short,
	date: v.union([isoDate, v.literal('')]),
	notes: long,
	items: v.pipe(v.array(agendaItemSchema), v.maxLength(200)),
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

/** The record schemas by store name: one store per kind of record (the list itself is in stores.ts). */
export const recordSchemas = {
	answers: answerSchema,
	selections: selectionSchema,
	targetGroups: targetGroupSchema,
	allies: allySchema,
	referrals: referralSchema,
	partners: partnerSchema,
	checkIns: checkInSchema,
	agendas: agendaSchema
} as const satisfies Record<RecordStore, v.GenericSchema>;

export type StoreName = RecordStore;
export const storeNames: StoreName[] = [...recordStores];

export interface WorkbookDB extends DBSchema {
	answers: { key: string; value: Answer };
	selections: { key: string; value: Selection };
	targetGroups: { key: string; value: TargetGroup };
	allies: { key: string; value: Ally };
	referrals: { key: string; value: Referral; indexes: { byKind: string } };
	partners: { key: string; value: Partner };
	checkIns: { key: string; value: CheckIn; indexes: { byPartner: string } };
	agendas: { key: string; value: Agenda };
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
}
