import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';

const plan = '/en/workbook/plan/';

const aim = 'Help your community see the benefits of gender equality';
const level = 'Mobilising communities with a community-based approach';
const topics = ['Parental, family and paternity leave', 'Stress, pressure and anger'];
const cause = 'Feeling uncomfortable talking about gender issues.';

const texts = {
	'Why did you choose these aims?': 'Our town has no place where young men talk about this.',
	'Who will carry your message, and why will this audience listen to them?': 'The football coach; the boys trust him.',
	'What are your objectives?': 'Ten young men lead a discussion each by spring.',
	'What results do you expect, and how will you see them?': 'More fathers at school meetings.',
	'Which methods and activities will you use?': 'Weekly talks after training.',
	'How does your approach let people take part, include everyone, and change unfair gender norms?':
		'The group chooses the topics; a women’s centre reviews the plan.',
	'Where could the money come from?': 'A small grant from the youth council.',
	'What help can you get without money, such as a room, people’s time or equipment?': 'The club lends its hall.',
	'What is your rough budget?': 'About 300 dollars for tea and printing.',
	'How will you respond when people resist?': 'Listen first, then share a story from a local father.'
};

const group = { 'Who are they?': 'Football club members', Age: '16–24', Place: 'Osh', 'Where and when can you reach them?': 'After Saturday training' };
const ally = { Name: 'Nur youth centre', 'What part could they play?': 'Lends a room', 'How to reach them': 'Ask Aida at the desk' };

/** Fills in every part of the planner and waits until the page says everything is saved. */
async function fillPlanner(page: Page) {
	await page.goto(plan);
	await page.getByLabel(aim).check();
	await page.getByRole('button', { name: 'Add an aim of your own' }).click();
	await page.getByLabel('Your own aim 1').fill('Fathers share the school run');

	await page.getByRole('button', { name: 'Add a target group' }).click();
	for (const [label, value] of Object.entries(group)) await page.getByLabel(label, { exact: true }).fill(value);

	await page.getByLabel(level).check();

	await page.getByRole('button', { name: 'Add an ally' }).click();
	for (const [label, value] of Object.entries(ally)) await page.getByLabel(label, { exact: true }).fill(value);
	await page.getByLabel('What kind of ally').selectOption({ label: 'Youth group' });

	for (const topic of topics) await page.getByLabel(topic, { exact: true }).check();
	await page.getByRole('button', { name: 'Add a topic of your own' }).click();
	await page.getByLabel('Your own topic 1').fill('Men and household budgets');

	await page.getByLabel(cause).check();
	for (const [label, value] of Object.entries(texts)) await page.getByLabel(label).fill(value);
	// Leaving the last field saves it at once.
	await page.getByLabel('How will you respond when people resist?').blur();

	await expect(page.getByText('Saving…')).toHaveCount(0);
	await expect(page.getByText('Saved on this device')).toHaveCount(Object.keys(texts).length + 2 + 4);
}

