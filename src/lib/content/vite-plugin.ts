import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readLinks } from './links.js';
import { loadContent, toIndex, type SourceFile } from './loader.ts';
import { toWorkshopCatalog } from './workshop-catalog.ts';

const virtualId = 'virtual:birge/content-index';
const resolvedId = `\0${virtualId}`;
// The workshop's list of items: a module of its own, so it travels in the workshop's lazy chunk, not in every page.
const catalogId = 'virtual:birge/workshop-catalog';
const resolvedCatalogId = `\0${catalogId}`;

export interface ContentPluginOptions {
	/** The folder holding `<lang>/**.md`. */
	dir: string;
	/** Routes the app adds beside the Markdown pages, so content may link to them. */
	appRoutes: string[];
}

export function readContentDir(dir: string): SourceFile[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.md'))
		.map((file) => ({ file: file.split(sep).join('/'), text: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * Reads and checks all content once per build and serves the navigation index as a virtual module.
 * A bad file throws here, so `vite build` stops with the file's name instead of shipping a broken page.
 */
export function birgeContent({ dir, appRoutes }: ContentPluginOptions): Plugin {
	const build = () => {
		const links = readLinks(join(dir, 'links.yaml'));
		const pages = loadContent(readContentDir(dir), { appRoutes, links });
		return { index: JSON.stringify(toIndex(pages)), catalog: JSON.stringify(toWorkshopCatalog(pages)) };
	};
	let built: { index: string; catalog: string } | undefined;

	return {
		name: 'birge-content',
		buildStart() {
			built = build();
		},
		resolveId(id) {
			if (id === virtualId) return resolvedId;
			if (id === catalogId) return resolvedCatalogId;
			return undefined;
		},
		load(id) {
			if (id === resolvedId) return `export const contentIndex = ${(built ??= build()).index};`;
			if (id === resolvedCatalogId) return `export const workshopCatalog = ${(built ??= build()).catalog};`;
			return undefined;
		},
		handleHotUpdate({ file, server }) {
			if (!relative(dir, file).startsWith('..') && file.endsWith('.md')) {
				built = undefined;
				for (const id of [resolvedId, resolvedCatalogId]) {
					const module = server.moduleGraph.getModuleById(id);
					if (module) server.moduleGraph.invalidateModule(module);
				}
			}
		}
	};
}
