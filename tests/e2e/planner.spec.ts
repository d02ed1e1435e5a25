import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goToStep, nextStep, stepHeading, stepLink, stepList } from './planner-steps';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { axe, wcag } from './axe';

const plan = '/en/workbook/plan/';

const aim = 'Help your community see the benefits of gender equality';
const level = 'Mobilising communities with a community-based approach';
const topics = ['Parental, family and paternity leave', 'Stress, pressure and anger'];
const cause = 'Feeling uncomfortable talking about gender issues.';

/** The answer boxes of each step, by label. */
const texts: Record<number, Record<string, string>> = {
	1: { 'Why did you choose these aims?': 'Our town has no place where young men talk about this.' },
	2: { 'Who will carry your message, and why will this audience listen to them?': 'The football coach; the boys trust him.' },
	5: {
		'What are your objectives?': 'Ten young men lead a discussion each by spring.',
		'What results do you expect, and how will you see them?': 'More fathers at school meetings.',
		'Which methods and activities will you use?': 'Weekly talks after training.',
		'How does your approach let people take part, include everyone, and change unfair gender norms?':
			'The group chooses the topics; a women’s centre reviews the plan.'
	},
	6: {
		'Where could the money come from?': 'A small grant from the youth council.',
		'What help can you get without money, such as a room, people’s time or equipment?': 'The club lends its hall.',
		'What is your rough budget?': 'About 300 dollars for tea and printing.'
	},
	7: { 'How will you respond when people resist?': 'Listen first, then share a story from a local father.' }
};
const answerCount = Object.values(texts).flatMap((step) => Object.keys(step)).length;

const group = { 'Who are they?': 'Football club members', Age: '16–24', Place: 'Osh', 'Where and when can you reach them?': 'After Saturday training' };
const ally = { Name: 'Nur youth centre', 'What part could they play?': 'Lends a room', 'How to reach them': 'Ask Aida at the desk' };

async function fillTexts(page: Page, step: number) {
	for (const [label, value] of Object.entries(texts[step] ?? {})) await page.getByLabel(label).fill(value);
}

/** Fills in every step of the planner, moving on with Next, and waits until the page says everything is saved. */
async function fillPlanner(page: Page) {
	await page.goto(plan);
	await expect(stepHeading(page, 1)).toBeVisible();
	await page.getByLabel(aim).check();
	await page.getByRole('button', { name: 'Add an aim of your own' }).click();
	await page.getByLabel('Your own aim 1').fill('Fathers share the school run');
	await fillTexts(page, 1);

	await nextStep(page);
	await page.getByRole('button', { name: 'Add a target group' }).click();
	for (const [label, value] of Object.entries(group)) await page.getByLabel(label, { exact: true }).fill(value);
	await fillTexts(page, 2);

	await nextStep(page);
	await page.getByLabel(level).check();
	await page.getByRole('button', { name: 'Add an ally' }).click();
	for (const [label, value] of Object.entries(ally)) await page.getByLabel(label, { exact: true }).fill(value);
	await page.getByLabel('What kind of ally').selectOption({ label: 'Youth group' });

	await nextStep(page);
	for (const topic of topics) await page.getByLabel(topic, { exact: true }).check();
	await page.getByRole('button', { name: 'Add a topic of your own' }).click();
	await page.getByLabel('Your own topic 1').fill('Men and household budgets');

	await nextStep(page);
	await fillTexts(page, 5);
	await nextStep(page);
	await fillTexts(page, 6);
	await nextStep(page);
	await page.getByLabel(cause).check();
	await fillTexts(page, 7);
	// Leaving the last field saves it at once.
	await page.getByLabel('How will you respond when people resist?').blur();

	await expect(page.getByText('Saving…')).toHaveCount(0);
	await expect(page.getByText('Saved on this device')).toHaveCount(answerCount + 2 + 4);
}

