import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readLinks } from './links.js';
import { loadContent, toIndex, type SourceFile } from './loader.ts';

const virtualId = 'virtual:birge/content-index';
const resolvedId = `\0${virtualId}`;

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
		return JSON.stringify(toIndex(loadContent(readContentDir(dir), { appRoutes, links })));
	};
	let index: string | undefined;

	return {
		name: 'birge-content',
		buildStart() {
			index = build();
		},
		resolveId(id) {
			return id === virtualId ? resolvedId : undefined;
		},
		load(id) {
			if (id !== resolvedId) return;
			index ??= build();
			return `export const contentIndex = ${index};`;
		},
		handleHotUpdate({ file, server }) {
			if (!relative(dir, file).startsWith('..') && file.endsWith('.md')) {
				index = undefined;
				const module = server.moduleGraph.getModuleById(resolvedId);
				if (module) server.moduleGraph.invalidateModule(module);
			}
		}
	};
}
