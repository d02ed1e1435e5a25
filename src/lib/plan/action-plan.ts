import { m } from '$lib/paraglide/messages.js';
import { emptyLevel, kindHeadings, levelNames, placeByLevel, type Placed } from '$lib/map/levels';
import { plannerStores } from '$lib/store/planner-lists';
import type { Activity, Ally, CheckIn, HarmCheck, Partner, Referral, TargetGroup } from '$lib/store/schema';
import { harmSubjects, sortPoints } from '$lib/workbook/do-no-harm';
import { partnerLogs } from '$lib/workbook/accountability';
import { allyKindLabels } from '$lib/workbook/ally-kinds';
import { formatIsoDate } from '$lib/workbook/dates';
import { firstActionCount, firstActionIds, initiativeNameId, isIsoDate } from '$lib/workbook/first-actions';
import { workbookHref } from '$lib/workbook/parts';
import type { PlannerContent } from '$lib/workbook/planner-content';
import { byName } from '$lib/workbook/planner';
import { referralKindLabels, sortReferrals } from '$lib/workbook/referrals';

/** The sections of the plan, in print order; the ids are what the section choice remembers. */
export const planSectionIds = [
	'aims',
	'audience',
	'entry-points',
	'levels',
	'steps',
	'allies',
	'resistance',
	'do-no-harm',
	'referrals',
	'accountability',
	'first-actions'
] as const;
export type PlanSectionId = (typeof planSectionIds)[number];

export const planSectionTitles: Record<PlanSectionId, () => string> = {
	aims: m.actionplan_section_aims,
	audience: m.actionplan_section_audience,
	'entry-points': m.actionplan_section_entry_points,
	levels: m.map_section,
	'do-no-harm': m.harm_section,
	steps: m.actionplan_section_steps,
	allies: m.actionplan_section_allies,
	resistance: m.actionplan_section_resistance,
	referrals: m.actionplan_section_referrals,
	accountability: m.actionplan_section_accountability,
	'first-actions': m.actionplan_section_first_actions
};

/** One labelled value. */
export interface PlanField {
	label: string;
	value: string;
	/** A phone number or opening hours: one unbroken line, on screen and on paper. */
	whole?: boolean;
}

/**
 * What a section holds: a user's answer, a list of picks, named records, a table, or a group under a heading.
 * A label is '' where the section's heading already says what the block is ("Allies" under "5. Allies").
 */
export type PlanBlock =
	| { kind: 'answer'; label: string; text: string }
	| { kind: 'list'; label: string; items: string[] }
	| { kind: 'records'; label: string; records: { title: string; fields: PlanField[] }[] }
	| { kind: 'table'; label: string; columns: string[]; rows: PlanField[][] }
	| { kind: 'group'; heading: string; blocks: PlanBlock[]; empty?: string };

export interface PlanSection {
	id: PlanSectionId;
	/** 1-based, in the order of the sections shown. */
	number: number;
	heading: string;
	blocks: PlanBlock[];
	/** Where to fill in a section that has nothing yet. */
	fillIn?: { href: string; title: string };
}

export interface ActionPlan {
	/** The initiative's name, or a neutral title when the user has not named it. */
	title: string;
	named: boolean;
	/** "As of 3 Mar 2026". */
	dateLine: string;
	sections: PlanSection[];
}

/** Everything the plan is built from: the workbook's records and the guide's labels for the ids saved in it. */
export interface PlanSources {
	lang: string;
	/** Today as `YYYY-MM-DD`. */
	today: string;
	/** Answers by id, empty ones left out. */
	answers: ReadonlyMap<string, string>;
	selections: Partial<Record<'aims' | 'levels' | 'causes' | 'topics', { values: readonly string[]; own: readonly string[] }>>;
	targetGroups: readonly TargetGroup[];
	allies: readonly Ally[];
	activities: readonly Activity[];
	harmChecks: readonly HarmCheck[];
	referrals: readonly Referral[];
	partners: readonly Partner[];
	checkIns: readonly CheckIn[];
	content: PlannerContent;
}

/** A field's label before its value: "Age: 16", but "Where can you reach them? After training". */
export function labelled(label: string, value: string): string {
	return /[?:：？]$/.test(label) ? `${label} ${value}` : `${label}: ${value}`;
}

const filled = (value: string | undefined): value is string => Boolean(value?.trim());

function answer(sources: PlanSources, id: string, label: string): PlanBlock[] {
	const text = sources.answers.get(id);
	return filled(text) ? [{ kind: 'answer', label, text: text.trim() }] : [];
}

function list(label: string, items: readonly string[]): PlanBlock[] {
	const kept = items.map((item) => item.trim()).filter(Boolean);
	return kept.length ? [{ kind: 'list', label, items: kept }] : [];
}

