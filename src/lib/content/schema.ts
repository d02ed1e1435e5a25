import * as v from 'valibot';

/**
 * The sections of the content, in the order the wizard walks them: the first guide (welcome to annex2), then the
 * second guide on starting and running a group (group to group-reading), then the About page outside both.
 */
export const sections = [
	'welcome',
	'think',
	'plan',
	'act',
	'reading',
	'annex1',
	'annex2',
	'group',
	'group-steps',
	'group-starters',
	'group-reading',
	'about'
] as const;
export type Section = (typeof sections)[number];

/** Saved answers are keyed by these ids, so their shape is strict and they never change once released. */
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'must be lower case words joined by dots, like think.norms.q1')
);
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** Other sites are named in content/links.yaml and referred to as `link:name`, so every language shares one address. */
const url = v.pipe(v.string(), v.regex(/^link:[a-z0-9-]+$/, 'must be link:name, a name from content/links.yaml'));

const question = v.strictObject({ id, intro: v.optional(text), prompt: text });

const aim = v.strictObject({ id, title: text, do: v.pipe(v.array(text), v.minLength(1)), avoid: text });

const step = v.strictObject({
	id,
	title: text,
	meaning: text,
	why: text,
	actions: v.pipe(v.array(text), v.minLength(1))
});

const cause = v.strictObject({ id, text });

const recommendation = v.strictObject({ id, title: text, do: text, dont: text });

const link = v.strictObject({ title: text, url: v.optional(url), note: v.optional(text) });

const level = v.strictObject({ id, title: text, goal: text, examples: v.pipe(v.array(link), v.minLength(1)) });

const readingGroup = v.strictObject({ title: text, links: v.pipe(v.array(link), v.minLength(1)) });

const area = v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), title: text });

/** A rule the group keeps from its first day (group.md). */
const safeguard = v.strictObject({ id, title: text, text });

/** One theme of a group step with its do's and don'ts, as the toolkit gives them. */
const practice = v.strictObject({
	id,
	title: text,
	do: v.pipe(v.array(text), v.minLength(1, 'needs at least one do')),
	dont: v.pipe(v.array(text), v.minLength(1, "needs at least one don't"))
});

/** A route of the same language without slashes at the ends; the loader checks that the page exists. */
const route = v.pipe(v.string(), v.regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'must be a page route like annex/topics/family/money'));

/** A conversation starter opens a page with a scenario: an Annex 2 topic, or one of Birge's own. */
const starter = v.strictObject({ id, title: text, topic: route });

const starterGroup = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
	title: text,
	starters: v.pipe(v.array(starter), v.minLength(1))
});

export const frontmatterSchema = v.strictObject({
	title: text,
	section: v.picklist(sections, `must be one of: ${sections.join(', ')}`),
	order: v.pipe(v.number('must be a number'), v.integer(), v.minValue(0)),
	summary: text,
	questions: v.optional(v.array(question)),
	aims: v.optional(v.array(aim)),
	steps: v.optional(v.array(step)),
	causes: v.optional(v.array(cause)),
	recommendations: v.optional(v.array(recommendation)),
	levels: v.optional(v.array(level)),
	readingGroups: v.optional(v.array(readingGroup)),
	areas: v.optional(v.array(area)),
	area: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
	scenario: v.optional(text),
	safeguards: v.optional(v.array(safeguard)),
	practices: v.optional(v.array(practice)),
	starterGroups: v.optional(v.array(starterGroup)),
	/** `birge`: the scenario and questions are Birge's own, not from the OSCE sources; the page says so. */
	origin: v.optional(v.picklist(['birge'], 'must be birge (text written by Birge, not in the sources)'))
});

export type Frontmatter = v.InferOutput<typeof frontmatterSchema>;
export type Question = v.InferOutput<typeof question>;
export type Aim = v.InferOutput<typeof aim>;
export type PlanningStep = v.InferOutput<typeof step>;
export type ResistanceCause = v.InferOutput<typeof cause>;
export type Recommendation = v.InferOutput<typeof recommendation>;
export type Link = v.InferOutput<typeof link>;
export type Level = v.InferOutput<typeof level>;
export type ReadingGroup = v.InferOutput<typeof readingGroup>;
export type Area = v.InferOutput<typeof area>;
export type Safeguard = v.InferOutput<typeof safeguard>;
export type Practice = v.InferOutput<typeof practice>;
export type Starter = v.InferOutput<typeof starter>;
export type StarterGroup = v.InferOutput<typeof starterGroup>;
