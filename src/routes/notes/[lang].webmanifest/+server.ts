import { error } from '@sveltejs/kit';
import { isLanguage, languages } from '$lib/i18n/languages';
import { m } from '$lib/paraglide/messages.js';
import type { EntryGenerator, RequestHandler } from './$types';

// The neutral manifest of a discreet install (src/lib/privacy/discreet-install.ts), one per language so the home
// screen says "Notes" in the reader's own. Outside /<lang>/, whose addresses are the language's pages: this file
// travels with the small shared files of the offline copy (scripts/build-offline.mjs), not in a language's pack. Same `id` and scope as Birge's: it is the same app under another name,
// so turning the setting on or off renames an installed copy rather than installing a second one.
export const prerender = true;

export const entries: EntryGenerator = () => languages.map(({ code }) => ({ lang: code }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLanguage(params.lang)) error(404, 'Not found');
	const locale = params.lang;
	const name = m.lock_discreet_app_name({}, { locale });
	const manifest = {
		name,
		short_name: name,
		description: m.lock_discreet_app_description({}, { locale }),
		lang: locale,
		dir: 'ltr',
		start_url: '/',
		scope: '/',
		id: '/',
		display: 'standalone',
		orientation: 'any',
		theme_color: '#6b5a2e',
		background_color: '#fffdf6',
		icons: [
			{ src: '/icons/notes-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/notes-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/notes-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	};
	return new Response(JSON.stringify(manifest, null, '\t'), { headers: { 'content-type': 'application/manifest+json' } });
};