/** Checks that everything `fillPlanner` entered is on the page, opening each step from the list of steps. */
async function expectPlanner(page: Page) {
	await goToStep(page, 1);
	await expect(page.getByLabel(aim)).toBeChecked();
	await expect(page.getByLabel('Your own aim 1')).toHaveValue('Fathers share the school run');

	await goToStep(page, 2);
	// Saved records show closed, with their name and a short description.
	await expect(page.getByText('16–24 · Osh')).toBeVisible();
	await page.locator('summary', { hasText: 'Football club members' }).click();
	for (const [label, value] of Object.entries(group)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);

	await goToStep(page, 3);
	await expect(page.getByLabel('Strengthening individual knowledge and skills')).not.toBeChecked();
	await expect(page.getByLabel(level)).toBeChecked();
	await expect(page.locator('summary', { hasText: 'Nur youth centre' })).toContainText('Youth group');
	await page.locator('summary', { hasText: 'Nur youth centre' }).click();
	for (const [label, value] of Object.entries(ally)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
	await expect(page.getByLabel('What kind of ally')).toHaveValue('youth-group');

	await goToStep(page, 4);
	for (const topic of topics) await expect(page.getByLabel(topic, { exact: true })).toBeChecked();
	await expect(page.getByLabel('Your own topic 1')).toHaveValue('Men and household budgets');

	await goToStep(page, 7);
	await expect(page.getByLabel(cause)).toBeChecked();
	for (const [step, boxes] of Object.entries(texts)) {
		await goToStep(page, Number(step));
		for (const [label, value] of Object.entries(boxes)) await expect(page.getByLabel(label)).toHaveValue(value);
	}
}

test('everything typed or ticked in the planner is still there after a reload', async ({ page }) => {
	await fillPlanner(page);
	await page.reload();
	// A reload stays on the step the address names.
	await expect(stepHeading(page, 7)).toBeVisible();
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
	await goToStep(first, 3);
	await goToStep(second, 3);
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
	await goToStep(page, 3);
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
	test(`axe finds no WCAG 2.2 AA violations on any step of the filled planner at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		// Filling the whole planner through its forms is a long journey of its own before the checks start.
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		await fillPlanner(page);
		await page.reload();
		for (let step = 1; step <= 8; step++) {
			await goToStep(page, step);
			// Open the saved records too, so their forms are checked.
			if (step === 2) await page.locator('summary', { hasText: 'Football club members' }).click();
			if (step === 3) {
				await page.locator('summary', { hasText: 'Nur youth centre' }).click();
				await expect(page.getByLabel('What kind of ally')).toBeVisible();
			}
			const { violations } = await axe(page)
				.withTags(wcag)
				.analyze();
			expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`), `step ${step}`).toEqual([]);

			const small = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('main a, main button, main textarea, main input, main select')]
					.filter((el) => !el.closest('.hint') && el.offsetParent !== null)
					.map((el) => ({ el, box: el.getBoundingClientRect() }))
					.filter(({ box }) => box.width < 24 || box.height < 24)
					.map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`)
			);
			expect(small, `tap targets smaller than 24×24 px on step ${step}`).toEqual([]);
		}
	});
}

/** Links smaller than 44×44 px among the list of steps and the step's Back and Next (or its two closing links). */
async function smallStepTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.step-list a, .planner-step:not([hidden]) .planner-step__moves a')]
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.width < 44 || box.height < 44)
			.map(({ el, box }) => `"${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`)
	);
}

