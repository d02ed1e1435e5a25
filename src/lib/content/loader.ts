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
}

/** What the browser needs to draw navigation: small, so it can ship in the app bundle. */
export interface PageSummary {
	file: string;
	route: string;
	href: string;
	section: Section;
	title: string;
	summary: string;
	area?: string;
	questionIds: string[];
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
}

/** Checks every file and returns the pages in wizard order; throws a ContentError naming the first bad file. */
export function loadContent(files: SourceFile[], { appRoutes = [], links = {} }: LoadOptions = {}): Page[] {
	const pages = files.filter((f) => f.file.endsWith('.md') && f.file.includes('/')).map(readPage);
	pages.sort(byWizardOrder);

	for (const page of pages) {
		for (const [, name] of `${JSON.stringify(page.meta)}\n${page.body}`.matchAll(linkPattern)) {
			if (!name || !links[name]) throw new ContentError(page.file, `link:${name} is not a name in content/links.yaml`);
		}
	}

	for (const lang of new Set(pages.map((p) => p.lang))) {
		checkLanguage(
			pages.filter((p) => p.lang === lang),
			appRoutes
		);
	}
	return pages;
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
			summary: page.meta.summary,
			...(page.meta.area ? { area: page.meta.area } : {}),
			questionIds: (page.meta.questions ?? []).map((q) => q.id)
		});
	}
	return index;
}

export function routeOf(file: string): { lang: string; route: string; href: string } {
	const [lang = '', ...rest] = file.replace(/\.md$/, '').split('/');
	const route = rest.join('/') === 'welcome' ? '' : rest.join('/');
	return { lang, route, href: route ? `/${lang}/${route}/` : `/${lang}/` };
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

		for (const target of internalLinks(page.body)) {
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
		...(meta.levels ?? [])
	].map((item) => item.id);
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
