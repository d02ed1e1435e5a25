// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module 'virtual:birge/content-index' {
	export const contentIndex: import('$lib/content/loader').ContentIndex;
}

export {};
