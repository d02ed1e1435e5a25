import { m } from '$lib/paraglide/messages.js';

/** A ready-made agenda: its items point at the guide by stable id or route, so it works in every language. */
export interface AgendaTemplate {
	id: string;
	title: () => string;
	summary: () => string;
	items: { ref: string; minutes: number }[];
}

export const agendaTemplates: AgendaTemplate[] = [
	{
		id: 'norms',
		title: m.workshop_template_norms,
		summary: m.workshop_template_norms_summary,
		items: [
			{ ref: 'think.norms.q1', minutes: 20 },
			{ ref: 'think.norms.q2', minutes: 15 },
			{ ref: 'think.norms.q3', minutes: 15 },
			{ ref: 'think.norms.q4', minutes: 15 },
			{ ref: 'annex/topics/family/chores', minutes: 25 }
		]
	},
	{
		id: 'planning',
		title: m.workshop_template_planning,
		summary: m.workshop_template_planning_summary,
		items: [
			{ ref: 'aim.awareness', minutes: 5 },
			{ ref: 'aim.leadership', minutes: 5 },
			{ ref: 'aim.peers', minutes: 5 },
			{ ref: 'step.research', minutes: 10 },
			{ ref: 'step.allies', minutes: 10 },
			{ ref: 'step.topics', minutes: 10 },
			{ ref: 'step.strategy', minutes: 10 },
			{ ref: 'step.funding', minutes: 15 },
			{ ref: 'plan/resistance', minutes: 20 }
		]
	},
	{
		id: 'scenarios',
		title: m.workshop_template_scenarios,
		summary: m.workshop_template_scenarios_summary,
		items: [
			{ ref: 'rec.safe-spaces', minutes: 10 },
			{ ref: 'annex/topics/family/decisions', minutes: 20 },
			{ ref: 'annex/topics/workplace/harassment', minutes: 20 },
			{ ref: 'annex/topics/wellbeing/anger', minutes: 20 },
			{ ref: 'annex/topics/participation/patriarchy', minutes: 20 }
		]
	}
];
