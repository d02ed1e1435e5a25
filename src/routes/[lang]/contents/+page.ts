import { languages } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => languages.map(({ code }) => ({ lang: code }));