function fields(pairs: [label: string, value: string][]): PlanField[] {
	return pairs.filter(([, value]) => filled(value)).map(([label, value]) => ({ label, value: value.trim() }));
}

/**
 * The labels of the chosen ids, in the order the guide shows the options. An id this version of the guide does not
 * know (saved by another version) is shown as it is rather than dropped, so nothing chosen disappears from the plan.
 */
function chosen(sources: PlanSources, name: 'aims' | 'levels' | 'causes' | 'topics'): { picked: string[]; own: string[] } {
	const selection = sources.selections[name];
	if (!selection) return { picked: [], own: [] };
	const options =
		name === 'topics' ? sources.content.topics.flatMap((group) => group.choices) : sources.content[name];
	const values = new Set(selection.values);
	const known = options.filter((option) => values.has(option.id));
	const unknown = selection.values.filter((id) => !options.some((option) => option.id === id));
	return { picked: [...known.map((option) => option.label), ...unknown], own: [...selection.own] };
}

const named = <T extends { id: string; name: string }>(records: readonly T[]) => [...records].sort(byName);

function targetGroupRecords(groups: readonly TargetGroup[]): PlanBlock[] {
	if (!groups.length) return [];
	return [
		{
			kind: 'records',
			label: m.planner_target_groups_heading(),
			records: named(groups).map((group) => ({
				title: group.name.trim() || m.planner_target_group_unnamed(),
				fields: fields([
					[m.planner_target_group_age(), group.age],
					[m.planner_target_group_place(), group.place],
					[m.planner_target_group_where_when(), group.whereWhen],
					[m.planner_target_group_barriers(), group.barriers],
					[m.planner_target_group_motivators(), group.motivators]
				])
			}))
		}
	];
}

/**
 * The five steps, with what was decided for each. Names already listed in their own section (target groups, allies,
 * topics) are not printed twice: the step points to that section, and lists them only when it is left out.
 */
function steps(sources: PlanSources, numbers: ReadonlyMap<PlanSectionId, number>): PlanBlock[] {
	const { guide } = sources.content;
	const topics = chosen(sources, 'topics');
	const listOrSee = (section: PlanSectionId, label: string, items: string[]): PlanBlock[] => {
		const number = numbers.get(section);
		if (number === undefined || !items.length) return list(label, items);
		return [{ kind: 'answer', label: '', text: m.actionplan_see_section({ number, title: planSectionTitles[section]() }) }];
	};
	const decided: [title: string, blocks: PlanBlock[]][] = [
		[
			guide.research.title,
			[
				...listOrSee('audience', m.planner_target_groups_heading(), named(sources.targetGroups).map((g) => g.name)),
				...answer(sources, 'plan.approach.q1', m.actionplan_answer_audience())
			]
		],
		[
			guide.allies.title,
			[
				...listOrSee('allies', m.planner_allies_list_heading(), named(sources.allies).map((a) => a.name)),
				...answer(sources, 'plan.approach.q4', m.actionplan_answer_resources())
			]
		],
		[guide.topics.title, listOrSee('entry-points', m.actionplan_topics(), [...topics.picked, ...topics.own])],
		[
			guide.strategy.title,
			[
				...answer(sources, 'planner.strategy.objectives', m.planner_strategy_objectives()),
				...answer(sources, 'planner.strategy.outcomes', m.planner_strategy_outcomes()),
				...answer(sources, 'planner.strategy.methods', m.planner_strategy_methods()),
				...answer(sources, 'planner.strategy.participation', m.planner_strategy_participation())
			]
		],
		[
			guide.funding.title,
			[
				...answer(sources, 'planner.funding.sources', m.planner_funding_sources()),
				...answer(sources, 'planner.funding.inKind', m.planner_funding_in_kind()),
				...answer(sources, 'planner.funding.budget', m.planner_funding_budget())
			]
		]
	];
	// A step with no decision yet stays in the list, so a printed plan shows what is still open.
	if (decided.every(([, blocks]) => !blocks.length)) return [];
	return decided.map(([title, blocks], i) => ({
		kind: 'group',
		heading: m.actionplan_step({ number: i + 1, title }),
		blocks,
		empty: blocks.length ? undefined : m.actionplan_step_open()
	}));
}

/**
 * What is planned at each level, inner to outer; a level with nothing says so, since a gap is worth seeing on paper.
 * Records not placed yet come last. Nothing at all: the section is empty and points to the planner.
 */
