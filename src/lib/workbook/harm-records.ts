import { listRecords, saveRecord } from '$lib/store/records';
import type { HarmCheck, HarmItem } from '$lib/store/schema';
import { harmSubjects, withPoint, type HarmSubject } from './do-no-harm';

/** The initiative and every planned activity, each with its do-no-harm check as stored. */
export async function readHarmSubjects(): Promise<HarmSubject[]> {
	const [activities, checks] = await Promise.all([listRecords('activities'), listRecords('harmChecks')]);
	return harmSubjects(activities, checks);
}

/** Saves one point of one subject's check; the rest of the check is kept as it is. */
export function savePoint(subjectId: string, check: HarmCheck | undefined, point: HarmItem): Promise<HarmCheck> {
	return saveRecord('harmChecks', withPoint(check, subjectId, point));
}
