import { findPage, guideFor, loadGuide, loadPage, topicsOfArea, type PageModule } from '$lib/content/guide';
import type { PageSummary } from '$lib/content/loader';
import type { Level } from '$lib/content/schema';
import { topicGroups, type Choice, type ChoiceGroup } from './planner';

/** A link from a part of the planner to the page (and place on it) that explains it. */
export interface GuideLink {
	href: string;
	title: string;
}

/** What the planner takes from the guide: the options of its pick-lists and the pages that explain each part. */
export interface PlannerContent {
	aims: Choice[];
	levels: Choice[];
	/** The four levels with their meaning and examples, for the map. */
	levelDetails: Level[];
	causes: Choice[];
	topics: ChoiceGroup[];
	guide: Record<'aims' | 'research' | 'levels' | 'allies' | 'topics' | 'strategy' | 'funding' | 'resistance', GuideLink>;
}

function requirePage(lang: string, route: string): PageSummary {
	const page = findPage(lang, route);
	if (!page) throw new Error(`The planner needs the guide page ${lang}/${route}, which does not exist`);
	return page;
}

function requireList<T>(list: T[] | undefined, what: string, page: PageSummary): T[] {
	if (!list?.length) throw new Error(`The planner needs the ${what} in content/${page.file}, which has none`);
	return list;
}

/** Reads the four guide pages the planner is built from; fails with the file's name when a part is missing. */
export async function loadPlannerContent(lang: string): Promise<PlannerContent> {
	await loadGuide(lang);
	const pages = {
		aims: requirePage(lang, 'think/aims'),
		steps: requirePage(lang, 'plan/five-steps'),
		levels: requirePage(lang, 'annex/socio-ecological-model'),
		resistance: requirePage(lang, 'plan/resistance')
	};
	const [aims, steps, levels, resistance] = await Promise.all(
		[pages.aims, pages.steps, pages.levels, pages.resistance].map((page) => loadPage(page))
	) as [PageModule, PageModule, PageModule, PageModule];

	const stepList = requireList(steps.metadata.steps, 'steps', pages.steps);
	const step = (id: string): GuideLink => {
		const found = stepList.find((s) => s.id === id);
		if (!found) throw new Error(`The planner needs step "${id}" in content/${pages.steps.file}`);
		return { href: `${pages.steps.href}#${id}`, title: found.title };
	};

	return {
		aims: requireList(aims.metadata.aims, 'aims', pages.aims).map((a) => ({ id: a.id, label: a.title })),
		levels: requireList(levels.metadata.levels, 'levels', pages.levels).map((l) => ({ id: l.id, label: l.title })),
		levelDetails: requireList(levels.metadata.levels, 'levels', pages.levels),
		causes: requireList(resistance.metadata.causes, 'causes', pages.resistance).map((c) => ({ id: c.id, label: c.text })),
		topics: topicGroups(guideFor(lang).areas, (area) => topicsOfArea(lang, area)),
		guide: {
			aims: { href: pages.aims.href, title: pages.aims.title },
			research: step('step.research'),
			levels: { href: pages.levels.href, title: pages.levels.title },
			allies: step('step.allies'),
			topics: step('step.topics'),
			strategy: step('step.strategy'),
			funding: step('step.funding'),
			resistance: { href: pages.resistance.href, title: pages.resistance.title }
		}
	};
}
