import { textLimits } from './limits';
import { getRecord, listRecords, saveRecord } from './records';
import type { Answer } from './schema';

/** The longest answer the save accepts: the answer boxes' `maxlength`, read with the rest of the storage code. */
export const answerLimit = textLimits.long;

/** The saved text for a question id, or '' when there is none. */
export async function loadAnswer(id: string): Promise<string> {
	return (await getRecord('answers', id))?.text ?? '';
}

export function saveAnswer(id: string, text: string): Promise<Answer> {
	return saveRecord('answers', { id, text });
}

/** All answers by question id, skipping empty ones. */
export async function answersById(): Promise<Map<string, string>> {
	const answers = await listRecords('answers');
	return new Map(answers.filter((a) => a.text.trim()).map((a) => [a.id, a.text]));
}