function levels(sources: PlanSources): PlanBlock[] {
	const records: Placed[] = [
		...sources.targetGroups.map((r) => ({ store: 'targetGroups' as const, id: r.id, name: r.name.trim() || m.planner_target_group_unnamed(), level: r.level })),
		...sources.allies.map((r) => ({ store: 'allies' as const, id: r.id, name: r.name.trim() || m.planner_ally_unnamed(), level: r.level })),
		...sources.activities.map((r) => ({
			store: 'activities' as const,
			id: r.id,
			name: [r.name.trim() || m.activities_unnamed(), r.when.trim()].filter(Boolean).join(' — '),
			level: r.level
		}))
	];
	if (!records.length) return [];
	const map = placeByLevel(records);
	const byKind = (placed: Record<(typeof plannerStores)[number], Placed[]>) =>
		plannerStores.flatMap((store) => list(kindHeadings[store](), placed[store].map((r) => r.name)));
	const groups: PlanBlock[] = map.levels.map((level) => ({
		kind: 'group',
		heading: m.map_plan_level({ number: level.number, name: levelNames[level.level]() }),
		blocks: byKind(level.byKind),
		empty: level.count ? undefined : emptyLevel[level.level]()
	}));
	if (map.unplaced.length) {
		const unplaced = Object.fromEntries(plannerStores.map((store) => [store, map.unplaced.filter((r) => r.store === store)]));
		groups.push({ kind: 'group', heading: m.map_plan_not_placed(), blocks: byKind(unplaced as Record<(typeof plannerStores)[number], Placed[]>) });
	}
	return groups;
}

/** The do-no-harm check of the initiative and of each activity: what is still to do first, then what is settled. */
function doNoHarm(sources: PlanSources): PlanBlock[] {
	return harmSubjects(sources.activities, sources.harmChecks).map((subject) => {
		const sorted = sortPoints(subject.check);
		const withNote = ({ point, note }: { point: { title: () => string }; note: string }) =>
			note ? m.harm_plan_with_note({ item: point.title(), note }) : point.title();
		return {
			kind: 'group',
			heading: subject.title,
			blocks: [
				...list(m.harm_plan_todo(), sorted.open.map(withNote)),
				...list(m.harm_plan_done(), sorted.done.map(withNote)),
				...list(m.harm_plan_not_relevant(), sorted['not-relevant'].map(withNote))
			]
		};
	});
}

function referralTable(sources: PlanSources): PlanBlock[] {
	if (!sources.referrals.length) return [];
	const rows = sortReferrals(sources.referrals, { by: 'kind', lang: sources.lang }).map((referral) => [
		{ label: m.referrals_name(), value: referral.name.trim() },
		{ label: m.referrals_kind(), value: referralKindLabels[referral.kind]() },
		{ label: m.referrals_phone(), value: referral.phone.trim(), whole: true },
		{ label: m.referrals_address(), value: referral.address.trim() },
		{ label: m.referrals_hours(), value: referral.hours.trim(), whole: true },
		{ label: m.referrals_notes(), value: referral.notes.trim() },
		{ label: m.referrals_checked_on(), value: formatIsoDate(referral.checkedOn, sources.lang) }
	]);
	return [{ kind: 'table', label: '', columns: rows[0]!.map((cell) => cell.label), rows }];
}

function accountability(sources: PlanSources): PlanBlock[] {
	const logs = partnerLogs(sources.partners, sources.checkIns, sources.lang).flatMap(({ partner, checkIns }) => {
		const heading = partner.name.trim() || m.accountability_partner_name();
		const blocks: PlanBlock[] = filled(partner.contact)
			? [{ kind: 'answer', label: m.accountability_contact(), text: partner.contact.trim() }]
			: [];
		if (checkIns.length) {
			blocks.push({
				kind: 'table',
				label: m.accountability_checkins_label({ name: heading }),
				columns: [m.accountability_date(), m.accountability_said(), m.accountability_change()],
				rows: checkIns.map((checkIn) => [
					{ label: m.accountability_date(), value: formatIsoDate(checkIn.date, sources.lang) },
					{ label: m.accountability_said(), value: checkIn.said.trim() },
					{ label: m.accountability_change(), value: checkIn.change.trim() }
				])
			});
		}
		return [{ kind: 'group', heading, blocks, empty: blocks.length ? undefined : m.accountability_no_checkins() } satisfies PlanBlock];
	});
	return [
		...answer(sources, 'plan.accountability.q1', m.actionplan_answer_check_in_who()),
		...answer(sources, 'plan.accountability.q2', m.actionplan_answer_check_in_how()),
		...logs
	];
}

function firstActions(sources: PlanSources): PlanBlock[] {
	const rows: PlanField[][] = [];
	for (let number = 1; number <= firstActionCount; number++) {
		const ids = firstActionIds(number);
		const what = sources.answers.get(ids.what)?.trim() ?? '';
		const due = sources.answers.get(ids.due)?.trim() ?? '';
		if (!what && !isIsoDate(due)) continue;
		rows.push([
			{ label: m.actionplan_action(), value: what },
			{ label: m.actionplan_due(), value: isIsoDate(due) ? formatIsoDate(due, sources.lang) : m.actionplan_no_date() }
		]);
	}
	if (!rows.length) return [];
	return [{ kind: 'table', label: '', columns: [m.actionplan_action(), m.actionplan_due()], rows }];
}

