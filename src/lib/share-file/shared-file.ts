import * as v from 'valibot';
import { planSectionIds, type PlanSectionId } from '$lib/plan/action-plan';
import { parseBackup, type BackupProblem, type BackupStores, type RestoreReport, type StoreReport } from '$lib/store/backup';
import { databaseVersion } from '$lib/store/db';
import type { Agenda } from '$lib/store/schema';
import { storeNames, type StoreName } from '$lib/store/schema';
import { planRecordsFor, planRecordStores, planIsEmpty, type PlanRecords } from './plan-data';

// A shared file is a backup's frame around a few records: the same parser (src/lib/store/backup.ts) checks its size,
// JSON, version, unsafe keys and every record with the schema every save uses, under a `format` of its own so that
// Restore refuses it (it is never a whole workbook) and this page refuses a backup. Its own part is `shared`: what
// kind of thing it is and, for a plan, which sections it shows.

export const sharedFormat = 'birge-shared';
export const sharedKinds = ['agenda', 'scenario-cards', 'action-plan'] as const;
export type SharedKind = (typeof sharedKinds)[number];

/** What the file says about itself. Unknown section ids (a newer version's) are dropped, not refused. */
const sharedMetaSchema = v.object({
	kind: v.picklist(sharedKinds),
	sections: v.optional(v.pipe(v.array(v.string()), v.maxLength(100)))
});

/** What a share dialog shares: an agenda, the scenario cards of one, or the plan's chosen sections. */
export type ShareSubject =
	| { kind: 'agenda'; agenda: Agenda }
	| { kind: 'scenario-cards'; agenda: Agenda }
	| { kind: 'action-plan'; sections: PlanSectionId[]; title: string };

export interface SharedFile {
	format: typeof sharedFormat;
	schemaVersion: number;
	exportedAt: string;
	shared: { kind: SharedKind; sections?: PlanSectionId[] };
	stores: Partial<BackupStores>;
}

/** Why a shared file is refused: a backup's reasons; a sealed copy or a plain backup count as `wrong-format`. */
export type SharedProblem = Exclude<BackupProblem, 'wrong-passphrase'>;

export type ParsedShare =
	| { ok: true; kind: 'agenda' | 'scenario-cards'; agenda: Agenda; report: RestoreReport }
	| { ok: true; kind: 'action-plan'; sections: PlanSectionId[]; plan: PlanRecords; report: RestoreReport }
	| { ok: false; problem: SharedProblem; detail?: string };

function frame(shared: SharedFile['shared'], stores: Partial<BackupStores>, now: Date): SharedFile {
	return { format: sharedFormat, schemaVersion: databaseVersion, exportedAt: now.toISOString(), shared, stores };
}

/** An agenda with its items and timings; its notes and the items' notes only when the sender chose to include them. */
export function agendaFile(agenda: Agenda, { withNotes, now = new Date() }: { withNotes: boolean; now?: Date }): SharedFile {
	const shared: Agenda = {
		...agenda,
		notes: withNotes ? agenda.notes : '',
		items: agenda.items.map((item) => ({ ...item, notes: withNotes ? item.notes : '' }))
	};
	return frame({ kind: 'agenda' }, { agendas: [shared] }, now);
}

/**
 * The scenario cards of an agenda: its items that are Annex 2 topics or conversation starters (what "Print scenario
 * cards" prints), as an agenda of their own with no notes, so the reader can print or present them.
 */
export function scenarioCardsFile(agenda: Agenda, { isCard, now = new Date() }: { isCard: (ref: string) => boolean; now?: Date }): SharedFile {
	const cards: Agenda = { ...agenda, notes: '', items: agenda.items.filter((item) => isCard(item.ref)).map((item) => ({ ...item, notes: '' })) };
	return frame({ kind: 'scenario-cards' }, { agendas: [cards] }, now);
}

/** The action plan as its records: only what the chosen sections show (plan-data.ts). */
export function planFile(records: PlanRecords, { sections, now = new Date() }: { sections: readonly PlanSectionId[]; now?: Date }): SharedFile {
	const chosen = planSectionIds.filter((id) => sections.includes(id));
	return frame({ kind: 'action-plan', sections: chosen }, planRecordsFor(records, chosen), now);
}

/** `agenda-2026-03-08.json`, by the sender's own calendar day; like a backup's, the name does not say Birge. */
export function sharedFileName(kind: SharedKind, date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${kind}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** A report that speaks only of the stores this kind of file is read from. */
function reportOf(report: RestoreReport, stores: readonly StoreName[]): RestoreReport {
	const none: StoreReport = { whole: 0, shortened: 0, skipped: { date: 0, duplicate: 0, damaged: 0 } };
	return Object.fromEntries(storeNames.map((store) => [store, stores.includes(store) ? report[store] : none])) as RestoreReport;
}

/**
 * Reads a shared file's text and checks all of it; never throws. The frame and every record are checked by the
 * backup's parser; then the file must say what it is and hold what that kind needs. Only the stores of its kind are
 * read: whatever else a changed file carries is left out.
 */
export function parseSharedFile(text: string): ParsedShare {
	const parsed = parseBackup(text, { format: sharedFormat });
	if (!parsed.ok) {
		const { problem } = parsed;
		return problem === 'needs-passphrase' || problem === 'wrong-passphrase' ? { ok: false, problem: 'wrong-format' } : { ok: false, problem, detail: parsed.detail };
	}
	// The parser accepted the text: it is JSON of a sane size with no unsafe keys, so reading it again is safe.
	const envelope = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown>;
	const meta = v.safeParse(sharedMetaSchema, envelope.shared);
	if (!meta.success) return { ok: false, problem: 'wrong-format', detail: 'shared' };
	const { stores } = parsed.backup;
	const { kind } = meta.output;
	if (kind === 'action-plan') {
		const plan = Object.fromEntries(planRecordStores.map((store) => [store, stores[store]])) as unknown as PlanRecords;
		if (planIsEmpty(plan)) return { ok: false, problem: 'nothing-valid' };
		const named = meta.output.sections ?? [];
		const sections = planSectionIds.filter((id) => named.includes(id));
		return { ok: true, kind, sections: sections.length ? sections : [...planSectionIds], plan, report: reportOf(parsed.report, planRecordStores) };
	}
	const [agenda, ...more] = stores.agendas;
	if (!agenda) return { ok: false, problem: 'nothing-valid' };
	// Birge writes one agenda per file; more is a file made or changed by something else.
	if (more.length) return { ok: false, problem: 'wrong-format', detail: 'agendas' };
	return { ok: true, kind, agenda, report: reportOf(parsed.report, ['agendas']) };
}
