import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plannerSteps, stepCount, stepForAnchor, stepsWithSomething, type SavedPlan } from './planner-steps';

const nothing: SavedPlan = { answers: new Map(), selections: {}, targetGroups: 0, allies: 0, activities: [], harmChecks: [] };
const withAnswer = (id: string, text: string): SavedPlan => ({ ...nothing, answers: new Map([[id, text]]) });
const chosen = (values: string[], own: string[] = []) => ({ values, own });
const steps = (saved: SavedPlan) => [...stepsWithSomething(saved)].sort();

describe('stepForAnchor', () => {
	it('opens a step by its own address, and the first step without one', () => {
		expect(stepForAnchor('')).toBe(1);
		expect(stepForAnchor('step-1')).toBe(1);
		expect(stepForAnchor('step-8')).toBe(8);
		expect(stepForAnchor('step-0')).toBeUndefined();
		expect(stepForAnchor('step-9')).toBeUndefined();
	});

	it('opens the step that holds a heading other pages link to', () => {
		expect(stepForAnchor('planner-initiative-heading')).toBe(1);
		expect(stepForAnchor('planner-aims-heading')).toBe(1);
		expect(stepForAnchor('targetGroups-heading')).toBe(2);
		expect(stepForAnchor('planner-allies-heading')).toBe(3);
		expect(stepForAnchor('allies-heading')).toBe(3);
		expect(stepForAnchor('activities-heading')).toBe(5);
		expect(stepForAnchor('planner-harm-heading')).toBe(5);
		expect(stepForAnchor('planner-first-actions-heading')).toBe(8);
		expect(stepForAnchor('answer-planner.messenger')).toBeUndefined();
	});

	it('numbers the steps 1 to 8 in order, and no anchor opens two of them', () => {
		expect(plannerSteps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(stepCount).toBe(8);
		const anchors = plannerSteps.flatMap((step) => step.anchors);
		expect(new Set(anchors).size).toBe(anchors.length);
	});
});

describe('stepsWithSomething', () => {
	it('marks nothing in an empty workbook', () => {
		expect(steps(nothing)).toEqual([]);
	});

	it('marks the step of each kind of thing saved, and only that step', () => {
		expect(steps(withAnswer('planner.initiative', 'Fathers of Osh'))).toEqual([1]);
		expect(steps({ ...nothing, selections: { aims: chosen([], ['Fathers share the school run']) } })).toEqual([1]);
		expect(steps({ ...nothing, targetGroups: 1 })).toEqual([2]);
		expect(steps(withAnswer('planner.messenger', 'The coach'))).toEqual([2]);
		expect(steps({ ...nothing, selections: { levels: chosen(['level.community']) } })).toEqual([3]);
		expect(steps({ ...nothing, allies: 2 })).toEqual([3]);
		expect(steps({ ...nothing, selections: { topics: chosen(['annex2.family.fatherhood']) } })).toEqual([4]);
		expect(steps(withAnswer('planner.strategy.methods', 'Talks'))).toEqual([5]);
		expect(steps({ ...nothing, activities: [{ id: 'a1' }] })).toEqual([5]);
		expect(steps(withAnswer('planner.funding.inKind', 'A hall'))).toEqual([6]);
		expect(steps({ ...nothing, selections: { causes: chosen(['cause.peers']) } })).toEqual([7]);
		expect(steps(withAnswer('planner.resistance.response', 'Listen'))).toEqual([7]);
		expect(steps(withAnswer('planner.action3.what', 'Call the coach'))).toEqual([8]);
		expect(steps(withAnswer('planner.action2.due', '2026-12-05'))).toEqual([8]);
	});

	it('does not count what only looks saved: blank text, an impossible date, a check of a deleted activity', () => {
		expect(steps(withAnswer('planner.aims.why', '  \n '))).toEqual([]);
		expect(steps({ ...nothing, selections: { aims: chosen([], ['  ']), topics: chosen([]) } })).toEqual([]);
		expect(steps(withAnswer('planner.action1.due', '2026-02-30'))).toEqual([]);
		const check = (id: string, items: SavedPlan['harmChecks'][number]['items']) => ({ id, items, updatedAt: 1 });
		const point = { id: 'harm.consent', status: 'done' as const, note: '' };
		expect(steps({ ...nothing, harmChecks: [check('gone', [point])] })).toEqual([]);
		expect(steps({ ...nothing, harmChecks: [check('initiative', [])] })).toEqual([]);
		expect(steps({ ...nothing, harmChecks: [check('initiative', [point])] })).toEqual([5]);
	});
});

describe('the planner page and its steps', () => {
	const planner = readFileSync('src/routes/[lang]/workbook/[[part]]/Planner.svelte', 'utf8');

	it('counts every answer box of the planner in exactly one step', () => {
		const boxes = [...planner.matchAll(/<AnswerBox id="([^"]+)"/g)].map((match) => match[1]);
		expect(boxes.length).toBeGreaterThanOrEqual(10);
		const owners = (id: string) => plannerSteps.filter((step) => step.answerIds.includes(id)).length;
		for (const id of [...boxes, 'planner.initiative', 'planner.action1.what', 'planner.action3.due']) expect(owners(id!), id).toBe(1);
	});

	it('has on the page every part heading a step is opened by', () => {
		const parts = plannerSteps.flatMap((step) => step.anchors).filter((anchor) => anchor.startsWith('planner-'));
		for (const anchor of parts) expect(planner, anchor).toContain(`"${anchor.replace(/-heading$/, '')}"`);
	});
});
