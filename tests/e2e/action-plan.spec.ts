import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';

const actionPlan = '/en/workbook/action-plan/';

const sectionHeadings = [
	'1. Aims',
	'2. Audience and messenger',
	'3. Entry points and topics',
	'4. The five steps',
	'5. Allies',
	'6. Resistance plan',
	'7. Referral list',
	'8. Accountability check-ins',
	'9. First actions'
];

// Short values where they land in table cells: a narrow column may wrap a long one in the middle of a word.
const typed = {
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
const shown = [
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
async function fillWorkbook(page: Page) {
	await page.goto('/en/workbook/plan/');
	await page.getByLabel('Name of your initiative').fill(typed.initiative);
	await page.getByLabel(typed.aim).check();
	await page.getByRole('button', { name: 'Add an aim of your own' }).click();
	await page.getByLabel('Your own aim 1').fill(typed.ownAim);
	await page.getByRole('button', { name: 'Add a target group' }).click();
	for (const [label, value] of Object.entries(typed.group)) await page.getByLabel(label, { exact: true }).fill(value);
	await page.getByLabel('Who will carry your message, and why will this audience listen to them?').fill(typed.messenger);
	await page.getByLabel(typed.level).check();
	await page.getByRole('button', { name: 'Add an ally' }).click();
	for (const [label, value] of Object.entries(typed.ally)) await page.getByLabel(label, { exact: true }).fill(value);
	await page.getByLabel('What kind of ally').selectOption({ label: 'Youth group' });
	await page.getByLabel(typed.topic, { exact: true }).check();
	await page.getByRole('button', { name: 'Add a topic of your own' }).click();
	await page.getByLabel('Your own topic 1').fill(typed.ownTopic);
	await page.getByLabel(typed.cause).check();
	await page.getByLabel('What are your objectives?').fill(typed.objectives);
	await page.getByLabel('What is your rough budget?').fill(typed.budget);
	await page.getByLabel('How will you respond when people resist?').fill(typed.response);
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

/** The text of the plan printed to an A4 PDF, whitespace folded, so words wrapped onto two lines still match. */
async function printedText(page: Page, name: string): Promise<{ text: string; pages: number }> {
	const pdf = await page.pdf({ format: 'A4' });
	const dir = mkdtempSync(join(tmpdir(), 'birge-plan-'));
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, pdf);
	await test.info().attach(`${name}.pdf`, { path: file, contentType: 'application/pdf' });
	const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	const pages = raw.split('\f').filter((page) => page.trim()).length;
	return { text: raw.replace(/\s+/g, ' '), pages };
}

test('the printed plan holds every section heading and every value typed in the workbook, and nothing else of the app', async ({
	page
}) => {
	test.setTimeout(120_000);
	await fillWorkbook(page);
	await page.goto(actionPlan);
	await expect(page.getByRole('heading', { level: 2, name: typed.initiative })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(sectionHeadings);

	const { text, pages } = await printedText(page, 'action-plan');
	for (const heading of sectionHeadings) expect(text, heading).toContain(heading);
	for (const value of shown) expect(text, value).toContain(value);
	// Page numbers come from the plan's own @page margin box, not from the browser's header and footer.
	expect(text).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));

	for (const chrome of [
		'Skip to content',
		'My workbook',
		'Contents',
		'Sections to include',
		'Print or save as PDF',
		'Copy as text',
		'Copy as Markdown',
		'Only the referral list',
		'Backup and restore',
		'Nothing you type leaves this device',
		'Fill it in',
		'Saved on this device'
	]) {
		expect(text, chrome).not.toContain(chrome);
	}
	expect(text).not.toMatch(/quick exit/i);
});

test('the sections to print are chosen by keyboard, and the choice is remembered on this device', async ({ page }) => {
	await page.goto(actionPlan);
	const sections = page.locator('.action-plan h3');
	await expect(sections).toHaveCount(9);

	const aims = page.getByRole('checkbox', { name: 'Aims' });
	await aims.focus();
	await page.keyboard.press('Space');
	await expect(aims).not.toBeChecked();
	await expect(sections.first()).toHaveText('1. Audience and messenger');

	// Tab walks the boxes in order, then the shortcuts.
	for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Only the referral list' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(sections).toHaveText(['1. Referral list']);
	await expect(page.getByText('Nothing written here yet.')).toBeVisible();

	await page.reload();
	await expect(page.locator('.action-plan h3')).toHaveText(['1. Referral list']);
	await expect(page.getByRole('checkbox', { name: 'Referral list' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Allies' })).not.toBeChecked();

	const all = page.getByRole('button', { name: 'All sections' });
	await all.focus();
	await page.keyboard.press('Enter');
	await expect(sections).toHaveCount(9);
});

test('an empty plan says what to fill in and links there', async ({ page }) => {
	await page.goto(actionPlan);
	await expect(page.getByRole('heading', { level: 2, name: 'My initiative' })).toBeVisible();
	const referrals = page.locator('section').filter({ has: page.getByRole('heading', { name: '7. Referral list' }) });
	await expect(referrals.getByText('Nothing written here yet.')).toBeVisible();
	await referrals.getByRole('link', { name: 'Fill it in: Referral list' }).click();
	await expect(page).toHaveURL(/\/en\/workbook\/referrals\/$/);
	await page.goto(actionPlan);
	await page.getByRole('link', { name: 'Give your initiative a name in the planner' }).click();
	await expect(page.getByLabel('Name of your initiative')).toBeVisible();
});

test('the plan copies as Markdown with the section headings and what was typed', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/workbook/plan/');
	await page.getByLabel('Name of your initiative').fill(typed.initiative);
	await page.getByLabel('Name of your initiative').blur();
	await expect(page.getByText('✓ Saved on this device')).toBeVisible();
	await page.goto(actionPlan);
	await page.getByRole('button', { name: 'Copy as Markdown' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toContain(`# ${typed.initiative}`);
	expect(markdown).toContain('## 7. Referral list');
	await page.getByRole('button', { name: 'Copy as text' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('9. FIRST ACTIONS');
});

test('a filled plan has no accessibility violations', async ({ page }) => {
	test.setTimeout(120_000);
	await fillWorkbook(page);
	await page.goto(actionPlan);
	await expect(page.getByRole('heading', { level: 2, name: typed.initiative })).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(results.violations).toEqual([]);
});

test('the plan opens with the network off, after one visit', async ({ browser }) => {
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/');
	await readyOffline(page);
	await goOffline(context, server);
	await page.goto(actionPlan);
	await expect(page.locator('h1')).toHaveText('My action plan');
	await expect(page.locator('.action-plan h3')).toHaveCount(9);
	await page.reload();
	await expect(page.getByRole('heading', { level: 2, name: 'My initiative' })).toBeVisible();
	await context.close();
});

test('a blank worksheet prints the questions with writing space and none of the saved answers', async ({ page }) => {
	const answer = 'A saved answer that must stay off the handout';
	await page.goto('/en/think/norms/');
	const box = page.getByLabel('Which three common gender norms can you see in your community?');
	await box.fill(answer);
	await box.blur();
	await expect(page.getByText('✓ Saved on this device')).toBeVisible();

	// What the button does before it opens the print window; page.pdf() stands in for the window.
	await page.evaluate(() => {
		window.print = () => undefined;
	});
	await page.getByRole('button', { name: 'Print a blank worksheet' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-blank', '');
	const { text } = await printedText(page, 'norms-worksheet');
	expect(text).toContain('Which three common gender norms can you see in your community?');
	expect(text).toContain('The gender norms exercise');
	expect(text).not.toContain(answer);
	expect(text).not.toContain('Print a blank worksheet');

	await page.goto('/en/annex/topics/family/fatherhood/');
	await expect(page.getByRole('button', { name: 'Print as a handout' })).toBeVisible();
	await page.goto('/en/plan/approach/');
	await expect(page.getByRole('button', { name: /Print/ })).toHaveCount(0);
});
