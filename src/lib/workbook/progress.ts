import { partOf, type PartId } from '$lib/content/guide';
import type { PageSummary } from '$lib/content/loader';

export interface PartProgress {
	part: PartId;
	answered: number;
	total: number;
	/** Where to go next: the first page of this part with a question still unanswered. */
	next?: { href: string; title: string; questionId: string };
}

/** How many questions of each part of the guide have an answer, and the first one without. */
export function guideProgress(pages: PageSummary[], answered: ReadonlySet<string>): PartProgress[] {
	const parts = new Map<PartId, PartProgress>();
	for (const page of pages) {
		const part = partOf(page.section);
		if (!part || page.questionIds.length === 0) continue;
		const progress = parts.get(part) ?? { part, answered: 0, total: 0 };
		for (const id of page.questionIds) {
			progress.total++;
			if (answered.has(id)) progress.answered++;
			else progress.next ??= { href: `${page.href}#${id}`, title: page.title, questionId: id };
		}
		parts.set(part, progress);
	}
	return [...parts.values()];
}
