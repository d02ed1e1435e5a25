import type { CatalogItem, WorkshopGroup } from '$lib/content/workshop-catalog';
import type { Frontmatter } from '$lib/content/schema';
import type { Agenda } from '$lib/store/schema';

/** What a slide's small heading says beside its title; the component turns it into the reader's language. */
export type SlidePart = 'do' | 'avoid' | 'dont' | 'meaning' | 'why' | 'actions';

/** One idea on the wall. `item` is the agenda item it belongs to (its timer), -1 for the opening slide. */
export interface Slide {
	item: number;
	kind: 'title' | 'text' | 'list' | 'scenario' | 'question' | 'app';
	group?: WorkshopGroup;
	/** The topic's or page's title above a question, so the room keeps its bearings. */
	context?: string;
	heading: string;
	part?: SlidePart;
	intro?: string;
	text?: string;
	list?: string[];
}

/**
 * How many characters of list items fit on one slide at the smallest body size (32 px on a 1280×720 stage), with
 * room to spare for languages whose words run longer; longer lists continue on the next slide.
 */
export const listBudget = 420;

export function chunkList(items: string[], budget = listBudget): string[][] {
	const chunks: string[][] = [];
	let current: string[] = [];
	let length = 0;
	for (const item of items) {
		if (current.length > 0 && length + item.length > budget) {
			chunks.push(current);
			current = [];
			length = 0;
		}
		current.push(item);
		length += item.length;
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

/** The slides of one catalog item, from its page's frontmatter; none when the page no longer has it. */
export function itemSlides(item: CatalogItem, meta: Frontmatter | undefined, index: number): Slide[] {
	const base = { item: index, group: item.group };
	// The QR code of the app's address is drawn by the slide itself, from where the projecting laptop serves it.
	if (item.kind === 'app') return [{ ...base, kind: 'app', heading: item.title }];
	if (!meta) return [];
	switch (item.kind) {
		case 'question': {
			const q = meta.questions?.find((x) => x.id === item.ref);
			if (!q) return [];
			const intro: Slide[] = q.intro ? [{ ...base, kind: 'text', heading: meta.title, text: q.intro }] : [];
			return [...intro, { ...base, kind: 'question', context: meta.title, heading: q.prompt }];
		}
		case 'aim': {
			const aim = meta.aims?.find((x) => x.id === item.ref);
			if (!aim) return [];
			return [
				...chunkList(aim.do).map((list): Slide => ({ ...base, kind: 'list', heading: aim.title, part: 'do', list })),
				{ ...base, kind: 'text', heading: aim.title, part: 'avoid', text: aim.avoid }
			];
		}
		case 'step': {
			const step = meta.steps?.find((x) => x.id === item.ref);
			if (!step) return [];
			return [
				{ ...base, kind: 'text', heading: step.title, part: 'meaning', text: step.meaning },
				{ ...base, kind: 'text', heading: step.title, part: 'why', text: step.why },
				...chunkList(step.actions).map((list): Slide => ({ ...base, kind: 'list', heading: step.title, part: 'actions', list }))
			];
		}
		case 'causes':
			return chunkList((meta.causes ?? []).map((c) => c.text)).map((list) => ({ ...base, kind: 'list', heading: meta.title, list }));
		case 'recommendation': {
			const rec = meta.recommendations?.find((x) => x.id === item.ref);
			if (!rec) return [];
			return [
				{ ...base, kind: 'text', heading: rec.title, part: 'do', text: rec.do },
				{ ...base, kind: 'text', heading: rec.title, part: 'dont', text: rec.dont }
			];
		}
		case 'topic': {
			if (!meta.scenario) return [];
			const questions = (meta.questions ?? []).map(
				(q): Slide => ({ ...base, kind: 'question', context: meta.title, heading: q.prompt, ...(q.intro ? { intro: q.intro } : {}) })
			);
			return [{ ...base, kind: 'scenario', heading: meta.title, text: meta.scenario }, ...questions];
		}
	}
}

/**
 * The whole deck: an opening slide with the agenda's title, then each item's slides in agenda order. Items the guide
 * no longer has (or whose page did not load) are left out rather than shown empty.
 */
export function buildSlides(
	agenda: Pick<Agenda, 'title' | 'date' | 'items'>,
	find: (ref: string) => CatalogItem | undefined,
	metaOf: (route: string) => Frontmatter | undefined,
	untitled: string
): Slide[] {
	const slides: Slide[] = [{ item: -1, kind: 'title', heading: agenda.title.trim() || untitled, text: agenda.date }];
	agenda.items.forEach((entry, index) => {
		const item = find(entry.ref);
		if (item) slides.push(...itemSlides(item, item.kind === 'app' ? undefined : metaOf(item.route), index));
	});
	return slides;
}

/** A scenario card for the printed handout: the situation and its questions. */
export interface ScenarioCard {
	title: string;
	scenario: string;
	questions: string[];
}

export function scenarioCards(
	agenda: Pick<Agenda, 'items'>,
	find: (ref: string) => CatalogItem | undefined,
	metaOf: (route: string) => Frontmatter | undefined
): ScenarioCard[] {
	const cards: ScenarioCard[] = [];
	for (const entry of agenda.items) {
		const item = find(entry.ref);
		const meta = item?.kind === 'topic' ? metaOf(item.route) : undefined;
		if (meta?.scenario) {
			cards.push({ title: meta.title, scenario: meta.scenario, questions: (meta.questions ?? []).map((q) => q.prompt) });
		}
	}
	return cards;
}
