import { languages } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

// Prerendered in every language, so it travels in each language's offline pack; the query is read in the browser.
export const entries: EntryGenerator = () => languages.map(({ code }) => ({ lang: code }));
