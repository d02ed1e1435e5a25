import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { timeForSteps } from './site';

const groupPath = ['/en/group/premise/', '/en/group/foundations/', '/en/group/launch/', '/en/group/coordination/', '/en/group/activities/'];

test('the group guide is reached from the welcome page, the header and the contents', async ({ page }) => {
	await page.goto('/en/');
	await page.locator('.start-box').getByRole('link', { name: 'Start a group' }).click();
	await expect(page).toHaveURL(/\/en\/group\/$/);
	await expect(page.locator('h1')).toHaveText('Start and run a group');

	await page.goto('/en/think/norms/');
	const main = page.getByRole('navigation', { name: 'Main' });
	await main.getByRole('link', { name: 'Start a group' }).click();
	await expect(page).toHaveURL(/\/en\/group\/$/);
	await expect(main.getByRole('link', { name: 'Start a group' })).toHaveAttribute('aria-current', 'page');

	await page.goto('/en/contents/');
	const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Start a group' }) });
	const links = await section.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links).toEqual([
		'/en/group/',
		...groupPath,
		'/en/group/conversation-starters/',
		'/en/group/conversation-starters/what-women-want/',
		'/en/group/conversation-starters/militarized-men/',
		'/en/group/further-reading/'
	]);
});

test('the safeguards come first on the group guide\'s start page', async ({ page }) => {
	await page.goto('/en/group/');
	const safeguards = page.locator('#safeguards');
	await expect(safeguards.getByRole('heading', { level: 3 })).toHaveText([
		// As typeset by the build: curly quotes and apostrophes, maybe a no-break space.
		/closed\smen’s\sclub/,
		/No\sdiscrimination,\sbigotry\sor\smisogyny/,
		/not\sa\s“men’s\srights”\smovement/,
		/Women’s\sgroups\sand\swomen\sleaders\scome\sfirst/
	]);
	// Up front: before the page's own text.
	const [safeguardsTop, proseTop] = await Promise.all([safeguards.boundingBox(), page.locator('.prose').boundingBox()]);
	expect(safeguardsTop!.y).toBeLessThan(proseTop!.y);
});

