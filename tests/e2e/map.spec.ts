import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goToStep } from './planner-steps';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { axe } from './axe';

const annex = '/en/annex/socio-ecological-model/';
const planner = '/en/workbook/plan/';
const actionPlan = '/en/workbook/action-plan/';
const phone = { width: 360, height: 640 };
const laptop = { width: 1280, height: 720 };

const ally = 'Women of Osh crisis centre';
const group = 'Young fathers';
const activity = 'Film night';
const note = 'No photos, no names, no recordings';

test.use({ viewport: phone });

const mapOf = (page: Page) => page.locator('section.level-map');
const band = (page: Page, level: string) =>
	mapOf(page).getByRole('group', { name: /The four levels/ }).getByRole('button', { name: new RegExp(`^Level\\s\\d:\\s${level}`) });

/** Opens a level of the map and adds a record there through "Add one here". */
async function addFromMap(page: Page, { level, kind, name }: { level: string; kind: string; name: string }) {
	const button = band(page, level);
	if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	const panel = page.locator('#level-map-panel');
	await panel.getByLabel('What is it?').selectOption({ label: kind });
	await panel.getByLabel('Name or short description').fill(name);
	await panel.getByRole('button', { name: 'Add at this level' }).click();
	await expect(panel.getByRole('status')).toHaveText(`Added at this level: ${name}`);
	await expect(panel.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

/** One point of the do-no-harm check of one subject (the initiative, or an activity). */
function point(page: Page, subject: string, title: string): Locator {
	return page.locator('details.harm').filter({ has: page.locator('summary', { hasText: subject }) }).getByRole('group', { name: title });
}

async function printedText(page: Page, name: string): Promise<string> {
	const pdf = await page.pdf({ format: 'A4' });
	const file = join(mkdtempSync(join(tmpdir(), 'birge-map-')), `${name}.pdf`);
	writeFileSync(file, pdf);
	await test.info().attach(`${name}.pdf`, { path: file, contentType: 'application/pdf' });
	return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** What the map, the planner and the plan must show once the journey below has placed and checked things. */
async function expectPlaced(page: Page) {
	await page.goto(annex);
	await expect(band(page, 'Community')).toContainText('Placed here: 1');
	await expect(band(page, 'Relationships')).toContainText('Placed here: 1');
	await expect(band(page, 'Individual')).toContainText('Placed here: 1');
	await expect(band(page, 'Society')).toContainText('Nothing yet');
	await page.goto(actionPlan);
	const levels = page.locator('section.plan-section').filter({ has: page.getByRole('heading', { name: 'What you plan at each level' }) });
	await expect(levels).toContainText(new RegExp(`3\\. Community\\s*Allies\\s*${ally}`));
	await expect(levels).toContainText('Nothing at society level yet');
	const harm = page.locator('section.plan-section').filter({ has: page.getByRole('heading', { name: 'Do no harm' }) });
	await expect(harm).toContainText(`Consent and anonymity of participants (${note})`);
}

test('places an ally and a target group from the map, checks for harm, and keeps it all through a reload, offline, and a backup restored', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { server, context, page } = await openOnOwnServer(browser);
	await page.setViewportSize(phone);
	await page.goto('/en/');
	await readyOffline(page);

	// The map on Annex 1: every level starts as a gap, said in words.
	await page.goto(annex);
	await expect(mapOf(page).getByRole('heading', { name: 'Your plan on the four levels' })).toBeVisible();
	await band(page, 'Community').click();
	await expect(band(page, 'Community')).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('#level-map-panel')).toContainText('Nothing at community level yet');
	await expect(page.locator('#level-map-panel')).toContainText('Stepping Stones');
	await addFromMap(page, { level: 'Community', kind: 'Ally', name: ally });
	await addFromMap(page, { level: 'Relationships', kind: 'Target group', name: group });
	await expect(band(page, 'Community')).toContainText('Placed here: 1');

	// The planner shows both, each at its level; an activity placed there shows on the map too.
	await page.goto(planner);
	await goToStep(page, 2);
	await expect(page.locator('#targetGroups-heading + ul')).toContainText(new RegExp(`${group}\\s*Relationships`));
	await goToStep(page, 3);
	await expect(page.locator('#allies-heading + ul')).toContainText(new RegExp(`${ally}\\s*Community · Other`));
	await goToStep(page, 5);
	await page.getByRole('button', { name: 'Add an activity' }).click();
	await page.getByLabel('What will you do?').fill(activity);
	await page.locator('select[id^="activities-"][id$="-level"]').selectOption({ label: 'Individual' });
	await page.getByLabel('What will you do?').blur();
	await expect(page.locator('#activities-heading + ul')).toContainText(new RegExp(`${activity}\\s*Individual`));

	// The do-no-harm check: one point ticked, one not relevant with a note; the rest stay open.
	await point(page, 'The whole initiative', 'The referral list is ready and shared privately').getByRole('radio', { name: 'Done' }).check();
	const consent = point(page, 'The whole initiative', 'Consent and anonymity of participants');
	await consent.getByRole('radio', { name: 'Not relevant' }).check();
	await consent.getByLabel('Why is it not relevant here?').fill(note);
	await consent.getByLabel('Why is it not relevant here?').blur();
	await expect(page.locator('details.harm').first().locator('summary')).toContainText('Still to do: 5 of 7');
	await expect(page.locator('details.harm').filter({ hasText: `Activity: ${activity}` }).locator('summary')).toContainText('Still to do: 7 of 7');

	// The action plan: the two new sections, on screen and printed.
	await page.goto(actionPlan);
	await expect(page.getByRole('heading', { level: 3, name: '4. What you plan at each level' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: '8. Do no harm' })).toBeVisible();
	const printed = await printedText(page, 'map-plan');
	for (const text of [
		'What you plan at each level',
		'1. Individual',
		activity,
		'2. Relationships',
		`Target groups ${group}`,
		'3. Community',
		`Allies ${ally}`,
		'Nothing at society level yet',
		'Do no harm',
		'The whole initiative',
		'Still to do',
		'A safe and confidential space, online too',
		'The referral list is ready and shared privately',
		`Consent and anonymity of participants (${note})`,
		`Activity: ${activity}`
	]) {
		expect(printed, text).toContain(text);
	}
	// Within the initiative's check: what is still to do first, then what is done, then what is not relevant.
	const at = (text: string) => printed.indexOf(text, printed.indexOf('The whole initiative'));
	expect(at('A safe and confidential space')).toBeLessThan(at('The referral list is ready'));
	expect(at('The referral list is ready')).toBeLessThan(at('Consent and anonymity'));
	for (const control of ['Add at this level', 'Show the map as']) expect(printed).not.toContain(control);

	// The workbook overview lists what is still to do.
	await page.goto('/en/workbook/');
	const overview = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Do no harm: still to do' }) });
	const initiative = overview.locator('.harm-open > li').first();
	await expect(initiative).toContainText('The whole initiative');
	await expect(initiative).toContainText('Women’s organisations consulted and kept informed');
	await expect(initiative).not.toContainText('The referral list is ready and shared privately');
	await expect(overview.locator('.harm-open > li').nth(1)).toContainText(`Activity: ${activity}`);

	// A reload, then no network at all.
	await page.reload();
	await expectPlaced(page);
	await goOffline(context, server);
	await expectPlaced(page);

	// Save a copy, erase everything, restore: all of it comes back.
	await page.goto('/en/workbook/backup/');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a copy', exact: true }).click();
	const copy = await readFile((await (await downloading).path())!, 'utf8');
	expect(JSON.parse(copy).schemaVersion).toBe(3);
	await page.getByRole('button', { name: 'Erase everything on this device' }).click();
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByText('Everything was erased from this device.')).toBeVisible();
	await page.goto(annex);
	await expect(band(page, 'Community')).toContainText('Nothing yet');
	await page.goto('/en/workbook/backup/');
	await page.getByLabel('Backup file').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(copy) });
	await expect(page.locator('.backup-counts div').filter({ hasText: 'Do-no-harm checks' }).locator('dd')).toHaveText('1');
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
	await expectPlaced(page);
	await context.close();
});

