import { languages } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

// Stored with each language, so it opens offline: the service worker sends the reader here when an address they
// open is in a language (or a part of one) not on the device yet.
export const entries: EntryGenerator = () => languages.map(({ code }) => ({ lang: code }));
