/// <reference lib="webworker" />
// Birge's service worker. Built by scripts/build-offline.mjs: bundled, then Workbox injects the precache manifest
// (the app code shared by every language) and the build script injects the language packs.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { packCacheName, type LanguagePacks, type PackFile, type SwReply, type SwRequest } from './protocol';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
declare const __BIRGE_PACKS__: LanguagePacks;
declare const __BIRGE_VERSION__: string;

const packs: LanguagePacks = __BIRGE_PACKS__;
/**
 * Which language packs hold each path, so a request finds its cache without opening them all. A text chunk can be in
 * several: a page not yet translated borrows the English text, which then travels in that language's pack too.
 */
const packsOfPath = new Map<string, string[]>();
for (const [lang, pack] of Object.entries(packs)) for (const path of pack.paths) packsOfPath.set(path, [...(packsOfPath.get(path) ?? []), lang]);

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
// A first install serves the open page at once, so it works offline without a reload. An update only activates
// after the user accepts it (SKIP_WAITING), and every tab then reloads.
clientsClaim();

self.addEventListener('install', (event) => {
	// Languages made available offline under the previous version stay available after the update.
	event.waitUntil(
		languagesCachedBefore().then((langs) => Promise.all(langs.map((lang) => cacheLanguage(lang).catch(() => false))))
	);
});

self.addEventListener('activate', (event) => {
	const current = new Set(Object.entries(packs).map(([lang, pack]) => packCacheName(lang, pack.hash)));
	event.waitUntil(
		caches.keys().then((names) =>
			Promise.all(names.filter((n) => n.startsWith('birge-pack-') && !current.has(n)).map((n) => caches.delete(n)))
		)
	);
});

self.addEventListener('message', (event) => {
	const request = event.data as SwRequest | undefined;
	const port = event.ports[0];
	const reply = (message: SwReply) => port?.postMessage(message);

	if (request?.type === 'SKIP_WAITING') {
		// Only ever on the user's word, from the "new version" prompt.
		void self.skipWaiting();
	} else if (request?.type === 'LANGUAGE_STATUS') {
		event.waitUntil(isLanguageCached(request.lang).then((ready) => reply({ type: 'LANGUAGE', ready, version: __BIRGE_VERSION__ })));
	} else if (request?.type === 'CACHE_LANGUAGE') {
		event.waitUntil(
			cacheLanguage(request.lang).then(
				(ready) => reply({ type: 'LANGUAGE', ready, version: __BIRGE_VERSION__ }),
				(error: unknown) => reply({ type: 'LANGUAGE', ready: false, error: String(error), version: __BIRGE_VERSION__ })
			)
		);
	}
});

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	// Nothing from another origin is ever cached or served from here.
	if (url.origin !== self.location.origin || event.request.method !== 'GET') return;

	const path = url.pathname;
	const langs = packsOfPath.get(path);
	if (langs) {
		event.respondWith(fromPack(langs, path, event.request));
	} else if (event.request.mode === 'navigate') {
		// An address we have no page for (or a pack not yet stored): the network, else the app shell offline.
		event.respondWith(fetch(event.request).catch(() => shell()));
	}
});

/** The first stored pack that has the path: the reader may have stored only one of the languages that share it. */
async function fromPack(langs: string[], path: string, request: Request): Promise<Response> {
	for (const lang of langs) {
		const pack = packs[lang];
		// caches.match with a name, not caches.open: opening would create an empty cache for a language never stored.
		const cached = pack && (await caches.match(path, { cacheName: packCacheName(lang, pack.hash) }));
		if (cached) return cached;
	}
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') return shell();
		throw error;
	}
}

async function shell(): Promise<Response> {
	return (await matchPrecache('/404.html')) ?? new Response('Offline', { status: 503 });
}

/** Every page and text chunk of one language arrives in one request, then is stored as separate responses. */
async function cacheLanguage(lang: string): Promise<boolean> {
	const pack = packs[lang];
	if (!pack) return false;
	if (await isLanguageCached(lang)) return true;

	const response = await fetch(pack.url, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${pack.url}: HTTP ${response.status}`);
	const files = (await response.json()) as PackFile[];
	const cache = await caches.open(packCacheName(lang, pack.hash));
	await Promise.all(
		files.map((file) =>
			cache.put(file.path, new Response(file.body, { headers: { 'content-type': file.type } }))
		)
	);
	// Written last: a pack cut off half-way is not counted as ready, and is fetched again next time.
	await cache.put(completeMarker, new Response(__BIRGE_VERSION__));
	return true;
}

const completeMarker = '/__birge-pack-complete';

async function isLanguageCached(lang: string): Promise<boolean> {
	const pack = packs[lang];
	if (!pack || !(await caches.has(packCacheName(lang, pack.hash)))) return false;
	return Boolean(await (await caches.open(packCacheName(lang, pack.hash))).match(completeMarker));
}

async function languagesCachedBefore(): Promise<string[]> {
	const names = await caches.keys();
	return Object.keys(packs).filter((lang) => names.some((n) => n.startsWith(`birge-pack-${lang}-`)));
}
