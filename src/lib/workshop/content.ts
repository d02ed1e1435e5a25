import { findPage, loadPage } from '$lib/content/guide';
import type { Frontmatter } from '$lib/content/schema';
import type { Agenda } from '$lib/store/schema';
import { findCatalogItem } from './catalog';

/**
 * The frontmatter of every page an agenda uses, loaded in parallel. Each page's text is its own chunk, stored for
 * offline use in the language pack, so presenting needs no network. A page that fails to load is left out.
 */
export async function loadAgendaPages(lang: string, agenda: Pick<Agenda, 'items'>): Promise<Map<string, Frontmatter>> {
	const routes = new Set(agenda.items.map((entry) => findCatalogItem(lang, entry.ref)?.route).filter((r) => r !== undefined));
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
