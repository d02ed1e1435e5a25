import { getRecord, listRecords, saveRecord } from '$lib/store/records';
import type { HarmCheck, HarmItem } from '$lib/store/schema';
import { harmSubjects, withPoint, type HarmSubject } from './do-no-harm';

/** The initiative and every planned activity, each with its do-no-harm check as stored. */
export async function readHarmSubjects(): Promise<HarmSubject[]> {
	const [activities, checks] = await Promise.all([listRecords('activities'), listRecords('harmChecks')]);
	return harmSubjects(activities, checks);
}

/** One subject's check as stored: what a save of one of its points starts from. */
export function readCheck(subjectId: string): Promise<HarmCheck | undefined> {
	return getRecord('harmChecks', subjectId);
}

/** Saves one point of one subject's check; the rest of the check is kept as it is. */
export function savePoint(subjectId: string, check: HarmCheck | undefined, point: HarmItem): Promise<HarmCheck> {
	return saveRecord('harmChecks', withPoint(check, subjectId, point));
}
