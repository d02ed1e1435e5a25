import { error } from '@sveltejs/kit';
import { languages } from '$lib/i18n/languages';
import { isWorkshopMode, workshopModes } from '$lib/workshop/modes';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	languages.flatMap(({ code }) => workshopModes.map((mode) => ({ lang: code, mode: mode || undefined })));

export const load = (({ params }) => {
	const mode = params.mode ?? '';
	if (!isWorkshopMode(mode)) error(404, 'Not found');
	// Slides, the presenter view and the cards fill the window, without the site's header and footer. The cards keep
	// the Quick exit bar; the presenter view draws its own button, and the slides on the wall none (Esc ×3 and an exit
	// in another tab still close them).
	return { mode, bare: mode !== '', exitBar: mode === 'handouts' };
}) satisfies PageLoad;