/** Checks that everything `fillPlanner` entered is on the page. */
async function expectPlanner(page: Page) {
	await expect(page.getByLabel(aim)).toBeChecked();
	await expect(page.getByLabel('Your own aim 1')).toHaveValue('Fathers share the school run');
	await expect(page.getByLabel('Strengthening individual knowledge and skills')).not.toBeChecked();
	await expect(page.getByLabel(level)).toBeChecked();
	for (const topic of topics) await expect(page.getByLabel(topic, { exact: true })).toBeChecked();
	await expect(page.getByLabel('Your own topic 1')).toHaveValue('Men and household budgets');
	await expect(page.getByLabel(cause)).toBeChecked();
	for (const [label, value] of Object.entries(texts)) await expect(page.getByLabel(label)).toHaveValue(value);

	// Saved records show closed, with their name and a short description.
	await expect(page.getByText('16–24 · Osh')).toBeVisible();
	await page.locator('summary', { hasText: 'Football club members' }).click();
	for (const [label, value] of Object.entries(group)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
	await expect(page.locator('summary', { hasText: 'Nur youth centre' })).toContainText('Youth group');
	await page.locator('summary', { hasText: 'Nur youth centre' }).click();
	for (const [label, value] of Object.entries(ally)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
	await expect(page.getByLabel('What kind of ally')).toHaveValue('youth-group');
}

test('everything typed or ticked in the planner is still there after a reload', async ({ page }) => {
	await fillPlanner(page);
	await page.reload();
	await expectPlanner(page);
});

test('the planner opens offline with everything saved in it', async ({ browser }) => {
	test.setTimeout(90_000);
	const { server, context, page } = await openOnOwnServer(browser);
	await fillPlanner(page);
	await readyOffline(page);

	await goOffline(context, server);
	await page.reload();
	await expect(page.locator('h1')).toHaveText('My plan');
	await expectPlanner(page);
	await context.close();
});

test('an ally added in one tab appears in another open tab without a reload', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto(plan);
	await second.goto(plan);
	await expect(second.getByText('No allies yet.')).toBeVisible();

	await first.getByRole('button', { name: 'Add an ally' }).click();
	await first.getByLabel('Name', { exact: true }).fill('Women’s resource centre');
	await first.getByLabel('What kind of ally').selectOption({ label: 'Women’s rights organisation' });

	const summary = second.locator('summary', { hasText: 'Women’s resource centre' });
	await expect(summary).toBeVisible();
	await expect(summary).toContainText('Women’s rights organisation');
	await expect(second.getByText('No allies yet.')).toHaveCount(0);
});

test('deleting an ally asks first, and "No" keeps it', async ({ page }) => {
	await page.goto(plan);
	await page.getByRole('button', { name: 'Add an ally' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Local imam');
	await page.getByRole('button', { name: 'Delete Local imam' }).click();
	await expect(page.getByText('Delete “Local imam”? This cannot be undone.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'No, keep it' })).toBeFocused();
	await page.getByRole('button', { name: 'No, keep it' }).click();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Local imam');

	await page.getByRole('button', { name: 'Delete Local imam' }).click();
	await page.getByRole('button', { name: 'Yes, delete' }).click();
	await expect(page.getByText('No allies yet.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('No allies yet.')).toBeVisible();
	await expect(page.getByText('Local imam')).toHaveCount(0);
});

for (const viewport of [
	{ width: 360, height: 640 },
	{ width: 1280, height: 720 }
]) {
	test(`axe finds no WCAG 2.2 AA violations in the filled planner at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		// Filling the whole planner through its forms is a long journey of its own before the checks start.
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		await fillPlanner(page);
		await page.reload();
		// Open the saved records too, so their forms are checked.
		await page.locator('summary', { hasText: 'Football club members' }).click();
		await page.locator('summary', { hasText: 'Nur youth centre' }).click();
		await expect(page.getByLabel('What kind of ally')).toBeVisible();
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('main a, main button, main textarea, main input, main select')]
				.filter((el) => !el.closest('.hint') && el.offsetParent !== null)
				.map((el) => ({ el, box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.width < 24 || box.height < 24)
				.map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`)
		);
		expect(small, 'tap targets smaller than 24×24 px').toEqual([]);
	});
}

test('a list takes up to 100 options of your own, and then says it is full', async ({ page }) => {
	const own = Array.from({ length: 100 }, (_, i) => `Own aim ${i + 1}`);
	await page.goto('/en/workbook/backup/');
	await page.getByLabel('Backup file').setInputFiles({
		name: 'copy.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				format: 'birge-workbook',
				schemaVersion: 2,
				exportedAt: '2026-04-01T10:00:00.000Z',
				stores: { selections: [{ id: 'aims', values: [], own, updatedAt: 1 }] }
			})
		)
	});
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();

	await page.goto('/en/workbook/plan/');
	await expect(page.getByLabel('Your own aim 100')).toHaveValue('Own aim 100');
	await expect(page.getByRole('button', { name: 'Add an aim of your own' })).toBeDisabled();
	await expect(page.getByText('This list holds 100 options of your own, the most it can keep.')).toBeVisible();
	await expect(page.getByLabel('Your own aim 1', { exact: true })).toHaveAttribute('maxlength', '500');
	// Removing one makes room again.
	await page.getByRole('button', { name: 'Remove Your own aim 100' }).click();
	await expect(page.getByRole('button', { name: 'Add an aim of your own' })).toBeEnabled();
});
