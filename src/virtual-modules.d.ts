// Ambient (no imports or exports at the top level), so this declares the module rather than augmenting one.
declare module 'virtual:birge/content-index' {
	export const contentIndex: import('$lib/content/loader').ContentIndex;
}

declare module 'virtual:birge/workshop-catalog' {
	export const workshopCatalog: import('$lib/content/workshop-catalog').WorkshopCatalog;
}
