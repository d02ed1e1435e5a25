import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { parse as parseYaml } from 'yaml';
import { readLinks, resolveFrontmatterLinks } from './src/lib/content/links.js';
import { rehypeLinks } from './src/lib/content/rehype-links.js';
import { rehypeTypography } from './src/lib/server/rehype-typography.js';
import { buildVersion } from './scripts/build-version.mjs';

const links = readLinks('content/links.yaml');
const out = process.env.BIRGE_BUILD_DIR ?? 'build';
// The site's public address, the one build setting a deploy sets (README, "Deploy"): search engines need the
// alternate-language links absolute.
const site = new URL(process.env.BIRGE_SITE_URL ?? 'http://localhost:4173').origin;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			smartypants: false,
			// The same YAML parser as the content check, so what is checked is what ships.
			frontmatter: {
				type: 'yaml',
				marker: '-',
				parse: (/** @type {string} */ text) => resolveFrontmatterLinks(parseYaml(text), links)
			},
			rehypePlugins: [[rehypeLinks, { links }], rehypeTypography]
		})
	],
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', precompress: false, strict: true }),
		// From the build's content (scripts/build-version.mjs): every deploy of new content is a new version. The
		// service worker decides when a new version takes over, so Kit's own version polling stays off.
		version: { name: buildVersion({ settings: { site } }), pollInterval: 0 },
		// Registered by the page with workbox-window (src/lib/offline/offline.svelte.ts), which offers updates.
		serviceWorker: { register: false },
		// The stylesheet (about 2 KB compressed) goes inside each page: on a 300 ms link a separate file would hold
		// back the first paint by a round trip.
		inlineStyleThreshold: 20_000,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', origin: site },
		// Privacy: a strict policy in a <meta> tag of every prerendered page (the service worker serves the same HTML,
		// so it holds offline too). Kit hashes its own inline script and the inlined stylesheet; nothing else may run,
		// and nothing may be fetched from, or sent to, another origin. In `npm run dev` Kit adds 'unsafe-inline' to
		// style-src by itself, for Vite's injected styles. Headers for a static host: README, "Privacy and safety".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// The one style attribute allowed: Kit's own route announcer (a visually hidden live region it creates
				// after the first navigation). Our code sets no style attributes. If a Kit update changes that markup,
				// the full-journey test (tests/e2e/privacy.spec.ts) reports the violation with the new hash.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