test.describe('on a 360×640 phone', () => {
	test.use({ viewport: { width: 360, height: 640 } });

	test('Next alone walks all eight steps; a reload finds everything and marks each step as holding something', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(plan);
		await expect(stepHeading(page, 1)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveCount(0);
		expect(await smallStepTargets(page)).toEqual([]);
		// Nothing is saved yet, so no step claims to hold anything.
		await expect(stepList(page).getByRole('link', { name: /something saved here/ })).toHaveCount(0);

		const fills: [step: number, fill: () => Promise<void>, check: () => Promise<void>][] = [
			[1, () => page.getByLabel('Name of your initiative').fill('Fathers of Osh'), () => expect(page.getByLabel('Name of your initiative')).toHaveValue('Fathers of Osh')],
			[2, () => page.getByLabel(/Who will carry your message/).fill('The coach'), () => expect(page.getByLabel(/Who will carry your message/)).toHaveValue('The coach')],
			[3, () => page.getByLabel(level).check(), () => expect(page.getByLabel(level)).toBeChecked()],
			[4, () => page.getByLabel(topics[0]!, { exact: true }).check(), () => expect(page.getByLabel(topics[0]!, { exact: true })).toBeChecked()],
			[5, () => page.getByLabel('What are your objectives?').fill('Ten talks'), () => expect(page.getByLabel('What are your objectives?')).toHaveValue('Ten talks')],
			[6, () => page.getByLabel('What is your rough budget?').fill('300 dollars'), () => expect(page.getByLabel('What is your rough budget?')).toHaveValue('300 dollars')],
			[7, () => page.getByLabel(cause).check(), () => expect(page.getByLabel(cause)).toBeChecked()],
			[8, () => page.getByLabel('Action 1', { exact: true }).fill('Book the hall'), () => expect(page.getByLabel('Action 1', { exact: true })).toHaveValue('Book the hall')]
		];
		for (const [step, fill] of fills) {
			await expect(stepHeading(page, step)).toBeVisible();
			await expect(page).toHaveURL(step === 1 ? /\/plan\/$/ : new RegExp(`#step-${step}$`));
			// The step's top is on screen, below the sticky header: the list of steps and the step's name.
			await expect(stepHeading(page, step)).toBeInViewport();
			await expect(stepList(page)).toBeInViewport();
			await fill();
			if (step < 8) {
				expect(await smallStepTargets(page), `step ${step}`).toEqual([]);
				await nextStep(page);
			}
		}
		// The last step ends with the way to the action plan and on to the referral list, not with Next.
		await expect(page.getByRole('link', { name: /^Next(?!:)/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'See your action plan' })).toHaveAttribute('href', '/en/workbook/action-plan/');
		await expect(page.getByRole('link', { name: 'Next: your referral list' })).toHaveAttribute('href', '/en/workbook/referrals/');
		expect(await smallStepTargets(page)).toEqual([]);
		await page.getByLabel('Action 1', { exact: true }).blur();
		await expect(stepList(page).getByRole('link', { name: /something saved here/ })).toHaveCount(8);

		await page.reload();
		await expect(stepHeading(page, 8)).toBeVisible();
		await expect(stepList(page).getByRole('link', { name: /something saved here/ })).toHaveCount(8);
		for (const [step, , check] of fills) {
			await goToStep(page, step);
			await check();
		}
	});

	test('Back returns to the step before, and a reload stays on the step', async ({ page }) => {
		await page.goto(plan);
		await nextStep(page);
		await nextStep(page);
		await expect(page).toHaveURL(/#step-3$/);
		// Android's Back button.
		await page.goBack();
		await expect(stepHeading(page, 2)).toBeVisible();
		await expect(stepHeading(page, 3)).toBeHidden();
		await expect(stepHeading(page, 2)).toBeFocused();
		await page.goForward();
		await expect(stepHeading(page, 3)).toBeVisible();
		// The step's own Back link goes to the step before too.
		await page.getByRole('link', { name: 'Back', exact: true }).click();
		await expect(stepHeading(page, 2)).toBeFocused();
		await page.reload();
		await expect(stepHeading(page, 2)).toBeVisible();
		await expect(stepHeading(page, 1)).toBeHidden();
	});

	test('typing and pressing Next at once keeps what was typed', async ({ page }) => {
		await page.goto(plan);
		const why = page.getByLabel('Why did you choose these aims?');
		// No pause after typing: the save waits for one, so only leaving the box saves it.
		await why.pressSequentially('Nobody talks about it here');
		await page.getByRole('link', { name: /^Next(?!:)/ }).click();
		await expect(stepHeading(page, 2)).toBeFocused();
		// Saved, as the list of steps says, before anyone reloads.
		await expect(stepLink(page, 1)).toHaveAccessibleName(/something saved here/);
		await page.reload();
		await goToStep(page, 1);
		await expect(why).toHaveValue('Nobody talks about it here');
	});

	test('a link from elsewhere opens the step that holds its part, scrolled to it', async ({ page }) => {
		await page.goto('/en/workbook/action-plan/');
		const resistance = page.locator('section').filter({ has: page.getByRole('heading', { name: '7. Resistance' }) });
		await resistance.getByRole('link', { name: 'Fill it in: My plan' }).click();
		await expect(page).toHaveURL(/\/en\/workbook\/plan\/#planner-resistance-heading$/);
		await expect(stepHeading(page, 7)).toBeVisible();
		await expect(stepHeading(page, 7)).toBeInViewport();
		await expect(stepHeading(page, 7)).toBeFocused();
		await expect(stepLink(page, 7)).toHaveAttribute('aria-current', 'step');

		// A heading inside a step of several parts: the step opens there, with that part's heading in view.
		await page.goto('/en/workbook/action-plan/');
		const allies = page.locator('section').filter({ has: page.getByRole('heading', { name: '6. Allies' }) });
		await allies.getByRole('link', { name: 'Fill it in: My plan' }).click();
		await expect(stepHeading(page, 3)).toBeVisible();
		const heading = page.getByRole('heading', { level: 3, name: 'Stakeholders and allies' });
		await expect(heading).toBeInViewport();
		await expect(heading).toBeFocused();

		// Opened straight from the address bar.
		await page.goto('/en/workbook/plan/#planner-first-actions-heading');
		await expect(stepHeading(page, 8)).toBeVisible();
		await expect(stepHeading(page, 1)).toBeHidden();
	});
});

test('before the page’s script runs, the address already shows its step, and the list of steps works', async ({ browser, baseURL }) => {
	// A slow phone paints the prerendered page long before its script has run; without script is the extreme case.
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${plan}#step-5`);
	await expect(stepHeading(page, 5)).toBeVisible();
	await expect(stepHeading(page, 1)).toBeHidden();
	await page.goto(`${plan}#planner-allies-heading`);
	await expect(page.getByRole('heading', { level: 3, name: 'Stakeholders and allies' })).toBeVisible();
	await expect(stepHeading(page, 5)).toBeHidden();
	await stepLink(page, 6).click();
	await expect(stepHeading(page, 6)).toBeVisible();
	await expect(stepHeading(page, 3)).toBeHidden();
	await page.goto(plan);
	await expect(stepHeading(page, 1)).toBeVisible();
	await expect(stepHeading(page, 2)).toBeHidden();
	await context.close();
});

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
