import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { languageCodes, prerenderedPages } from './site';

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else yield path;
	}
}

test('the build loads nothing from another origin: no CDN, font, script or image', () => {
	const offenders: string[] = [];
	const loads = [
		/<script[^>]+src="(?:https?:)?\/\//i,
		/<link[^>]+href="(?:https?:)?\/\/[^"]*"[^>]*rel="(?:stylesheet|preload|modulepreload|icon|manifest)/i,
		/<link[^>]+rel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]*href="(?:https?:)?\/\//i,
		/<(?:img|iframe|source|video|audio)[^>]+src="(?:https?:)?\/\//i,
		/url\(\s*["']?(?:https?:)?\/\//i,
		/@import\s+(?:url\()?["']?(?:https?:)?\/\//i,
		/\bimport\s*\(\s*["'](?:https?:)?\/\//,
		/\bfrom\s*["'](?:https?:)?\/\//,
		/fetch\(\s*["'](?:https?:)?\/\//
	];
	let count = 0;
	for (const file of files('build')) {
		if (!/\.(html|css|js|json|webmanifest|svg)$/.test(file)) continue;
		count++;
		const text = readFileSync(file, 'utf8');
		for (const pattern of loads) if (pattern.test(text)) offenders.push(`${file}: ${pattern}`);
	}
	expect(count).toBeGreaterThan(30);
	expect(offenders).toEqual([]);
});

test('every prerendered page of a language has a title of its own', () => {
	for (const lang of languageCodes) {
		const pages = new Map<string, string>();
		for (const path of prerenderedPages(lang)) {
			const html = readFileSync(join('build', path, 'index.html'), 'utf8');
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
			expect(title, path).not.toBe('');
			expect(pages.get(title), `${path} shares its title with ${pages.get(title)}`).toBeUndefined();
			pages.set(title, path);
		}
		expect(pages.size).toBeGreaterThan(30);
	}
});

test('each language travels offline in one pack named after the build version, holding every page of it', () => {
	const { version } = JSON.parse(readFileSync('build/_app/version.json', 'utf8'));
	for (const lang of languageCodes) {
		const pack = JSON.parse(readFileSync(`build/_app/offline/${lang}.${version}.json`, 'utf8'));
		expect(pack.version).toBe(version);
		const paths = new Set(pack.files.map((file: { path: string }) => file.path));
		expect(prerenderedPages(lang).filter((path) => !paths.has(path))).toEqual([]);
		// The service worker tells a language's text chunks by their folder; none may sit among the shared code.
		expect([...paths].filter((path) => String(path).startsWith('/_app/') && !String(path).includes(`/chunks/`))).toEqual([]);
	}
});

test('the small shared files travel in one pack: the offline shell, start page, quick-exit page, manifest and favicon', () => {
	const { version } = JSON.parse(readFileSync('build/_app/version.json', 'utf8'));
	const pack = JSON.parse(readFileSync(`build/_app/offline/shared.${version}.json`, 'utf8'));
	expect(pack.version).toBe(version);
	const paths: string[] = pack.files.map((file: { path: string }) => file.path);
	expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/start.html', '/manifest.webmanifest', '/favicon.svg']));
	// The same rule as the service worker's (inSharedPack): large chunks and icons are fetched on their own.
	expect(paths.filter((path) => path.startsWith('/_app/immutable/chunks/') || path.endsWith('.png'))).toEqual([]);
});

test('the build ships the safety headers a static host reads from _headers (Netlify, Cloudflare Pages)', () => {
	const headers = readFileSync('build/_headers', 'utf8');
	expect(headers.split('\n')[0]).toBe('/*');
	for (const line of [
		"Content-Security-Policy: object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
		'Referrer-Policy: no-referrer',
		'Permissions-Policy: camera=(), microphone=(), geolocation=()',
		'X-Content-Type-Options: nosniff'
	]) {
		expect(headers).toContain(`  ${line}\n`);
	}
	// The README shows the same file, so the two cannot drift apart.
	expect(readFileSync('README.md', 'utf8')).toContain(headers.trim());
});
