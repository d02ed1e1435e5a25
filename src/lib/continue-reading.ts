import type { PageSummary } from './content/loader';

const key = (lang: string) => `birge:last-page:${lang}`;

export interface LastPage {
	href: string;
	title: string;
}

/** Remembers the last guide page read, for "continue where you left off"; the welcome page itself is not a place. */
export function rememberLastPage(lang: string, page: PageSummary): void {
	if (page.section === 'welcome' || page.section === 'about') return;
	try {
		localStorage.setItem(key(lang), JSON.stringify({ href: page.href, title: page.title }));
	} catch {
		// Storage can be off (private mode, full disk); reading still works, only the shortcut is lost.
	}
}

export function lastPage(lang: string): LastPage | undefined {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key(lang)) ?? 'null');
		if (value && typeof value === 'object' && 'href' in value && 'title' in value) {
			const { href, title } = value;
			if (typeof href === 'string' && href.startsWith(`/${lang}/`) && typeof title === 'string') return { href, title };
		}
	} catch {
		// Unreadable or blocked storage: behave as on a first visit.
	}
	return undefined;
}
