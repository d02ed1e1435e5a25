import type { Component } from 'svelte';
import { loadPage, partOf, type PartId } from '$lib/content/guide';
import type { PageSummary } from '$lib/content/loader';
import type { Area, Frontmatter } from '$lib/content/schema';

/** A page of the booklet with its text, loaded from its chunk (the offline pack holds them all). */
export interface BookletPage {
	page: PageSummary;
	meta: Frontmatter;
	body: Component;
}

export async function loadBookletPages(pages: PageSummary[]): Promise<BookletPage[]> {
	return Promise.all(
		pages.map(async (page) => {
			const module = await loadPage(page);
			return { page, meta: module.metadata, body: module.default };
		})
	);
}

/** One line of the booklet's contents: a page with its page number, or the name of an area of topics above them. */
export type ContentsLine = { kind: 'page'; route: string; title: string; lang?: string } | { kind: 'area'; title: string };

/** A part of the guide in the contents (Think, Plan…); pages outside the parts (welcome, About) have no heading. */
export interface ContentsGroup {
	part?: PartId;
	lines: ContentsLine[];
}

/** The contents of a booklet, grouped by part in the pages' order, with Annex 2's topics under their areas. */
export function contentsOf(pages: PageSummary[], areas: Area[]): ContentsGroup[] {
	const groups: ContentsGroup[] = [];
	let area: string | undefined;
	for (const page of pages) {
		const part = partOf(page.section);
		let group = groups.at(-1);
		if (!group || group.part !== part) groups.push((group = { ...(part ? { part } : {}), lines: [] }));
		if (page.area && page.area !== area) {
			const title = areas.find((a) => a.id === page.area)?.title;
			if (title) group.lines.push({ kind: 'area', title });
		}
		area = page.area;
		group.lines.push({ kind: 'page', route: page.route, title: page.title, ...(page.fallbackFrom ? { lang: page.fallbackFrom } : {}) });
	}
	return groups;
}
