/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Birge's one service worker, built by SvelteKit from `$service-worker` (what the build made) and registered by the
// page (src/lib/offline/offline.svelte.ts). Caches are named after the build's version (from its content, see
// scripts/build-version.mjs): one for the code every language shares, one per language the reader keeps. A new
// version is stored completely beside the old one before anything old is deleted, and takes over only when the
// reader accepts it.
import { build, files, prerendered, version } from '$service-worker';
import { languageCodes } from '$lib/i18n/languages';
import {
	completeMarker,
	inSharedPack,
	languageCache,
	languageChunk,
	packUrl,
	sharedCache,
	versionOfSharedCache,
	type LanguagePack,
	type OfflineReply,
	type OfflineRequest
} from '$lib/offline/protocol';

const worker = self as unknown as ServiceWorkerGlobalScope;

const pages = new Set(prerendered);
/**
 * App code, the start page, the offline shell (Kit's fallback page) and static files: favicon, manifest and its
 * icons, the quick-exit page. Not the Apple touch icon, which only iOS asks for, when a page is added to the home
 * screen. The biggest files (chunks, stylesheets) first: on a slow link Chromium lets only two or three requests run
 * beside a large one, so the small files fill the gaps instead of holding the large ones back.
 */
const shared = [
	...build.filter((file) => !languageChunk.test(file)).sort((a, b) => weight(b) - weight(a)),
	// Nor the discreet install's icons (/icons/notes-*), which only an install as "Notes" asks for.
	...files.filter((file) => !file.endsWith('/apple-touch-icon.png') && !file.startsWith('/icons/notes-')),
	'/',
	'/404.html'
];
function weight(file: string): number {
	return file.includes('/chunks/') ? 2 : file.endsWith('.css') ? 1 : 0;
}
const sharedSet = new Set(shared);
/** Content-hashed files a language needs: its text chunks. Anything in `build` may be kept when the page loads it. */
const buildSet = new Set(build);
/** This version's caches among `names`: its shared cache and its languages'. */
const currentNames = (names: string[]) => names.filter((name) => name.startsWith(`birge-${version}-`));

function languageOf(path: string): string | undefined {
	const lang = languageChunk.exec(path)?.[1] ?? path.split('/')[1];
	return languageCodes.find((code) => code === lang);
}

worker.addEventListener('install', (event) => event.waitUntil(install()));

async function install() {
	// Languages complete under the version running now: the reader keeps them across the update.
	const older = (await caches.keys()).map(versionOfSharedCache).filter((v): v is string => Boolean(v) && v !== version);
	const kept = [...new Set((await Promise.all(older.map((v) => completeLanguages(v)))).flat())];
	const open = await openLanguages();
	if (kept.length) {
		// An update: all or nothing. If any download fails, the install fails, the old version stays in charge with
		// its caches untouched, and the browser tries again on the next visit (keeping what arrived: see `storeShared`).
		await Promise.all([storeShared(), ...kept.map(storeLanguage)]);
		await Promise.allSettled(open.filter((lang) => !kept.includes(lang)).map(storeLanguage));
	} else {
		// First visit: keep whatever arrives. The page asks again for what is missing, and pages it visits are kept.
		await Promise.allSettled([storeShared(), ...open.map(storeLanguage)]);
	}
}

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Only after a complete install (or the reader's "Reload"): every cache of another version goes, Workbox's
			// from the earlier design too.
			const names = await caches.keys();
			const current = new Set(currentNames(names));
			await Promise.all(names.filter((name) => !current.has(name)).map((name) => caches.delete(name)));
			// A first install serves the open page at once; after an update every tab reloads (the page decides).
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	const request = event.data as OfflineRequest | undefined;
	const reply = (answer: Omit<OfflineReply, 'version'>) => event.ports[0]?.postMessage({ version, ...answer });
	const status = async (error?: unknown) =>
		reply({ stored: await completeLanguages(version), error: error ? String(error) : undefined });

	if (request?.type === 'SKIP_WAITING') {
		// Only ever on the reader's word, from the "new version" prompt.
		void worker.skipWaiting();
	} else if (request?.type === 'STATUS') {
		event.waitUntil(status());
	} else if (request?.type === 'KEEP_LANGUAGE') {
		event.waitUntil(
			Promise.all([storeShared(), storeLanguage(request.lang)]).then(
				() => status(),
				(error: unknown) => status(error)
			)
		);
	} else if (request?.type === 'KEEP_URLS') {
		event.waitUntil(keepUrls(request.urls).then(() => status()));
	}
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	// Nothing from another origin is ever cached or served from here.
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	if (request.mode !== 'navigate' && !buildSet.has(url.pathname) && !sharedSet.has(url.pathname)) return;
	event.respondWith(respond(event, url));
});

async function respond(event: FetchEvent, url: URL): Promise<Response> {
	const { request } = event;
	const path = url.pathname;
	// `/en/about` opens like `/en/about/`, offline too, as a static host would redirect it.
	if (request.mode === 'navigate' && !path.endsWith('/') && pages.has(`${path}/`)) {
		return Response.redirect(`${path}/${url.search}`, 301);
	}
	const cached = await fromCache(path);
	if (cached) return cached;
	try {
		const response = await fetch(request);
		// Pages and text the reader opens are kept, so they open offline even before (or without) the whole language.
		if (response.ok) event.waitUntil(keep(path, response.clone()));
		return response;
	} catch (error) {
		if (request.mode !== 'navigate') throw error;
		return offlineNavigation(path);
	}
}

