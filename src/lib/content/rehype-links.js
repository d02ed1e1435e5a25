import { resolveLink } from './links.js';

/**
 * Rehype plugin for guide links. `link:name` becomes its address from content/links.yaml; links to other sites
 * open in a new tab without handing them our page (`noopener noreferrer`) and are marked so the app can say they
 * need a connection; links inside the guide get the trailing slash of the static build, so no host redirects them.
 * @param {{ links: Record<string, string> }} options
 * @returns {(tree: any) => void}
 */
export function rehypeLinks({ links }) {
	/** @param {any} node */
	const visit = (node) => {
		const props = node.properties;
		if (node.type === 'element' && node.tagName === 'a' && typeof props?.href === 'string') {
			props.href = resolveLink(props.href, links);
			if (/^https?:\/\//.test(props.href)) {
				props.target = '_blank';
				props.rel = ['noopener', 'noreferrer'];
				props.dataExternal = '';
			} else if (props.href.startsWith('/') && !/[/#?]/.test(props.href.slice(-1)) && !/[#?]/.test(props.href)) {
				props.href = `${props.href}/`;
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	return visit;
}
