import { getLocale } from '$lib/paraglide/runtime';

/**
 * The interface messages of each language the browser has fetched (with that language's index; see
 * src/lib/i18n/vite-plugin.ts). Paraglide's message functions read their text from here in the browser.
 */
export const loadedMessages: Record<string, Record<string, (inputs: unknown) => string>> = {};

/**
 * A shared message as the browser build compiles it (src/lib/i18n/vite-plugin.ts): a lookup in the loaded language
 * by key. One small function per message, with its key written once, keeps the first-load chunk small.
 */
export function loadedMessage(key: string) {
	return (inputs: unknown = {}, options: { locale?: string } = {}) =>
		loadedMessages[options.locale ?? getLocale()]?.[key]?.(inputs) ?? key;
}
