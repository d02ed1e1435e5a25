import type { Component } from 'svelte';
import { guides, summaries } from 'virtual:birge/content-index';
import { loadedMessages } from '$lib/i18n/loaded-messages';
import type { LanguageIndex, PageSummary } from './loader';
import type { Frontmatter, Section } from './schema';

export interface PageModule {
	default: Component;
	/** Checked against the frontmatter schema at build time by the content plugin, with `link:` names resolved. */
	metadata: Frontmatter;
}

// Lazy, so each page downloads only its own text.
const modules = import.meta.glob<PageModule>(['/content/*/**/*.md']);

/** The parts of the guide the progress bar shows; the reading list and both annexes count as one. */
export const parts = [
	{ id: 'think', sections: ['think'] },
	{ id: 'plan', sections: ['plan'] },
	{ id: 'act', sections: ['act'] },
	{ id: 'annexes', sections: ['reading', 'annex1', 'annex2'] }
] as const satisfies { id: string; sections: Section[] }[];

export type PartId = (typeof parts)[number]['id'];

const loaded: Record<string, LanguageIndex> = {};

/** Fetches a language's navigation index (titles, order, question ids) and interface messages once; layouts await it. */
export async function loadGuide(lang: string): Promise<LanguageIndex> {
	const load = guides[lang];
	if (!load) throw new Error(`No content for language "${lang}"`);
	if (loaded[lang]) return loaded[lang];
	const { guide, messages } = await load();
	loadedMessages[lang] = messages;
	return (loaded[lang] = guide);
}

/** One line about each page, by route; only the list of topics needs them, so they are a download of their own. */
export async function loadSummaries(lang: string): Promise<Record<string, string>> {
	const load = summaries[lang];
	if (!load) throw new Error(`No content for language "${lang}"`);
	return (await load()).summaries;
}

/** A language's index, once `loadGuide` has brought it (every page under /[lang]/ can rely on that). */
export function guideFor(lang: string): LanguageIndex {
	const guide = loaded[lang];
	if (!guide) throw new Error(`The guide for "${lang}" is not loaded; await loadGuide("${lang}") first`);
	return guide;
}

export function findPage(lang: string, route: string): PageSummary | undefined {
	return guideFor(lang).pages.find((p) => p.route === route);
}

/** The pages the wizard walks: everything but the About page, which sits outside the journey. */
export function wizardPages(lang: string): PageSummary[] {
	return guideFor(lang).pages.filter((p) => p.section !== 'about');
}

export function neighbours(lang: string, route: string): { previous?: PageSummary; next?: PageSummary } {
	const pages = wizardPages(lang);
	const i = pages.findIndex((p) => p.route === route);
	if (i < 0) return {};
	return { previous: pages[i - 1], next: pages[i + 1] };
}

export function partOf(section: Section): PartId | undefined {
	return parts.find((part) => (part.sections as readonly Section[]).includes(section))?.id;
}

export function pagesOfPart(lang: string, part: PartId): PageSummary[] {
	return wizardPages(lang).filter((p) => partOf(p.section) === part);
}

export function topicsOfArea(lang: string, area: string): PageSummary[] {
	return guideFor(lang).pages.filter((p) => p.section === 'annex2' && p.area === area);
}

/**
 * Starts loading a page's text from its address alone, so it can download while the language's index does too
 * (both are needed before the page can come alive). Falls back to the base language's text like the index does.
 */
export function preloadPage(lang: string, route: string, baseLanguage: string): Promise<PageModule> | undefined {
	const file = route || 'welcome';
	const load = modules[`/content/${lang}/${file}.md`] ?? modules[`/content/${baseLanguage}/${file}.md`];
	return load?.();
}

export async function loadPage(page: PageSummary): Promise<PageModule> {
	const load = modules[`/content/${page.file}`];
	if (!load) throw new Error(`No module for content/${page.file}`);
	return load();
}
