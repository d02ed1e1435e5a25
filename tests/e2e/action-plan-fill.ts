import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { nextStep } from './planner-steps';

// Short values where they land in table cells: a narrow column may wrap a long one in the middle of a word.
export const typed = {
	initiative: 'Fathers of Osh',
	aim: 'Help your community see the benefits of gender equality',
	ownAim: 'Fathers share the school run',
	group: { 'Who are they?': 'Football club members', Age: '16–24', Place: 'Osh', 'Where and when can you reach them?': 'After Saturday training' },
	messenger: 'The football coach; the boys trust him.',
	level: 'Mobilising communities with a community-based approach',
	ally: { Name: 'Nur youth centre', 'What part could they play?': 'Lends a room', 'How to reach them': 'Ask Aida at the desk' },
	topic: 'Stress, pressure and anger',
	ownTopic: 'Men and household budgets',
	cause: 'Feeling uncomfortable talking about gender issues.',
	objectives: 'Ten young men lead a discussion each by spring.',
	budget: 'About 300 dollars for tea and printing.',
	response: 'Listen first, then share a story from a local father.',
	action: 'Book the club hall',
	actionDue: '2026-12-05',
	entryPoints: 'Saturday football and the tea house.',
	referral: { name: 'Helpline', kind: 'Hotline', phone: '+996 312 000', hours: '24/7', notes: 'Free' },
	partner: { name: 'Ak Zhol', contact: 'Gulnara, by phone' },
	checkIn: { date: '2026-11-02', said: 'Invite mothers', change: 'Mixed session' }
};

/** The values as the plan shows them (dates in the reader's format). */
export const shown = [
	typed.initiative,
	typed.aim,
	typed.ownAim,
	...Object.values(typed.group),
	typed.messenger,
	typed.level,
	...Object.values(typed.ally),
	'Youth group',
	typed.topic,
	typed.ownTopic,
	typed.cause,
	typed.objectives,
	typed.budget,
	typed.response,
	typed.action,
	'Dec 5, 2026',
	typed.entryPoints,
	...Object.values(typed.referral),
	typed.partner.name,
	typed.partner.contact,
	'Nov 2, 2026',
	typed.checkIn.said,
	typed.checkIn.change
];

/** Fills every part of the workbook the plan draws on, through the same forms a user would use. */
export async function fillWorkbook(page: Page) {
	await page.goto('/en/workbook/plan/');
	await page.getByLabel('Name of your initiative').fill(typed.initiative);
	await page.getByLabel(typed.aim).check();
	await page.getByRole('button', { name: 'Add an aim of your own' }).click();
	await page.getByLabel('Your own aim 1').fill(typed.ownAim);
	await nextStep(page);
	await page.getByRole('button', { name: 'Add a target group' }).click();
	for (const [label, value] of Object.entries(typed.group)) await page.getByLabel(label, { exact: true }).fill(value);
	await page.getByLabel('Who will carry your message, and why will this audience listen to them?').fill(typed.messenger);
	await nextStep(page);
	await page.getByLabel(typed.level).check();
	await page.getByRole('button', { name: 'Add an ally' }).click();
	for (const [label, value] of Object.entries(typed.ally)) await page.getByLabel(label, { exact: true }).fill(value);
	await page.getByLabel('What kind of ally').selectOption({ label: 'Youth group' });
	await nextStep(page);
	await page.getByLabel(typed.topic, { exact: true }).check();
	await page.getByRole('button', { name: 'Add a topic of your own' }).click();
	await page.getByLabel('Your own topic 1').fill(typed.ownTopic);
	await nextStep(page);
	await page.getByLabel('What are your objectives?').fill(typed.objectives);
	await nextStep(page);
	await page.getByLabel('What is your rough budget?').fill(typed.budget);
	await nextStep(page);
	await page.getByLabel(typed.cause).check();
	await page.getByLabel('How will you respond when people resist?').fill(typed.response);
	await nextStep(page);
	await page.getByLabel('Action 1', { exact: true }).fill(typed.action);
	await page.getByLabel('Done by (action 1)').fill(typed.actionDue);
	await page.getByLabel('Action 1', { exact: true }).blur();
	await expect(page.getByText('Saving…')).toHaveCount(0);

	await page.goto('/en/plan/approach/');
	await page.getByLabel(/Which entry points and spaces/).fill(typed.entryPoints);
	await page.getByLabel(/Which entry points and spaces/).blur();
	await expect(page.getByText('✓ Saved on this device')).toBeVisible();

	await page.goto('/en/workbook/referrals/');
	await page.getByRole('button', { name: 'Add a service' }).click();
	const service = page.getByRole('form', { name: 'New service' });
	await service.getByLabel('Name of the service').fill(typed.referral.name);
	await service.getByLabel('Kind of help').selectOption({ label: typed.referral.kind });
	await service.getByLabel('Phone number').fill(typed.referral.phone);
	await service.getByLabel('Opening hours').fill(typed.referral.hours);
	await service.getByLabel('Notes').fill(typed.referral.notes);
	await service.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 3, name: typed.referral.name })).toBeVisible();

	await page.goto('/en/workbook/accountability/');
	await page.getByRole('button', { name: 'Add an organisation or activist' }).click();
	const partner = page.getByRole('form', { name: 'New organisation or activist' });
	await partner.getByLabel('Name of the organisation or person').fill(typed.partner.name);
	await partner.getByLabel('How to reach them').fill(typed.partner.contact);
	await partner.getByRole('button', { name: 'Save' }).click();
	await page.getByRole('button', { name: `Add a check-in with ${typed.partner.name}` }).click();
	const checkIn = page.getByRole('form', { name: `New check-in with ${typed.partner.name}` });
	await checkIn.getByLabel('Date').fill(typed.checkIn.date);
	await checkIn.getByLabel('What they told you').fill(typed.checkIn.said);
	await checkIn.getByLabel('What you will change').fill(typed.checkIn.change);
	await checkIn.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Check-in saved')).toBeVisible();
}
