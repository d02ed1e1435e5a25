import { findPage, loadPage } from '$lib/content/guide';
import type { Frontmatter } from '$lib/content/schema';
import type { Agenda } from '$lib/store/schema';
import { findCatalogItem } from './catalog';

/**
 * The frontmatter of every page an agenda uses, loaded in parallel. Each page's text is its own chunk, stored for
 * offline use in the language pack, so presenting needs no network. A page that fails to load is left out.
 */
export async function loadAgendaPages(lang: string, agenda: Pick<Agenda, 'items'>): Promise<Map<string, Frontmatter>> {
	const routes = new Set<string>();
	for (const entry of agenda.items) {
		const item = findCatalogItem(lang, entry.ref);
		// The app's own item has no page to load.
		if (item && item.kind !== 'app') routes.add(item.route);
	}
	const loaded = await Promise.all(
		[...routes].map(async (route) => {
			const page = findPage(lang, route);
			if (!page) return undefined;
			try {
				return [route, (await loadPage(page)).metadata] as const;
			} catch {
				return undefined;
			}
		})
	);
	return new Map(loaded.filter((entry) => entry !== undefined));
}

export type AgendaProblem = 'not-found' | 'storage';

/** An agenda to show (projected or printed) with the pages it uses, or why it cannot be shown. */
export async function openAgenda(
	lang: string,
	agendaId: string | null | undefined
): Promise<{ agenda: Agenda; pages: Map<string, Frontmatter> } | { problem: AgendaProblem }> {
	let agenda: Agenda | undefined;
	try {
		const { getAgenda } = await import('$lib/store/agendas');
		agenda = agendaId ? await getAgenda(agendaId) : undefined;
	} catch {
		return { problem: 'storage' };
	}
	if (!agenda) return { problem: 'not-found' };
	return { agenda, pages: await loadAgendaPages(lang, agenda) };
}
