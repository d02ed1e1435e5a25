import { findPage, journeyPages, wizardPages } from '$lib/content/guide';
import type { PageSummary } from '$lib/content/loader';
import type { Section } from '$lib/content/schema';

/** What can be printed as a booklet: a whole guide (`guide`, `group`), or one of its parts, named by its section. */
export const bookletChoices = ['guide', 'think', 'plan', 'act', 'annex1', 'annex2', 'group', 'group-steps', 'group-starters', 'group-reading'] as const;
export type BookletChoice = (typeof bookletChoices)[number];

export function isBookletChoice(value: string | null | undefined): value is BookletChoice {
	return (bookletChoices as readonly string[]).includes(value ?? '');
}

/**
 * The pages of a booklet, in the guide's order. A whole guide ends with the About page: its credits and licence
 * belong with the text on paper too.
 */
export function bookletPages(lang: string, choice: BookletChoice): PageSummary[] {
	if (choice !== 'guide' && choice !== 'group') return wizardPages(lang).filter((page) => page.section === (choice satisfies Section));
	const about = findPage(lang, 'about');
	return [...journeyPages(lang, choice), ...(about ? [about] : [])];
}
