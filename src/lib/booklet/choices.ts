import { findPage, wizardPages } from '$lib/content/guide';
import type { PageSummary } from '$lib/content/loader';
import type { Section } from '$lib/content/schema';

/** What can be printed as a booklet: a whole guide, or one of its parts. */
export const bookletChoices = ['guide', 'think', 'plan', 'act', 'annex1', 'annex2'] as const;
export type BookletChoice = (typeof bookletChoices)[number];

export function isBookletChoice(value: string | null | undefined): value is BookletChoice {
	return (bookletChoices as readonly string[]).includes(value ?? '');
}

/**
 * The pages of a booklet, in the guide's order. The whole guide ends with the About page: its credits and licence
 * belong with the text on paper too.
 */
export function bookletPages(lang: string, choice: BookletChoice): PageSummary[] {
	if (choice !== 'guide') return wizardPages(lang).filter((page) => page.section === (choice satisfies Section));
	const about = findPage(lang, 'about');
	return [...wizardPages(lang), ...(about ? [about] : [])];
}
