import { languages } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

// One page per language; the part to print is `?part=`, read in the browser (prerendered pages have no query).
export const entries: EntryGenerator = () => languages.map(({ code }) => ({ lang: code }));
