import { describe, expect, it } from 'vitest';
import { resolveFrontmatterLinks, resolveLink } from './links.js';
import { rehypeLinks } from './rehype-links.js';

const links = { heforshe: 'https://www.heforshe.org/en' };

describe('links', () => {
	it('resolves link names in frontmatter url fields only', () => {
		const data = { title: 'link:heforshe', groups: [{ links: [{ title: 'x', url: 'link:heforshe' }] }] };
		expect(resolveFrontmatterLinks(data, links)).toEqual({
			title: 'link:heforshe',
			groups: [{ links: [{ title: 'x', url: 'https://www.heforshe.org/en' }] }]
		});
	});

	it('leaves unknown names for the content check to report', () => {
		expect(resolveLink('link:nowhere', links)).toBe('link:nowhere');
	});

	it('opens other sites in a new tab and adds the trailing slash to guide links', () => {
		const a = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });
		const tree = { type: 'root', children: [a('link:heforshe'), a('/en/think/norms'), a('/en/think/norms#q')] };
		rehypeLinks({ links })(tree);
		const [external, internal, anchored] = tree.children.map((n) => n.properties as Record<string, unknown>);
		expect(external).toMatchObject({ href: 'https://www.heforshe.org/en', target: '_blank', rel: ['noopener', 'noreferrer'] });
		expect(internal?.href).toBe('/en/think/norms/');
		expect(anchored?.href).toBe('/en/think/norms#q');
	});
});