test('"Next" walks the group guide on its own, from its start to its reading list and back to its start', async ({ page }) => {
	test.setTimeout(timeForSteps(12));
	await page.goto('/en/group/');
	const seen: string[] = [];
	for (let i = 0; i < 20; i++) {
		seen.push(new URL(page.url()).pathname);
		const next = page.locator('a[rel="next"]');
		if ((await next.count()) === 0) break;
		await next.click();
		await page.waitForURL((url) => url.pathname !== seen.at(-1));
	}
	expect(seen).toEqual([
		'/en/group/',
		...groupPath,
		'/en/group/conversation-starters/',
		'/en/group/conversation-starters/what-women-want/',
		'/en/group/conversation-starters/militarized-men/',
		'/en/group/further-reading/'
	]);
	// The last page leads back to the start of this guide, and the first has no "Previous" into the other guide.
	await page.getByRole('link', { name: 'Back to the start' }).click();
	await expect(page).toHaveURL(/\/en\/group\/$/);
	await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
	await page.goto('/en/annex/topics/wellbeing/anger/');
	await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('a step of the group guide has its own progress bar, its do\'s and don\'ts, and questions to decide', async ({ page }) => {
	await page.goto('/en/group/launch/');
	const progress = page.getByRole('navigation', { name: 'Your place in the guide' });
	await expect(progress.getByRole('link')).toHaveText([/Five steps/, /Conversation starters/, /Further reading/]);
	await expect(progress.locator('[aria-current="step"]')).toHaveText(/Five steps/);
	await expect(progress).toContainText('Five steps: page 3 of 5');
	await expect(progress).not.toContainText('Think');
	await expect(page.locator('.eyebrow').first()).toHaveText(/Step 3 of 5/);

	await expect(page.locator('[id^="group.launch."].card')).toHaveCount(2);
	await expect(page.locator('.practices .do li')).toHaveCount(3);
	await expect(page.locator('.practices .dont li')).toHaveCount(4);
	await expect(page.getByRole('heading', { level: 2, name: 'What to decide' })).toBeVisible();
	await expect(page.locator('textarea[name^="group.launch.q"]')).toHaveCount(5);

	// The first guide's bar knows nothing of the second guide.
	await page.goto('/en/plan/resistance/');
	await expect(page.getByRole('navigation', { name: 'Your place in the guide' })).not.toContainText('Five steps');
});

test('an answer in the group guide saves like every other, and is there after a reload', async ({ page }) => {
	await page.goto('/en/group/launch/');
	const box = page.locator('textarea[name="group.launch.q2"]');
	await box.fill('Birge Men for Equality. We stand with women in our university.');
	await expect(page.locator('[id="answer-state-group.launch.q2"]')).toHaveText(/Saved on this device/);
	await page.reload();
	await expect(box).toHaveValue('Birge Men for Equality. We stand with women in our university.');
	await page.goto('/en/workbook/');
	await expect(page.getByRole('heading', { level: 3, name: 'Start a group: Five steps' })).toBeVisible();
	await expect(page.locator('.progress-cards')).toContainText('1 of 23');
});

test('the 16 conversation starters open an Annex 2 topic or one of Birge\'s own scenarios, marked as such', async ({ page }) => {
	test.setTimeout(timeForSteps(17));
	await page.goto('/en/group/conversation-starters/');
	await expect(page.getByRole('heading', { level: 2 })).toContainText(['At work', 'Work–life balance']);
	const starters = page.locator('.starter-list > li');
	await expect(starters).toHaveCount(16);
	await expect(page.locator('#starters-work .starter-list > li')).toHaveCount(9);
	await expect(page.locator('#starters-life .starter-list > li')).toHaveCount(7);
	await expect(starters.locator('.own-mark')).toHaveCount(2);

	const hrefs = await starters.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.filter((h) => h.startsWith('/en/annex/topics/'))).toHaveLength(14);
	for (const href of hrefs) {
		await page.goto(href);
		await expect(page.getByRole('heading', { name: 'The situation' }), href).toBeVisible();
		expect(await page.getByRole('textbox').count(), href).toBeGreaterThan(0);
		const own = href.startsWith('/en/group/');
		await expect(page.locator('.origin-note'), href).toHaveCount(own ? 1 : 0);
	}
});

for (const lang of ['en', 'ru', 'kk']) {
	test(`after one visit the group guide opens offline in ${lang}, pages never opened included`, async ({ browser }) => {
		test.setTimeout(90_000);
		// A reader stores only their own language's pack: every page of the group guide must open from it.
		const { server, context, page } = await openOnOwnServer(browser);
		await page.goto(`/${lang}/`);
		await readyOffline(page);
		await goOffline(context, server);
		for (const path of ['group/', 'group/coordination/', 'group/conversation-starters/militarized-men/']) {
			await page.goto(`/${lang}/${path}`);
			await expect(page.locator('main .prose'), path).not.toBeEmpty();
			await page.reload();
			await expect(page.locator('main .prose'), `${path} after reload`).not.toBeEmpty();
		}
		await context.close();
	});
}

test('in Russian the group guide is in Russian: its safeguards, steps, starters and reading list', async ({ page }) => {
	test.setTimeout(timeForSteps(4));
	await page.goto('/ru/group/');
	await expect(page.locator('.fallback-note')).toHaveCount(0);
	await expect(page.locator('article')).not.toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText('Как создать группу и вести её');
	// As typeset by the build: «ёлочки» and a no-break space before the dash.
	await expect(page.locator('#safeguards').getByRole('heading', { level: 3 })).toHaveText([
		/закрытый мужской клуб/,
		/Никакой\sдискриминации/,
		/не\sдвижение\s«за\sправа\sмужчин»/,
		/Сначала\s—\sженские\sгруппы/
	]);

	await page.goto('/ru/group/premise/');
	await expect(page.locator('.fallback-note')).toHaveCount(0);
	await expect(page.locator('h1')).toHaveText(/^Обоснование: зачем создавать группу\?$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Что нужно решить' })).toBeVisible();
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/ru/group/foundations/');

	await page.goto('/ru/group/conversation-starters/');
	await expect(page.getByRole('heading', { level: 2 })).toContainText(['На работе', 'Баланс работы и личной жизни']);
	const hrefs = await page.locator('.starter-list > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs).toHaveLength(16);
	expect(hrefs.every((h) => h.startsWith('/ru/'))).toBe(true);

	await page.goto('/ru/group/conversation-starters/militarized-men/');
	await expect(page.locator('.origin-note')).toContainText('написали мы в Birge');
	await expect(page.getByRole('heading', { name: 'Ситуация' })).toBeVisible();
});