test('a backup from before the map restores its allies and target groups as not placed, ready to place', async ({ page }) => {
	await page.goto('/en/workbook/backup/');
	const old = {
		format: 'birge-workbook',
		schemaVersion: 2,
		exportedAt: '2026-04-01T10:00:00.000Z',
		stores: {
			allies: [{ id: 'a1', name: 'Imam of the district', kind: 'religious', role: '', contact: '', updatedAt: 1 }],
			targetGroups: [{ id: 'g1', name: 'Students', age: '', place: '', whereWhen: '', barriers: '', motivators: '', updatedAt: 1 }]
		}
	};
	await page.getByLabel('Backup file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toContainText('Items restored: 2');

	await page.goto(planner);
	await goToStep(page, 3);
	await expect(page.locator('#allies-heading + ul')).toContainText('not placed yet');
	await band(page, 'Society').click();
	const panel = page.locator('#level-map-panel');
	await panel.getByLabel('From your plan').selectOption('allies:a1');
	await panel.getByRole('button', { name: 'Place here' }).click();
	await expect(panel.getByRole('status')).toHaveText('Placed at this level: Imam of the district');
	await expect(page.locator('#allies-heading + ul')).toContainText(/Imam of the district\s*Society/);
});

test('the map’s list view reads the four levels in order, each with its meaning, examples and what is placed there', async ({ page }) => {
	await page.goto(annex);
	await addFromMap(page, { level: 'Society', kind: 'Activity', name: 'Letter to the city council' });
	await mapOf(page).getByRole('button', { name: 'List' }).click();
	await expect(mapOf(page).getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
	const items = mapOf(page).locator('.map-list > li');
	await expect(items).toHaveCount(4);
	const texts = await items.allInnerTexts();
	expect(texts.map((text) => text.split('\n')[0])).toEqual(['1. Individual', '2. Relationships', '3. Community', '4. Society']);
	expect(texts[0]).toContain('Nothing at individual level yet');
	expect(texts[0]).toContain('Boys’ Day');
	expect(texts[3]).toMatch(/What it means[\s\S]*Examples from the guide[\s\S]*Yours at this level[\s\S]*Activities[\s\S]*Letter to the city council/);
	// The whole map reads top to bottom in the same order as it is shown.
	const all = await mapOf(page).innerText();
	const order = [...['1. Individual', '2. Relationships', '3. Community', '4. Society'].map((t) => all.indexOf(t)), all.lastIndexOf('Letter to the city council')];
	expect(order).toEqual([...order].sort((a, b) => a - b));
	expect(order.every((i) => i >= 0)).toBe(true);
});

test('the map works by keyboard: Tab reaches each level, Enter opens it, and its panel follows', async ({ page }) => {
	await page.goto(annex);
	await band(page, 'Society').focus();
	await page.keyboard.press('Tab');
	await expect(band(page, 'Community')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(band(page, 'Community')).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('#level-map-panel h3')).toHaveText('3. Community');
	await page.keyboard.press('Space');
	await expect(band(page, 'Community')).toHaveAttribute('aria-expanded', 'false');
});

for (const viewport of [phone, laptop]) {
	test(`the map has no axe violations at ${viewport.width}×${viewport.height}, a level open and as a list`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(annex);
		await band(page, 'Relationships').click();
		await expect(page.locator('#level-map-panel')).toContainText('Nothing at relationship level yet');
		const diagram = await axe(page).include('section.level-map').analyze();
		expect(diagram.violations).toEqual([]);
		await mapOf(page).getByRole('button', { name: 'List' }).click();
		const list = await axe(page).include('section.level-map').analyze();
		expect(list.violations).toEqual([]);
		await page.goto(planner);
		await goToStep(page, 3);
		await band(page, 'Individual').click();
		const inPlanner = await axe(page).include('#planner-levels-heading ~ *').analyze();
		expect(inPlanner.violations).toEqual([]);
		await goToStep(page, 5);
		const harmCheck = await axe(page).include('#planner-harm-heading ~ *').analyze();
		expect(harmCheck.violations).toEqual([]);

		if (process.env.MAP_SCREENSHOTS === '1') {
			const dir = 'docs';
			mkdirSync(dir, { recursive: true });
			const size = `${viewport.width}x${viewport.height}`;
			await page.goto(annex);
			await addFromMap(page, { level: 'Community', kind: 'Ally', name: ally });
			await addFromMap(page, { level: 'Relationships', kind: 'Target group', name: group });
			await mapOf(page).getByRole('heading', { name: 'Your plan on the four levels' }).evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
			await page.screenshot({ path: `${dir}/map-${size}.png` });
			await band(page, 'Community').click();
			await page.locator('#level-map-panel').evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
			await page.screenshot({ path: `${dir}/map-level-${size}.png` });
			await page.goto(planner);
			await goToStep(page, 5);
			await point(page, 'The whole initiative', 'The referral list is ready and shared privately').getByRole('radio', { name: 'Done' }).check();
			await page.locator('#planner-harm-heading').evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
			await page.screenshot({ path: `${dir}/harm-check-${size}.png` });
			await page.goto(actionPlan);
			await page.getByRole('heading', { name: '4. What you plan at each level' }).evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
			await page.screenshot({ path: `${dir}/plan-levels-${size}.png` });
			await page.getByRole('heading', { name: '8. Do no harm' }).evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
			await page.screenshot({ path: `${dir}/plan-harm-${size}.png` });
		}
	});
}
