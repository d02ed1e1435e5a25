import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { allGuidePages, languageCodes } from './site';

for (const lang of languageCodes)
for (const viewport of [
	{ width: 360, height: 640 },
	{ width: 1280, height: 720 }
]) {
	test(`axe finds no WCAG 2.2 AA violations on any ${lang} page at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		const failures: string[] = [];
		for (const path of await allGuidePages(page, lang)) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
		}
		expect(failures).toEqual([]);
	});
}

test('every tap target outside running text is at least 24×24 px on a phone', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 360, height: 640 });
	const small: string[] = [];
	const paths = [];
	for (const lang of languageCodes) paths.push(...(await allGuidePages(page, lang)));
	for (const path of paths) {
		await page.goto(path);
		const found = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a, button, textarea, input, select')]
				// Links inside sentences are exempt (WCAG 2.5.8 inline exception).
				.filter((el) => !el.closest('.prose p, .prose li, .site-footer p, .link-note, .hint'))
				.filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
				.map((el) => ({ el, box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.width < 24 || box.height < 24)
				.map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`)
		);
		small.push(...found.map((f) => `${path}: ${f}`));
	}
	expect(small).toEqual([]);
});

test('text stays readable without horizontal scrolling at 200 % zoom', async ({ page }) => {
	// 200 % zoom on a 1280 px window lays out like a 640 px viewport.
	await page.setViewportSize({ width: 640, height: 360 });
	const samples = ['', 'act/recommendations/', 'annex/socio-ecological-model/', 'think/norms/', 'workbook/referrals/'];
	for (const path of languageCodes.flatMap((lang) => samples.map((s) => `/${lang}/${s}`))) {
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(640);
	}
});
