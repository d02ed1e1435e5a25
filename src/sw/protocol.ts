// Shared by the service worker and the page: the messages between them and the shape of a language pack.

export interface LanguagePack {
	/** Address of the pack file, content-hashed: `/_app/offline/en.1a2b3c4d.json`. */
	url: string;
	hash: string;
	/** Every address the pack answers for: the language's pages and its text chunks. */
	paths: string[];
}

export type LanguagePacks = Record<string, LanguagePack>;

export interface PackFile {
	path: string;
	type: string;
	body: string;
}

export type SwRequest =
	| { type: 'SKIP_WAITING' }
	| { type: 'LANGUAGE_STATUS'; lang: string }
	| { type: 'CACHE_LANGUAGE'; lang: string };

export type SwReply = { type: 'LANGUAGE'; ready: boolean; version: string; error?: string };

export function packCacheName(lang: string, hash: string): string {
	return `birge-pack-${lang}-${hash}`;
}
