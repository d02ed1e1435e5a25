import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { languageCodes } from './site';
import { axe, wcag } from './axe';

async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await axe(page).withTags(wcag).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

const results = (page: Page) => page.locator('.search-results li');
const status = (page: Page) => page.locator('.search-status');

async function searchFor(page: Page, words: string) {
	const field = page.getByRole('searchbox');
	await field.fill(words);
	await field.press('Enter');
}

/** A word of an Annex 2 topic's scenario (never of its title), in another form where the language has forms. */
const scenarios = [
	{ lang: 'en', word: 'seasonal', title: 'How our decisions affect others', path: '/en/annex/topics/family/decisions/', none: 'Nothing found for “qwxyz”.' },
	{ lang: 'ru', word: 'СВЕКРОВЬ', title: 'Как делить обязанности дома', path: '/ru/annex/topics/family/chores/', none: 'По запросу «qwxyz» ничего не найдено.' },
	{ lang: 'ru', word: 'сезонная', title: 'Как наши решения влияют на других', path: '/ru/annex/topics/family/decisions/', none: 'По запросу «qwxyz» ничего не найдено.' }
];

for (const lang of ['en', 'ru']) {
	test(`offline in ${lang}, a word of a topic's scenario finds the topic, and the result opens it`, async ({ browser }) => {
		test.setTimeout(90_000);
		const { server, context, page } = await openOnOwnServer(browser);
		await page.setViewportSize({ width: 360, height: 640 });
		await page.goto(`/${lang}/think/norms/`);
		await readyOffline(page);
		await goOffline(context, server);

		// From the header, as a reader would; the field is ready to type in.
		await page.locator('.site-search').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/search/$`));
		await expect(page.getByRole('searchbox')).toBeFocused();

		for (const { word, title, path } of scenarios.filter((s) => s.lang === lang)) {
			await page.goto(`/${lang}/search/`);
			await searchFor(page, word);
			const found = results(page).filter({ has: page.getByRole('link', { name: title, exact: true }) });
			await expect(found).toHaveCount(1);
			// The word is marked where the page's text has it, in the form the text uses.
			await expect(found.locator('.search-results__excerpt mark').first()).toHaveText(new RegExp(`^${word.slice(0, 5)}`, 'i'));
			await expect(status(page).locator('p')).toHaveText(lang === 'en' ? /^\d+ pages? found$/ : /^Найден[оа] \d+ страниц[аы]?$/);
			// The address keeps the search: a reload offline shows the same results.
			await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}`));
			await page.reload();
			await expect(found).toHaveCount(1);
			await found.getByRole('link').click();
			await expect(page).toHaveURL(path);
			await expect(page.locator('h1')).toHaveText(title);
			await expect(page.locator('main .prose')).not.toBeEmpty();
		}

		// No result: said in the reader's language, with what to try.
		await page.goto(`/${lang}/search/`);
		await searchFor(page, 'qwxyz');
		await expect(status(page).locator('p').first()).toHaveText(scenarios.find((s) => s.lang === lang)?.none ?? '');
		await expect(results(page)).toHaveCount(0);
		await context.close();
	});
}

test('a result list passes axe at 360×640 and 1280×720, in English and Russian', async ({ page }) => {
	for (const { lang, word } of [
		{ lang: 'en', word: 'women' },
		{ lang: 'ru', word: 'женщины' }
	]) {
		for (const size of [
			{ width: 360, height: 640 },
			{ width: 1280, height: 720 }
		]) {
			await page.setViewportSize(size);
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(word)}`);
			await expect(results(page).first()).toBeVisible();
			expect(await results(page).count()).toBeGreaterThan(2);
			expect(await axeViolations(page), `${lang} at ${size.width}×${size.height}`).toEqual([]);
			// Each result's link is a target of its own, as high as a thumb needs.
			for (const box of await results(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height))) {
				expect(box).toBeGreaterThanOrEqual(44);
			}
			if (process.env.SEARCH_SCREENSHOTS === '1') {
				mkdirSync('docs', { recursive: true });
				await page.getByRole('searchbox').blur();
				await page.screenshot({ path: `docs/search-${lang}-${size.width}x${size.height}.png` });
			}
		}
	}
});

test('the search link sits in the header’s one row at 360 px in every language, 44 px square', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	for (const lang of languageCodes) {
		await page.goto(`/${lang}/plan/approach/`);
		const link = page.locator('.site-search');
		await expect(link).toBeVisible();
		const box = await link.boundingBox();
		expect(box?.width, lang).toBeGreaterThanOrEqual(44);
		expect(box?.height, lang).toBeGreaterThanOrEqual(44);
		// One row: the mark, search, the language and Quick exit side by side, nothing pushed out of the screen.
		const row = await page.locator('.site-header__inner').evaluate((inner) => {
			const visible = [...inner.children].filter((child) => getComputedStyle(child).position !== 'fixed');
			const boxes = visible.map((child) => child.getBoundingClientRect());
			return {
				tops: boxes.map((b) => Math.round(b.top + b.height / 2)),
				right: Math.max(...boxes.map((b) => b.right)),
				height: inner.getBoundingClientRect().height
			};
		});
		expect(Math.max(...row.tops) - Math.min(...row.tops), `${lang}: one row`).toBeLessThanOrEqual(2);
		expect(row.right, `${lang}: inside the screen`).toBeLessThanOrEqual(360);
		expect(row.height, `${lang}: header height`).toBeLessThan(60);
		await expect(link).toHaveAccessibleName((await page.locator('.site-search__label').textContent()) ?? '');
		if (process.env.SEARCH_SCREENSHOTS === '1' && (lang === 'ru' || lang === 'ky' || lang === 'tg')) {
			await page.locator('.site-header').screenshot({ path: `docs/search-header-${lang}-360.png` });
		}
	}
});

test('words typed before the page’s script has run are kept, and searched', async ({ browser }) => {
	// A slow phone: the prerendered field is there long before the code that wakes it arrives.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/ru/search/', { waitUntil: 'domcontentloaded' });
	await page.getByRole('searchbox').fill('свекровь');
	release();
	const found = results(page).filter({ has: page.getByRole('link', { name: 'Как делить обязанности дома', exact: true }) });
	await expect(found).toHaveCount(1);
	await expect(page.getByRole('searchbox')).toHaveValue('свекровь');
	await expect(page).toHaveURL(/[?&]q=/);
	await context.close();
});

test('the search page’s code and index load only when it opens', async ({ browser }) => {
	// Without the service worker, which fetches all the app's code for offline use in the background.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	let scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
	});
	const load = async (path: string) => {
		scripts = [];
		await page.goto(path, { waitUntil: 'networkidle' });
		return scripts.join('\n');
	};
	for (const path of ['/en/', '/en/think/norms/', '/en/contents/', '/en/annex/topics/family/chores/']) {
		const code = await load(path);
		expect(code.length, path).toBeGreaterThan(1000);
		expect(code, `${path}: search code`).not.toContain('search-results__excerpt');
		expect(code, `${path}: search index`).not.toContain('headings:');
	}
	const search = await load('/en/search/?q=father');
	expect(search).toContain('search-results__excerpt');
	expect(search).toContain('headings:');
	await context.close();
});
