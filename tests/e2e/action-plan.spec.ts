import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fillWorkbook, shown, typed } from './action-plan-fill';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { axe, wcag } from './axe';

const actionPlan = '/en/workbook/action-plan/';

const sectionHeadings = [
	'1. Aims',
	'2. Audience and messenger',
	'3. Entry points and topics',
	'4. What you plan at each level',
	'5. The five steps',
	'6. Allies',
	'7. Resistance plan',
	'8. Do no harm',
	'9. Referral list',
	'10. Accountability check-ins',
	'11. First actions'
];

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

	// Nothing printed twice: the five steps point to the sections that list the groups, allies and topics.
	const fiveSteps = page.locator('section').filter({ has: page.getByRole('heading', { name: '5. The five steps' }) });
	await expect(fiveSteps).not.toContainText(typed.ally.Name);
	await expect(fiveSteps).not.toContainText(typed.group['Who are they?']);
	expect(text).toContain('Listed in section 2, Audience and messenger.');
	expect(text).toContain('Listed in section 6, Allies.');

	// On a phone the referral list is a card per service, each value under its column's name, and nothing scrolls
	// sideways; a phone number stays on one line.
	await page.setViewportSize({ width: 360, height: 640 });
	const card = page.locator('.plan-table tbody tr').first();
	await expect(card).toHaveCSS('display', 'block');
	const phone = card.locator('td', { hasText: typed.referral.phone });
	expect(await phone.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Phone number"');
	await expect(phone).toHaveCSS('white-space', 'nowrap');
	expect(await page.locator('.plan-table').first().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('the sections to print are chosen by keyboard, and the choice is remembered on this device', async ({ page }) => {
	await page.goto(actionPlan);
	const sections = page.locator('.action-plan h3');
	await expect(sections).toHaveCount(11);

	// The chooser is folded: Enter on its summary opens it, Tab walks the boxes in order, then the shortcuts.
	const summary = page.getByText('Sections to include: 11 of 11');
	await summary.focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const aims = page.getByRole('checkbox', { name: 'Aims' });
	await expect(aims).toBeFocused();
	await page.keyboard.press('Space');
	await expect(aims).not.toBeChecked();
	await expect(sections.first()).toHaveText('1. Audience and messenger');
	await expect(page.getByText('Sections to include: 10 of 11')).toBeVisible();

	for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Only the referral list' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(sections).toHaveText(['1. Referral list']);
	await expect(page.getByText('Nothing written here yet.')).toBeVisible();

	await page.reload();
	await expect(page.locator('.action-plan h3')).toHaveText(['1. Referral list']);
	await page.getByText('Sections to include: 1 of 11').click();
	await expect(page.getByRole('checkbox', { name: 'Referral list' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Allies' })).not.toBeChecked();

	const all = page.getByRole('button', { name: 'All sections' });
	await all.focus();
	await page.keyboard.press('Enter');
	await expect(sections).toHaveCount(11);
});

test('an empty plan says what to fill in and links there', async ({ page }) => {
	await page.goto(actionPlan);
	await expect(page.getByRole('heading', { level: 2, name: 'My initiative' })).toBeVisible();
	const referrals = page.locator('section').filter({ has: page.getByRole('heading', { name: '9. Referral list' }) });
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
	expect(markdown).toContain('## 9. Referral list');
	await page.getByRole('button', { name: 'Copy as text' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('11. FIRST ACTIONS');
});

test('a filled plan has no accessibility violations', async ({ page }) => {
	test.setTimeout(120_000);
	await fillWorkbook(page);
	await page.goto(actionPlan);
	await expect(page.getByRole('heading', { level: 2, name: typed.initiative })).toBeVisible();
	const results = await axe(page).withTags(wcag).analyze();
	expect(results.violations).toEqual([]);
});

test('the plan opens with the network off, after one visit', async ({ browser }) => {
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/');
	await readyOffline(page);
	await goOffline(context, server);
	await page.goto(actionPlan);
	await expect(page.locator('h1')).toHaveText('My action plan');
	await expect(page.locator('.action-plan h3')).toHaveCount(11);
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
	const { text, pages } = await printedText(page, 'norms-worksheet');
	// One sheet per person in a group: the title, the four questions and room to write.
	expect(pages, 'A4 sheets').toBe(1);
	expect(text).toContain('Which three common gender norms can you see in your community?');
	expect(text).toContain('If your community had more gender equality, what would women and men gain from it?');
	expect(text).toContain('The gender norms exercise');
	expect(text).not.toContain(answer);
	expect(text).not.toContain('Print a blank worksheet');

	await page.goto('/en/annex/topics/family/fatherhood/');
	await expect(page.getByRole('button', { name: 'Print as a handout' })).toBeVisible();
	await page.goto('/en/plan/approach/');
	await expect(page.getByRole('button', { name: /Print/ })).toHaveCount(0);
});
