import { deleteRecord, getRecord, listRecords, newId, saveRecord } from './records';
import type { Agenda, AgendaItem } from './schema';

export type AgendaDraft = Omit<Agenda, 'updatedAt'>;

/** Every saved agenda, the one changed last first. */
export async function listAgendas(): Promise<Agenda[]> {
	return (await listRecords('agendas')).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function getAgenda(id: string): Promise<Agenda | undefined> {
	return getRecord('agendas', id);
}

export function saveAgenda(agenda: AgendaDraft): Promise<Agenda> {
	return saveRecord('agendas', agenda);
}

export function deleteAgenda(id: string): Promise<void> {
	return deleteRecord('agendas', id);
}

/** A new agenda, saved at once so it has a place in the list and an address to present from. */
export function createAgenda(draft: Partial<Omit<AgendaDraft, 'id'>> = {}): Promise<Agenda> {
	return saveAgenda({
		id: newId(),
		title: draft.title ?? '',
		date: draft.date ?? '',
		notes: draft.notes ?? '',
		items: (draft.items ?? []).map((item) => ({ ...item, id: newId() }))
	});
}

/** A copy with its own ids, so editing one never changes the other. */
export function duplicateAgenda(agenda: Agenda, title: string): Promise<Agenda> {
	return createAgenda({ ...agenda, title });
}

export function newAgendaItem(ref: string, minutes: number): AgendaItem {
	return { id: newId(), ref, minutes, notes: '' };
}
