import type { Component } from 'svelte';
import { contentIndex } from 'virtual:birge/content-index';
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

export function guideFor(lang: string): LanguageIndex {
	const guide = contentIndex[lang];
	if (!guide) throw new Error(`No content for language "${lang}"`);
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

export async function loadPage(page: PageSummary): Promise<PageModule> {
	const load = modules[`/content/${page.file}`];
	if (!load) throw new Error(`No module for content/${page.file}`);
	return load();
}
