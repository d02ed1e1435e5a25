import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgenda, deleteAgenda, duplicateAgenda, getAgenda, listAgendas, newAgendaItem, saveAgenda } from './agendas';
import { closeWorkbookDB } from './db';
import { agendaSchema } from './schema';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
	await closeWorkbookDB();
});

describe('workshop agendas', () => {
	it('creates, renames, duplicates and deletes an agenda, stored as a valid record', async () => {
		const agenda = await createAgenda({ title: 'First session', items: [newAgendaItem('think.norms.q1', 15)] });
		expect(v.is(agendaSchema, await getAgenda(agenda.id))).toBe(true);

		await saveAgenda({ ...agenda, title: 'Renamed' });
		const copy = await duplicateAgenda((await getAgenda(agenda.id))!, 'Renamed (copy)');
		expect(copy.id).not.toBe(agenda.id);
		expect(copy.items[0]?.id).not.toBe(agenda.items[0]?.id);
		expect(copy.items.map((i) => [i.ref, i.minutes])).toEqual([['think.norms.q1', 15]]);
		expect((await listAgendas()).map((a) => a.title).sort()).toEqual(['Renamed', 'Renamed (copy)']);

		await deleteAgenda(agenda.id);
		expect((await listAgendas()).map((a) => a.id)).toEqual([copy.id]);
	});
});
