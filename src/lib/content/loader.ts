import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { linkPattern } from './links.js';
import { frontmatterSchema, sections, type Area, type Frontmatter, type Section } from './schema.ts';

/** A Markdown file as read from disk; `file` is relative to `content/`, like `en/think/norms.md`. */
export interface SourceFile {
	file: string;
	text: string;
}

/** One page of the guide, checked and placed. */
export interface Page {
	file: string;
	lang: string;
	/** The path after the language, without slashes at either end: `think/norms`; empty for the welcome page. */
	route: string;
	/** The address the page is served at: `/en/think/norms/`. */
	href: string;
	meta: Frontmatter;
	body: string;
	/** Set when the page is not translated yet and shows the text of this language (the base language) instead. */
	fallbackFrom?: string;
}

/** What the browser needs to draw navigation: small, so it can ship in the app bundle. */
export interface PageSummary {
	file: string;
	route: string;
	href: string;
	section: Section;
	title: string;
	area?: string;
	questionIds: string[];
	/** The language of the text, when the page is not translated yet and falls back to it. */
	fallbackFrom?: string;
}

export interface LanguageIndex {
	pages: PageSummary[];
	areas: Area[];
}

export type ContentIndex = Record<string, LanguageIndex>;

export class ContentError extends Error {
	constructor(
		readonly file: string,
		problem: string
	) {
		super(`content/${file}: ${problem}`);
		this.name = 'ContentError';
	}
}

export interface LoadOptions {
	/** Routes the app adds beside the Markdown pages (`contents`, `workbook`), so links to them count as alive. */
	appRoutes?: string[];
	/** The names of content/links.yaml; every `link:name` must be one of them. */
	links?: Record<string, string>;
	/** The published languages (the registry); content for any other is an error. Defaults to the folders found. */
	languages?: readonly string[];
	/** The language every page exists in; others mirror it and borrow its pages until translated. */
	baseLanguage?: string;
}

/**
 * Checks every file and returns the pages in wizard order; throws a ContentError naming the first bad file.
 * A translated page must mirror its base-language page (same ids, section, order, area); a page not translated yet
 * is served from the base language, so every published language has every page.
 */
export function loadContent(
	files: SourceFile[],
	{ appRoutes = [], links = {}, languages, baseLanguage = 'en' }: LoadOptions = {}
): Page[] {
	const read = files.filter((f) => f.file.endsWith('.md') && f.file.includes('/')).map(readPage);
	const published = languages ?? [...new Set([baseLanguage, ...read.map((p) => p.lang)])];
	const stray = read.find((p) => !published.includes(p.lang));
	if (stray) throw new ContentError(stray.file, `"${stray.lang}" is not a language in src/lib/i18n/languages.ts`);

	for (const page of read) {
		for (const [, name] of `${JSON.stringify(page.meta)}\n${page.body}`.matchAll(linkPattern)) {
			if (!name || !links[name]) throw new ContentError(page.file, `link:${name} is not a name in content/links.yaml`);
		}
	}

	const base = read.filter((p) => p.lang === baseLanguage);
	const pages = [...read];
	for (const lang of published.filter((l) => l !== baseLanguage)) {
		const own = new Map(read.filter((p) => p.lang === lang).map((p) => [p.route, p]));
		for (const page of own.values()) {
			const original = base.find((b) => b.route === page.route);
			if (!original) throw new ContentError(page.file, `has no ${baseLanguage} page to translate (content/${baseLanguage}/${page.file.slice(lang.length + 1)})`);
			checkMirror(page, original);
		}
		for (const original of base.filter((b) => !own.has(b.route))) {
			pages.push({ ...original, lang, href: routeHref(lang, original.route), fallbackFrom: baseLanguage });
		}
	}
	pages.sort(byWizardOrder);

	for (const lang of published) {
		checkLanguage(
			pages.filter((p) => p.lang === lang),
			appRoutes
		);
	}
	return pages;
}

/** A translation may change words, never what answers and links hang on. */
function checkMirror(page: Page, original: Page) {
	const differs = (what: string, a: unknown, b: unknown) => {
		if (JSON.stringify(a) !== JSON.stringify(b)) {
			throw new ContentError(page.file, `${what} differs from ${original.file}: ${JSON.stringify(a)} instead of ${JSON.stringify(b)}`);
		}
	};
	differs('section', page.meta.section, original.meta.section);
	differs('order', page.meta.order, original.meta.order);
	differs('area', page.meta.area, original.meta.area);
	differs('ids', idsOf(page.meta), idsOf(original.meta));
	differs('area ids', page.meta.areas?.map((a) => a.id), original.meta.areas?.map((a) => a.id));
	differs('starter groups', page.meta.starterGroups?.map((g) => g.id), original.meta.starterGroups?.map((g) => g.id));
	differs('starter topics', startersOf(page.meta).map((s) => s.topic), startersOf(original.meta).map((s) => s.topic));
	differs('origin', page.meta.origin, original.meta.origin);
}

