import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A reference to `content/links.yaml`, as written in Markdown and frontmatter: `link:heforshe`. */
export const linkPattern = /link:([a-z0-9-]+)/g;

/**
 * @param {string} file path of links.yaml
 * @returns {Record<string, string>} name -> address
 */
export function readLinks(file) {
	return parse(readFileSync(file, 'utf8')) ?? {};
}

/**
 * Replaces `link:name` by its address; unknown names are left as they are for the content check to report.
 * @param {string} href
 * @param {Record<string, string>} links
 */
export function resolveLink(href, links) {
	const name = href.startsWith('link:') ? href.slice(5) : undefined;
	return (name !== undefined && links[name]) || href;
}

/**
 * Resolves every `url: link:name` inside parsed frontmatter.
 * @template T
 * @param {T} data
 * @param {Record<string, string>} links
 * @returns {T}
 */
export function resolveFrontmatterLinks(data, links) {
	if (Array.isArray(data)) return /** @type {T} */ (data.map((item) => resolveFrontmatterLinks(item, links)));
	if (data && typeof data === 'object') {
		return /** @type {T} */ (
			Object.fromEntries(
				Object.entries(data).map(([key, value]) => [
					key,
					key === 'url' && typeof value === 'string' ? resolveLink(value, links) : resolveFrontmatterLinks(value, links)
				])
			)
		);
	}
	return data;
}
