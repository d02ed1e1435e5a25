import { journeyOf, journeys, type JourneyId } from './content/guide';
import type { PageSummary } from './content/loader';

// The first guide keeps the key it has always had, so a place remembered before the second guide existed still counts.
const key = (lang: string, journey: JourneyId) => (journey === 'guide' ? `birge:last-page:${lang}` : `birge:last-page:${lang}:${journey}`);

export interface LastPage {
	href: string;
	title: string;
}

/**
 * Remembers the last page read in each guide, for "continue where you left off"; a guide's start page and the About
 * page are not places.
 */
export function rememberLastPage(lang: string, page: PageSummary): void {
	const journey = journeyOf(page.section);
	if (!journey || journeys.some((j) => j.start === page.section)) return;
	try {
		localStorage.setItem(key(lang, journey), JSON.stringify({ href: page.href, title: page.title }));
	} catch {
		// Storage can be off (private mode, full disk); reading still works, only the shortcut is lost.
	}
}

export function lastPage(lang: string, journey: JourneyId = 'guide'): LastPage | undefined {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key(lang, journey)) ?? 'null');
		if (value && typeof value === 'object' && 'href' in value && 'title' in value) {
			const { href, title } = value;
			if (typeof href === 'string' && href.startsWith(`/${lang}/`) && typeof title === 'string') return { href, title };
		}
	} catch {
		// Unreadable or blocked storage: behave as on a first visit.
	}
	return undefined;
}
