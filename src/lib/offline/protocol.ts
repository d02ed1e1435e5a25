// Shared by the service worker (src/service-worker.ts) and the page: cache names, the language pack's shape and
// the messages between them. Plain TypeScript with no imports from the app, so the worker's bundle stays small.

/**
 * Where a language's pages and text chunks arrive in one download, and (as `shared`) the small files every language
 * shares: Kit's route entries, stylesheets, the start page, the offline shell, manifest and favicon. Written by
 * scripts/build-offline.mjs.
 */
export function packUrl(lang: string | 'shared', version: string): string {
	return `/_app/offline/${lang}.${version}.json`;
}

/**
 * Which shared files travel in the shared pack: all but the large chunks (fetched on their own, in parallel, often
 * already in the HTTP cache) and the icons (binary). scripts/build-offline.mjs applies the same rule, and the build
 * output test checks that they agree.
 */
export function inSharedPack(path: string): boolean {
	return !path.startsWith('/_app/immutable/chunks/') && !path.endsWith('.png');
}

export interface LanguagePack {
	/** The build it belongs to; a pack of another build is refused. */
	version: string;
	files: { path: string; type: string; body: string }[];
}

/** Code and files every language shares, stored once per version: `birge-<version>-shared`. */
export function sharedCache(version: string): string {
	return `birge-${version}-shared`;
}

/** The version a shared cache belongs to, or undefined for any other cache. */
export function versionOfSharedCache(name: string): string | undefined {
	return /^birge-(.+)-shared$/.exec(name)?.[1];
}

/** One language's pages and text, per version: `birge-<version>-ru`. */
export function languageCache(version: string, lang: string): string {
	return `birge-${version}-${lang}`;
}

/** Written into a cache after everything else: a cache without it is a download cut off half way. */
export const completeMarker = '/__birge/complete';

/** Language chunks are built into a folder of their own (vite.config.ts), so the worker can tell them apart. */
export const languageChunk = /^\/_app\/immutable\/chunks\/([a-z]{2,3})\//;

export type OfflineRequest =
	| { type: 'SKIP_WAITING' }
	/** Which languages are stored completely under this version. */
	| { type: 'STATUS' }
	/** Stores a language (and whatever shared file is still missing); the answer comes when it is done or failed. */
	| { type: 'KEEP_LANGUAGE'; lang: string }
	/** Addresses the page loaded before the worker controlled it, so the page itself opens offline. */
	| { type: 'KEEP_URLS'; urls: string[] };

export interface OfflineReply {
	version: string;
	/** Languages stored completely: every page and text chunk, and the shared code. */
	stored: string[];
	error?: string;
}
