import type { Page } from './loader.ts';

/**
 * What a workshop item shows; each kind turns into its own slides (src/lib/workshop/slides.ts). `app` is the slide
 * with a QR code of the app's own address, the one item that comes from no page.
 */
export type WorkshopKind = 'question' | 'aim' | 'step' | 'causes' | 'recommendation' | 'topic' | 'app';

/** The builder's lists, in this order. Topics are listed by their area, conversation starters by their group. */
export const workshopGroups = ['norms', 'aims', 'steps', 'causes', 'recommendations', 'topics', 'starters', 'app'] as const;
export type WorkshopGroup = (typeof workshopGroups)[number];

/**
 * One thing a facilitator can put on an agenda. `ref` is what the agenda stores: the item's stable id from the
 * frontmatter (`think.norms.q1`, `aim.peers`), or, for a whole page (a topic, the list of causes), its route.
 */
export interface CatalogItem {
	ref: string;
	kind: WorkshopKind;
	group: WorkshopGroup;
	/** The page the text is on, so a slide loads only that page's frontmatter; '' for the app's own item. */
	route: string;
	title: string;
	area?: string;
	/** A conversation starter's group ("At work"), which the builder shows as a heading. */
	subgroup?: string;
}

export type WorkshopCatalog = Record<string, CatalogItem[]>;

/** The norms exercise is named by its route, which every language keeps. */
const normsRoute = 'think/norms';

/** The items of every language, from the checked pages; only titles travel, the text loads when presented. */
export function toWorkshopCatalog(pages: Page[]): WorkshopCatalog {
	const catalog: WorkshopCatalog = {};
	for (const { lang, route, meta } of pages) {
		const items = (catalog[lang] ??= []);
		const add = (item: Omit<CatalogItem, 'route'>) => items.push({ ...item, route });
		if (route === normsRoute) {
			for (const q of meta.questions ?? []) add({ ref: q.id, kind: 'question', group: 'norms', title: q.prompt });
		}
		for (const a of meta.aims ?? []) add({ ref: a.id, kind: 'aim', group: 'aims', title: a.title });
		for (const s of meta.steps ?? []) add({ ref: s.id, kind: 'step', group: 'steps', title: s.title });
		if (meta.causes?.length) add({ ref: route, kind: 'causes', group: 'causes', title: meta.title });
		for (const r of meta.recommendations ?? []) {
			add({ ref: r.id, kind: 'recommendation', group: 'recommendations', title: r.title });
		}
		if (meta.scenario && meta.section === 'annex2') {
			add({ ref: route, kind: 'topic', group: 'topics', title: meta.title, ...(meta.area ? { area: meta.area } : {}) });
		}
		// A starter is named by its own id and shows the scenario page it opens: an Annex 2 topic or one of Birge's own.
		for (const group of meta.starterGroups ?? []) {
			for (const s of group.starters) {
				items.push({ ref: s.id, kind: 'topic', group: 'starters', route: s.topic, title: s.title, subgroup: group.title });
			}
		}
	}
	for (const items of Object.values(catalog)) {
		items.sort((a, b) => workshopGroups.indexOf(a.group) - workshopGroups.indexOf(b.group));
	}
	return catalog;
}
