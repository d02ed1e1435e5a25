import { getRecord, saveRecord } from './records';
import type { Selection } from './schema';

/** The named pick-lists of the workbook; their values are ids from the content (aims, levels, causes, topics). */
export type SelectionName = 'aims' | 'levels' | 'causes' | 'topics';

export async function loadSelection(name: SelectionName): Promise<Selection> {
	return (await getRecord('selections', name)) ?? { id: name, values: [], own: [], updatedAt: 0 };
}

export function saveSelection(name: SelectionName, values: string[], own: string[]): Promise<Selection> {
	return saveRecord('selections', { id: name, values: [...new Set(values)], own: own.filter((o) => o.trim()) });
}
