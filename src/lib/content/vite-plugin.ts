import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readLinks } from './links.js';
import { typesetFrontmatter } from '../server/typography.js';
import { loadContent, toIndex, toSummaries, type ContentIndex, type SourceFile } from './loader.ts';
import { toWorkshopCatalog, type WorkshopCatalog } from './workshop-catalog.ts';
import { searchIndexes } from '../server/search-index.ts';
import type { SearchIndexEntry } from '../search/entry.ts';

const virtualId = 'virtual:birge/content-index';
const resolvedId = `\0${virtualId}`;
// The workshop's list of items: a module of its own, so it travels in the workshop's lazy chunk, not in every page.
const catalogId = 'virtual:birge/workshop-catalog';
const resolvedCatalogId = `\0${catalogId}`;
// Each language's search index, loaded by the search page only (src/lib/search/documents.ts).
const searchId = 'virtual:birge/search-index';
const resolvedSearchId = `\0${searchId}`;
/**
 * Each language's index, its page summaries and its search index are modules of their own under content/<lang>/,
 * so they travel in that language's pack and a reader downloads only their own language's.
 */
const languageModule = /\/content\/([a-z]{2,3})\/_(index|summaries|search)\.js$/;

/** Which content files each language's pages are made of, for the offline packs. */
export const languageFilesPath = '.svelte-kit/birge-language-files.json';

export interface ContentPluginOptions {
	/** The folder holding `<lang>/**.md`. */
	dir: string;
	/** Routes the app adds beside the Markdown pages, so content may link to them. */
	appRoutes: string[];
	/** The published languages, from the registry. */
	languages: readonly string[];
}

export function readContentDir(dir: string): SourceFile[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.md'))
		.map((file) => ({ file: file.split(sep).join('/'), text: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * Reads and checks all content once per build and serves the navigation index, one module per language: a reader
 * downloads only the titles of the language they read. A bad file throws here, so `vite build` stops with the
 * file's name instead of shipping a broken page.
 */
export function birgeContent({ dir, appRoutes, languages }: ContentPluginOptions): Plugin {
	const build = () => {
		const links = readLinks(join(dir, 'links.yaml'));
		// Titles and summaries in the index and the workshop's list are set like the pages themselves.
		const pages = loadContent(readContentDir(dir), { appRoutes, links, languages }).map((page) => ({
			...page,
			meta: typesetFrontmatter(page.meta, page.fallbackFrom ?? page.lang)
		}));
		// The search index (the words of every page) is made only when the build asks for it.
		let search: Record<string, SearchIndexEntry[]> | undefined;
		return {
			index: toIndex(pages),
			summaries: toSummaries(pages),
			catalog: toWorkshopCatalog(pages),
			search: () => (search ??= searchIndexes(pages))
		};
	};
	let content:
		| {
				index: ContentIndex;
				summaries: Record<string, Record<string, string>>;
				catalog: WorkshopCatalog;
				search: () => Record<string, SearchIndexEntry[]>;
		  }
		| undefined;
	const moduleOf = (lang: string, kind: string) => resolve(dir, lang, `_${kind}.js`);

	return {
		name: 'birge-content',
		buildStart() {
			content = build();
			const { index } = content;
			// scripts/build-offline.mjs packs each language with the text files its pages use, borrowed ones included.
			const files = Object.fromEntries(languages.map((lang) => [lang, index[lang]?.pages.map((p) => `${dir}/${p.file}`) ?? []]));
			mkdirSync('.svelte-kit', { recursive: true });
			writeFileSync(languageFilesPath, JSON.stringify(files));
		},
		resolveId(id) {
			if (id === virtualId) return resolvedId;
			if (id === catalogId) return resolvedCatalogId;
			if (id === searchId) return resolvedSearchId;
			const [, lang, kind] = languageModule.exec(id) ?? [];
			return lang && kind && languages.includes(lang) ? moduleOf(lang, kind) : undefined;
		},
		load(id) {
			if (id === resolvedCatalogId) return `export const workshopCatalog = ${JSON.stringify((content ??= build()).catalog)};`;
			const loaders = (kind: string) =>
				languages.map((lang) => `${JSON.stringify(lang)}: () => import(${JSON.stringify(`/${dir}/${lang}/_${kind}.js`)})`);
			if (id === resolvedId) {
				return `export const guides = {${loaders('index').join(', ')}};\nexport const summaries = {${loaders('summaries').join(', ')}};`;
			}
			if (id === resolvedSearchId) return `export const searchIndexes = {${loaders('search').join(', ')}};`;
			const [, lang, kind] = languageModule.exec(id) ?? [];
			if (!lang || !kind || id !== moduleOf(lang, kind)) return;
			content ??= build();
			if (kind === 'search') return `export const entries = ${JSON.stringify(content.search()[lang] ?? [])};`;
			return kind === 'index'
				? `export { messages } from ${JSON.stringify(`/${dir}/${lang}/_messages.js`)};\nexport const guide = ${JSON.stringify(content.index[lang])};`
				: `export const summaries = ${JSON.stringify(content.summaries[lang])};`;
		},
		handleHotUpdate({ file, server }) {
			if (!relative(dir, file).startsWith('..') && file.endsWith('.md')) {
				content = undefined;
				const catalog = server.moduleGraph.getModuleById(resolvedCatalogId);
				if (catalog) server.moduleGraph.invalidateModule(catalog);
				for (const lang of languages) {
					for (const kind of ['index', 'summaries', 'search']) {
						const module = server.moduleGraph.getModuleById(moduleOf(lang, kind));
						if (module) server.moduleGraph.invalidateModule(module);
					}
				}
			}
		}
	};
}