async function fromCache(path: string): Promise<Response | undefined> {
	for (const name of currentNames(await caches.keys())) {
		const response = await (await caches.open(name)).match(path);
		if (response) return response;
	}
	return undefined;
}

/**
 * An address that is not stored. In a language stored completely, Kit's fallback page draws it (a "not found" in
 * that language). Otherwise the reader gets a page in a language they have, saying this one needs a connection
 * once: never a browser error or a page without its words.
 */
async function offlineNavigation(path: string): Promise<Response> {
	const lang = languageOf(path);
	const stored = await completeLanguages(version);
	const shell = async () => (await fromCache('/404.html')) ?? new Response('Offline', { status: 503 });
	if (!lang || stored.includes(lang) || path === notStoredPage(lang)) return shell();
	// The reader's language: this one if some of it is here (a download cut off half way), else one stored.
	const started = (await caches.keys()).some((name) => name === languageCache(version, lang));
	const shown = started ? lang : stored[0];
	if (!shown) return shell();
	return Response.redirect(`${notStoredPage(shown)}?page=${encodeURIComponent(path)}`, 302);
}

/** The page that says a language (or a page of it) needs a connection once: src/routes/[lang]/needs-connection. */
const notStoredPage = (lang: string) => `/${lang}/needs-connection/`;

/** Keeps a response of this version: a content-hashed file, or a page whose HTML says it belongs to this build. */
async function keep(path: string, response: Response): Promise<void> {
	const lang = languageOf(path);
	if (buildSet.has(path) || sharedSet.has(path)) {
		await (await caches.open(sharedSet.has(path) || !lang ? sharedCache(version) : languageCache(version, lang))).put(path, response);
	} else if (pages.has(path) && lang) {
		// A deploy may have happened since this worker installed: a newer page would ask for files it does not have.
		const html = await response.text();
		if (!html.includes(`data-version="${version}"`)) return;
		await (await caches.open(languageCache(version, lang))).put(path, new Response(html, { headers: response.headers }));
	}
}

/** The page's own files, loaded before this worker controlled it, so the first page opens offline too. */
async function keepUrls(urls: string[]): Promise<void> {
	await Promise.allSettled(
		urls.map(async (address) => {
			const path = new URL(address, location.origin).pathname;
			if (await fromCache(path)) return;
			const response = await fetch(path);
			if (response.ok) await keep(path, response);
		})
	);
}

/**
 * Stores the shared files: the small ones in one pack, the rest (large chunks, icons) fetched in parallel, most of
 * them from the HTTP cache. Throws if anything failed, after keeping what arrived.
 */
async function storeShared(): Promise<void> {
	const cache = await caches.open(sharedCache(version));
	if (await cache.match(completeMarker)) return;
	const unpacked = unpack(cache, packUrl('shared', version), () => []).catch(() => undefined);
	const missing = async () =>
		(await Promise.all(shared.map(async (path) => ((await cache.match(path)) ? undefined : path)))).filter(
			(path): path is string => path !== undefined
		);
	const first = (await missing()).filter((path) => !inSharedPack(path));
	const results = await Promise.allSettled(first.map((path) => cache.add(path)));
	await unpacked;
	// A pack that broke off: its files one by one.
	const rest = await Promise.allSettled((await missing()).map((path) => cache.add(path)));
	const failed = [...results, ...rest].find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failed) throw failed.reason;
	await cache.put(completeMarker, new Response(version));
}

/** A language's pages and text chunks arrive in one file, checked against this build, then stored one by one. */
async function storeLanguage(lang: string): Promise<void> {
	if (!languageCodes.some((code) => code === lang)) throw new Error(`Unknown language ${lang}`);
	const cache = await caches.open(languageCache(version, lang));
	if (await cache.match(completeMarker)) return;
	await unpack(cache, packUrl(lang, version), (paths) =>
		prerendered.filter((path) => languageOf(path) === lang && !paths.has(path))
	);
	// Written last: only a complete language counts as stored.
	await cache.put(completeMarker, new Response(version));
}

/**
 * Downloads a pack and stores each of its files. Refused, before anything is stored, if it is of another build or
 * `lacking` names a file it should hold. A cut connection makes it throw, and nothing is marked complete.
 */
async function unpack(cache: Cache, url: string, lacking: (paths: Set<string>) => string[]): Promise<void> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const pack = (await response.json()) as LanguagePack;
	if (pack.version !== version || lacking(new Set(pack.files.map((file) => file.path))).length) {
		throw new Error(`${url} does not match this build`);
	}
	await Promise.all(
		pack.files.map((file) => cache.put(file.path, new Response(file.body, { headers: { 'content-type': file.type } })))
	);
}

/** Languages stored completely under a version; for the one running, its shared code must be complete too. */
async function completeLanguages(of: string): Promise<string[]> {
	const existing = new Set(await caches.keys());
	const complete = async (name: string) =>
		existing.has(name) && Boolean(await (await caches.open(name)).match(completeMarker));
	if (of === version && !(await complete(sharedCache(version)))) return [];
	const found = await Promise.all(languageCodes.map(async (lang) => ((await complete(languageCache(of, lang))) ? lang : undefined)));
	return found.filter((lang): lang is string => lang !== undefined);
}

/** The languages of the pages open now, the first visit's page among them (it is not controlled yet). */
async function openLanguages(): Promise<string[]> {
	const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return [...new Set(windows.map((w) => languageOf(new URL(w.url).pathname)).filter((l): l is string => Boolean(l)))];
}
