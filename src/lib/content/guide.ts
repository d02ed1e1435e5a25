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

/**
 * The two guides a reader walks, each with its own Previous/Next chain and progress bar: the first (Think / Plan /
 * Act and the annexes) and the second, on starting and running a group. `start` is the section of a guide's start
 * page, which shows no progress bar.
 */
export const journeys = [
	{ id: 'guide', start: 'welcome', sections: ['welcome', 'think', 'plan', 'act', 'reading', 'annex1', 'annex2'] },
	{ id: 'group', start: 'group', sections: ['group', 'group-steps', 'group-starters', 'group-reading'] }
] as const satisfies { id: string; start: Section; sections: Section[] }[];

export type JourneyId = (typeof journeys)[number]['id'];

/** The parts the progress bar shows, in order, each in one journey; the reading list and both annexes count as one. */
export const parts = [
	{ id: 'think', journey: 'guide', sections: ['think'] },
	{ id: 'plan', journey: 'guide', sections: ['plan'] },
	{ id: 'act', journey: 'guide', sections: ['act'] },
	{ id: 'annexes', journey: 'guide', sections: ['reading', 'annex1', 'annex2'] },
	{ id: 'group-steps', journey: 'group', sections: ['group-steps'] },
	{ id: 'group-starters', journey: 'group', sections: ['group-starters'] },
	{ id: 'group-reading', journey: 'group', sections: ['group-reading'] }
] as const satisfies { id: string; journey: JourneyId; sections: Section[] }[];

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

/** The guide a section belongs to; undefined for the About page, which is in neither. */
export function journeyOf(section: Section): JourneyId | undefined {
	return journeys.find((journey) => (journey.sections as readonly Section[]).includes(section))?.id;
}

/** The pages of one guide, in the order its Previous and Next links walk them. */
export function journeyPages(lang: string, journey: JourneyId): PageSummary[] {
	return wizardPages(lang).filter((p) => journeyOf(p.section) === journey);
}

/** A guide's start page: the welcome page, or the start page of the group guide. */
export function journeyStart(lang: string, journey: JourneyId): PageSummary | undefined {
	const start = journeys.find((j) => j.id === journey)?.start;
	return guideFor(lang).pages.find((p) => p.section === start);
}

/** Previous and next inside the page's own guide: the last page of one guide does not lead into the other. */
export function neighbours(lang: string, route: string): { previous?: PageSummary; next?: PageSummary; start?: PageSummary } {
	const page = findPage(lang, route);
	const journey = page && journeyOf(page.section);
	if (!journey) return {};
	const pages = journeyPages(lang, journey);
	const i = pages.findIndex((p) => p.route === route);
	return { previous: pages[i - 1], next: pages[i + 1], start: journeyStart(lang, journey) };
}

export function partOf(section: Section): PartId | undefined {
	return parts.find((part) => (part.sections as readonly Section[]).includes(section))?.id;
}

/** The parts of one guide, in order. */
export function partsOf(journey: JourneyId): (typeof parts)[number][] {
	return parts.filter((part) => part.journey === journey);
}

export function pagesOfPart(lang: string, part: PartId): PageSummary[] {
	return wizardPages(lang).filter((p) => partOf(p.section) === part);
}

/** Where a page stands in its part ("step 2 of 5"); undefined outside the parts. */
export function placeInPart(lang: string, page: PageSummary): { current: number; total: number } | undefined {
	const part = partOf(page.section);
	if (!part) return undefined;
	const pages = pagesOfPart(lang, part);
	return { current: pages.findIndex((p) => p.route === page.route) + 1, total: pages.length };
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