/** What each section holds, and the page where it is filled in. */
function sectionContent(
	sources: PlanSources,
	id: PlanSectionId,
	numbers: ReadonlyMap<PlanSectionId, number>
): { blocks: PlanBlock[]; fillIn: { href: string; title: string } } {
	const planner = (anchor: string) => ({ href: `${workbookHref(sources.lang, 'plan')}#${anchor}`, title: m.planner_title() });
	const { guide } = sources.content;
	switch (id) {
		case 'aims': {
			const aims = chosen(sources, 'aims');
			return {
				blocks: [
					...list(m.actionplan_chosen_aims(), aims.picked),
					...list(m.actionplan_own_aims(), aims.own),
					...answer(sources, 'planner.aims.why', m.planner_aims_why()),
					...answer(sources, 'think.aims.q1', m.actionplan_answer_aims_fit())
				],
				fillIn: planner('planner-aims-heading')
			};
		}
		case 'audience':
			return {
				blocks: [
					...targetGroupRecords(sources.targetGroups),
					...answer(sources, 'planner.messenger', m.planner_messenger()),
					...answer(sources, 'plan.approach.q2', m.actionplan_answer_message())
				],
				fillIn: planner('planner-audience-heading')
			};
		case 'entry-points': {
			const topics = chosen(sources, 'topics');
			return {
				blocks: [
					...list(m.actionplan_levels(), chosen(sources, 'levels').picked),
					...answer(sources, 'plan.approach.q3', m.actionplan_answer_entry_points()),
					...list(m.actionplan_topics(), topics.picked),
					...list(m.actionplan_own_topics(), topics.own)
				],
				fillIn: planner('planner-levels-heading')
			};
		}
		case 'levels':
			return { blocks: levels(sources), fillIn: planner('planner-levels-heading') };
		case 'do-no-harm':
			return { blocks: doNoHarm(sources), fillIn: planner('planner-harm-heading') };
		case 'steps':
			return { blocks: steps(sources, numbers), fillIn: planner('planner-strategy-heading') };
		case 'allies':
			return {
				blocks: sources.allies.length
					? [
							{
								kind: 'records',
								label: '',
								records: named(sources.allies).map((ally) => ({
									title: ally.name.trim() || m.planner_ally_unnamed(),
									fields: fields([
										[m.planner_ally_kind(), allyKindLabels[ally.kind]()],
										[m.planner_ally_role(), ally.role],
										[m.planner_ally_contact(), ally.contact]
									])
								}))
							}
						]
					: [],
				fillIn: planner('planner-allies-heading')
			};
		case 'resistance':
			return {
				blocks: [
					...list(m.actionplan_causes(), chosen(sources, 'causes').picked),
					...answer(sources, 'plan.resistance.q1', m.actionplan_answer_resistance_expected()),
					...answer(sources, 'planner.resistance.response', m.planner_resistance_response()),
					...answer(sources, 'plan.resistance.q2', m.actionplan_answer_resistance_respect())
				],
				fillIn: planner('planner-resistance-heading')
			};
		case 'referrals':
			return { blocks: referralTable(sources), fillIn: { href: workbookHref(sources.lang, 'referrals'), title: m.referrals_title() } };
		case 'accountability':
			return {
				blocks: accountability(sources),
				fillIn: { href: workbookHref(sources.lang, 'accountability'), title: m.accountability_title() }
			};
		case 'first-actions':
			return { blocks: firstActions(sources), fillIn: planner('planner-first-actions-heading') };
	}
}

/**
 * The action plan from what the user wrote, with only the chosen sections, numbered as they will be printed.
 * Empty sections stay in, with the place to fill them in, so a printed plan shows what is missing.
 */
export function buildActionPlan(sources: PlanSources, include: readonly PlanSectionId[] = planSectionIds): ActionPlan {
	const name = sources.answers.get(initiativeNameId)?.trim() ?? '';
	const shown = planSectionIds.filter((id) => include.includes(id));
	const numbers = new Map(shown.map((id, i) => [id, i + 1]));
	const sections = shown.map((id, i): PlanSection => {
		const { blocks, fillIn } = sectionContent(sources, id, numbers);
		return { id, number: i + 1, heading: planSectionTitles[id](), blocks, fillIn: blocks.length ? undefined : fillIn };
	});
	return {
		title: name || m.actionplan_untitled(),
		named: Boolean(name),
		dateLine: m.actionplan_as_of({ date: formatIsoDate(sources.today, sources.lang) }),
		sections
	};
}
