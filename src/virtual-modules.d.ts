// Ambient (no imports or exports at the top level), so this declares the module rather than augmenting one.
declare module 'virtual:birge/content-index' {
	/** Each published language's navigation index, loaded on demand (src/lib/content/vite-plugin.ts). */
	export const guides: Record<
		string,
		() => Promise<{ guide: import('$lib/content/loader').LanguageIndex; messages: Record<string, (inputs: unknown) => string> }>
	>;
	/** Each language's page summaries by route, for the list of topics. */
	export const summaries: Record<string, () => Promise<{ summaries: Record<string, string> }>>;
}

declare module 'virtual:birge/workshop-catalog' {
	export const workshopCatalog: import('$lib/content/workshop-catalog').WorkshopCatalog;
}

declare module 'virtual:birge/workshop-catalog' {
	/** Every item a workshop can show, by language (src/lib/content/workshop-catalog.ts). */
	export const workshopCatalog: import('$lib/content/workshop-catalog').WorkshopCatalog;
}

declare module 'virtual:birge/search-index' {
	/** Each language's search index, loaded by the search page only (src/lib/server/search-index.ts makes it). */
	export const searchIndexes: Record<string, () => Promise<{ entries: import('$lib/search/entry').SearchIndexEntry[] }>>;
}
