/**
 * The interface messages of each language the browser has fetched (with that language's index; see
 * src/lib/i18n/vite-plugin.ts). Paraglide's message functions read their text from here in the browser.
 */
export const loadedMessages: Record<string, Record<string, (inputs: unknown) => string>> = {};
