import { typesetFrontmatter, typesetTree } from './typography.js';

/** The language of a guide page, from its path: `…/content/ru/think/norms.md` → `ru`. */
const pageLanguage = /[/\\]content[/\\]([a-z]{2,3})[/\\]/;

/**
 * mdsvex rehype plugin: typesets a guide page's text and its frontmatter (which mdsvex turns into the page's
 * `metadata` after the rehype plugins run) in the language of the folder the page sits in.
 * @returns {(tree: import('./typography.js').HastNode, file: { filename?: string; data: { fm?: unknown } }) => void}
 */
export function rehypeTypography() {
	return (tree, file) => {
		const lang = pageLanguage.exec(file.filename ?? '')?.[1];
		if (!lang) return;
		try {
			typesetTree(tree, lang);
			if (file.data.fm) file.data.fm = typesetFrontmatter(file.data.fm, lang);
		} catch (error) {
			throw new Error(`${file.filename}: ${/** @type {Error} */ (error).message}`);
		}
	};
}