export function toIndex(pages: Page[]): ContentIndex {
	const index: ContentIndex = {};
	for (const page of pages) {
		const language = (index[page.lang] ??= { pages: [], areas: [] });
		if (page.meta.areas) language.areas = page.meta.areas;
		language.pages.push({
			file: page.file,
			route: page.route,
			href: page.href,
			section: page.meta.section,
			title: page.meta.title,
			...(page.meta.area ? { area: page.meta.area } : {}),
			questionIds: (page.meta.questions ?? []).map((q) => q.id),
			...(page.fallbackFrom ? { fallbackFrom: page.fallbackFrom } : {})
		});
	}
	return index;
}

/** Each page's one-line summary by route: only the list of topics shows them, so they stay out of the index. */
export function toSummaries(pages: Page[]): Record<string, Record<string, string>> {
	const summaries: Record<string, Record<string, string>> = {};
	for (const page of pages) (summaries[page.lang] ??= {})[page.route] = page.meta.summary;
	return summaries;
}

export function routeOf(file: string): { lang: string; route: string; href: string } {
	const [lang = '', ...rest] = file.replace(/\.md$/, '').split('/');
	const route = rest.join('/') === 'welcome' ? '' : rest.join('/');
	return { lang, route, href: routeHref(lang, route) };
}

function routeHref(lang: string, route: string): string {
	return route ? `/${lang}/${route}/` : `/${lang}/`;
}

function readPage({ file, text }: SourceFile): Page {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new ContentError(file, 'has no frontmatter between --- lines at the top');

	let data: unknown;
	try {
		data = parseYaml(match[1] ?? '');
	} catch (error) {
		throw new ContentError(file, `frontmatter is not valid YAML: ${(error as Error).message}`);
	}
	const result = v.safeParse(frontmatterSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		const where = issue.path?.map((p) => String(p.key)).join('.') || 'frontmatter';
		const problem = issue.expected === 'never' ? 'is not a known field' : issue.message;
		throw new ContentError(file, `${where} ${issue.input === undefined ? 'is missing' : problem}`);
	}
	const body = match[2] ?? '';
	if (/^# /m.test(body)) throw new ContentError(file, 'the body has an h1 ("# "); start at "##", the title is the h1');
	if (/[{}]/.test(body)) throw new ContentError(file, 'the body has "{" or "}", which Svelte would read as code');

	return { file, ...routeOf(file), meta: result.output, body };
}

function byWizardOrder(a: Page, b: Page): number {
	return (
		a.lang.localeCompare(b.lang) ||
		sections.indexOf(a.meta.section) - sections.indexOf(b.meta.section) ||
		a.meta.order - b.meta.order
	);
}

function checkLanguage(pages: Page[], appRoutes: string[]) {
	const ids = new Map<string, string>();
	const places = new Map<string, string>();
	const areas = new Set(pages.flatMap((p) => p.meta.areas ?? []).map((a) => a.id));
	const hrefs = new Set(pages.map((p) => p.href));
	const scenarios = new Set(pages.filter((p) => p.meta.scenario).map((p) => p.route));

	for (const page of pages) {
		const place = `${page.meta.section} ${page.meta.order}`;
		const taken = places.get(place);
		if (taken) throw new ContentError(page.file, `has the same section and order (${place}) as ${taken}`);
		places.set(place, page.file);

		for (const id of idsOf(page.meta)) {
			const owner = ids.get(id);
			if (owner) throw new ContentError(page.file, `duplicate id "${id}" (also in ${owner})`);
			ids.set(id, page.file);
		}

		if (page.meta.area !== undefined && !areas.has(page.meta.area)) {
			throw new ContentError(page.file, `area "${page.meta.area}" is not one of the areas in annex/topics.md`);
		}

		for (const starter of startersOf(page.meta)) {
			if (!scenarios.has(starter.topic)) {
				throw new ContentError(page.file, `starter "${starter.id}" opens ${starter.topic}, which is no page with a scenario`);
			}
		}
		if (page.meta.origin && !page.meta.scenario) {
			throw new ContentError(page.file, 'origin marks a scenario as Birge\'s own, but the page has no scenario');
		}

		// A borrowed page's links were checked in its own language, and lead there.
		for (const target of page.fallbackFrom ? [] : internalLinks(page.body)) {
			const path = target.split(/[?#]/)[0] ?? '';
			const href = path.endsWith('/') ? path : `${path}/`;
			const lang = href.split('/')[1] ?? '';
			const appRoute = appRoutes.some((r) => href === `/${lang}/${r}/`);
			if (!hrefs.has(href) && !appRoute) throw new ContentError(page.file, `links to ${target}, which is no page`);
		}
	}
}

function idsOf(meta: Frontmatter): string[] {
	return [
		...(meta.questions ?? []),
		...(meta.aims ?? []),
		...(meta.steps ?? []),
		...(meta.causes ?? []),
		...(meta.recommendations ?? []),
		...(meta.levels ?? []),
		...(meta.safeguards ?? []),
		...(meta.practices ?? []),
		...startersOf(meta)
	].map((item) => item.id);
}

function startersOf(meta: Frontmatter) {
	return (meta.starterGroups ?? []).flatMap((group) => group.starters);
}

/** Links starting with one slash: Markdown `[text](/en/...)` and raw `href="/en/..."`. */
export function internalLinks(body: string): string[] {
	const links: string[] = [];
	for (const m of body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
		const target = m[1] ?? m[2];
		if (target && !target.startsWith('//')) links.push(target);
	}
	return links;
}
