import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';

test('switching language on a THINK page lands on the same page, and the start page remembers it', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.locator('summary', { hasText: 'English' }).click();
	await page.getByRole('link', { name: 'Русский' }).click();
	await page.waitForURL('**/ru/think/norms/');
	// The switch loads the page afresh (so the service worker can answer offline); wait until its script has run.
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('h1')).toHaveText('Упражнение «Гендерные нормы»');
	await expect(page.getByRole('link', { name: 'Рабочая тетрадь' })).toBeVisible();
	// Each language points search engines and readers at the other's copy of the page.
	// Absolute, from the site's address the build was made for (BIRGE_SITE_URL).
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/en\/think\/norms\/$/);

	await page.goto('/');
	await page.waitForURL('**/ru/');

	await page.locator('summary', { hasText: 'Русский' }).click();
	await page.getByRole('link', { name: 'English' }).click();
	await page.waitForURL(/\/en\/$/);
	await expect(page.locator('h1')).toHaveText(/Welcome/);
});

test('the start page follows the browser\'s languages when nothing was chosen', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForURL('**/ru/');
	await expect(page.locator('h1')).toHaveText(/Добро пожаловать/);
	await context.close();
});

test('answers typed in English are there in Russian, and the other way round', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.getByRole('textbox', { name: /three common gender norms/ }).fill('Men must not cry.');
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toHaveText(/Saved on this device/);

	await page.locator('summary', { hasText: 'English' }).click();
	await page.getByRole('link', { name: 'Русский' }).click();
	await page.waitForURL('**/ru/think/norms/');
	const first = page.locator('[id="answer-think.norms.q1"]');
	await expect(first).toHaveValue('Men must not cry.');

	const second = page.locator('[id="answer-think.norms.q2"]');
	await second.fill('Мужчинам трудно просить о помощи.');
	await expect(page.locator('[id="answer-state-think.norms.q2"]')).toHaveText(/Сохранено\sна\sэтом\sустройстве/);
	await page.goto('/en/think/norms/');
	await expect(page.getByRole('textbox', { name: /affect men and boys/ })).toHaveValue('Мужчинам трудно просить о помощи.');
	await expect(page.getByRole('textbox', { name: /three common gender norms/ })).toHaveValue('Men must not cry.');
});

test('counts on the workbook overview are in Russian grammar', async ({ page }) => {
	await page.goto('/ru/workbook/');
	await expect(page.locator('main')).toContainText('0 целевых групп, 0 союзников');
	await expect(page.locator('main')).toContainText('0 служб');
	await expect(page.locator('main')).toContainText('0 встреч');
});

test('an Uzbek browser starts in Oʻzbekcha, written with ʻ (U+02BB), with counts in Uzbek grammar', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, locale: 'uz-UZ' });
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForURL('**/uz/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uz');
	await expect(page.locator('h1')).toHaveText('Birgega xush kelibsiz');
	await page.locator('summary', { hasText: 'Oʻzbekcha' }).click();
	await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
	await page.goto('/uz/workbook/');
	await expect(page.locator('main')).toContainText('0 ta maqsadli guruh, 0 ta ittifoqchi');
	// Dates are not checked here: Debian's Chromium lists 'uz' as supported but lacks its calendar and number data
	// ("2026 M03 3", "12,345.6"); Node's full ICU has it ("3-mar, 2026"), which tests/unit/translations.spec.ts checks.
	await context.close();
});

test('an Uzbek page says, in Uzbek, that the translation is new: a link in the switcher and the note on the About page', async ({ page }) => {
	await page.goto('/uz/think/norms/');
	await page.locator('summary', { hasText: 'Oʻzbekcha' }).click();
	const link = page.getByRole('link', { name: 'yangi tarjima' });
	await expect(link).toBeVisible();
	await expect(page.getByRole('link', { name: 'new translation' })).toHaveCount(0);
	await link.click();
	await page.waitForURL('**/uz/about/#translation');
	const note = page.locator('#translation');
	await expect(note).toBeVisible();
	await expect(note).toHaveAttribute('role', 'note');
	await expect(note).toHaveText(/^Bu tarjima yangi, uni hali ona tilida soʻzlashuvchi/);
	// The About page's other new section is in Uzbek too.
	await expect(page.getByRole('heading', { name: 'Birgeni boshqa telefonda ochish' })).toBeVisible();

	// A reviewed edition says nothing of the kind.
	await page.goto('/ru/about/');
	await expect(page.locator('#translation')).toHaveCount(0);
	await page.locator('summary', { hasText: 'Русский' }).click();
	await expect(page.getByRole('link', { name: 'новый перевод' })).toHaveCount(0);
});

test('a Tajik browser starts in Тоҷикӣ, and Tajik counts keep the noun singular', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, locale: 'tg-TJ' });
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForURL('**/tg/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
	await expect(page.locator('h1')).toHaveText(/хуш омадед/);

	// Tajik has the CLDR forms one and other, and a number takes a singular noun: "4 мавзӯъ", never "4 мавзӯъҳо".
	await page.goto('/tg/annex/topics/');
	const main = page.locator('main');
	await expect(main).toContainText('4 мавзӯъ');
	await expect(main).toContainText('2 мавзӯъ');
	expect(await main.innerText()).not.toMatch(/\d\s+мавзӯъҳо/);
	await context.close();
});

test('a Tajik page says, in Tajik, that the translation is new, and the About page has the note', async ({ page }) => {
	await page.goto('/tg/think/norms/');
	await page.locator('summary', { hasText: 'Тоҷикӣ' }).click();
	const label = page.getByRole('link', { name: 'тарҷумаи нав' });
	await expect(label).toBeVisible();
	await expect(label).toHaveAttribute('href', '/tg/about/#translation');
	await label.click();
	await page.waitForURL('**/tg/about/#translation');
	const note = page.locator('[id="translation"]');
	await expect(note).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
	await expect(note).toContainText('Ин тарҷума нав аст');
	await expect(note).toContainText('соҳибзабон');

	// English and Russian are reviewed: neither the link nor the note.
	await page.goto('/ru/about/');
	await expect(page.locator('[id="translation"]')).toHaveCount(0);
	await page.locator('summary', { hasText: 'Русский' }).click();
	await expect(page.getByRole('link', { name: 'новый перевод' })).toHaveCount(0);
});

test('Kyrgyz keeps the answers typed in English and counts in Kyrgyz grammar', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.getByRole('textbox', { name: /three common gender norms/ }).fill('Men must not cry.');
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toHaveText(/Saved on this device/);

	await page.locator('summary', { hasText: 'English' }).click();
	await page.getByRole('link', { name: 'Кыргызча' }).click();
	await page.waitForURL('**/ky/think/norms/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
	await expect(page.locator('h1')).toHaveText('Гендердик нормалар көнүгүүсү');
	await expect(page.locator('[id="answer-think.norms.q1"]')).toHaveValue('Men must not cry.');
	await page.locator('[id="answer-think.norms.q2"]').fill('Эркектерге жардам суроо кыйын.');
	await expect(page.locator('[id="answer-state-think.norms.q2"]')).toHaveText(/Ушул\sтүзмөктө\sсакталды/);

	await page.goto('/ky/workbook/');
	await expect(page.locator('main')).toContainText('0 максаттуу топ, 0 союздаш');
	await expect(page.locator('main')).toContainText('7 суроодон 2 суроого жооп берилди');
});

test('Kyrgyz, not yet reviewed, says in Kyrgyz that its translation is new: in the switcher and on the About page', async ({ page }) => {
	// A reviewed language shows no such link.
	await page.goto('/en/think/norms/');
	await page.locator('summary', { hasText: 'English' }).click();
	await expect(page.getByRole('link', { name: 'Кыргызча' })).toBeVisible();
	await expect(page.locator('.languages').getByRole('link', { name: /new translation/i })).toHaveCount(0);

	await page.goto('/ky/think/norms/');
	await page.locator('summary', { hasText: 'Кыргызча' }).click();
	const link = page.locator('.languages').getByRole('link', { name: 'жаңы котормо' });
	await expect(link).toBeVisible();
	await link.click();
	await page.waitForURL('**/ky/about/#translation');
	const note = page.locator('#translation');
	await expect(note).toBeVisible();
	await expect(note).toContainText(/^Бул\sкотормо\sжаңы/);
	await expect(note).toContainText(/Birge-ни\sсиз\sменен\sбөлүшкөн\sадамга\sже\sтопко/);
	await expect(page.locator('h1')).toHaveText('Birge жөнүндө');
});

test('a Turkmen browser starts in Türkmençe, counts in Turkmen grammar, writes dates Chromium has no Turkmen data for, and says the translation is new', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, locale: 'tk-TM' });
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForURL('**/tk/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'tk');
	await expect(page.locator('h1')).toHaveText('Birge programmasyna hoş geldiňiz');
	await page.locator('summary', { hasText: 'Türkmençe' }).click();
	await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
	// Not yet reviewed by a native speaker: the switcher links to the note on the About page, both in Turkmen.
	await page.getByRole('link', { name: 'täze terjime' }).click();
	await page.waitForURL('**/tk/about/#translation');
	await expect(page.locator('#translation')).toContainText('Bu terjime täze');
	await page.goto('/tk/workbook/');
	// Turkmen has the CLDR categories one and other, and a number takes the singular noun in both.
	await expect(page.locator('main')).toContainText('0 maksatly topar, 0 tarapdar');
	await expect(page.locator('main')).toContainText('0 hyzmat');
	await expect(page.locator('main')).toContainText('0 duşuşyk');
	// Chromium's ICU has Turkmen plural rules but no Turkmen dates: the app writes those from CLDR's data itself.
	expect(await page.evaluate(() => new Intl.PluralRules('tk').resolvedOptions().pluralCategories)).toEqual(['one', 'other']);
	await page.goto('/tk/workbook/referrals/');
	await page.getByRole('button', { name: 'Hyzmat goşmak' }).first().click();
	await page.getByLabel('Hyzmatyň ady').fill('Ynam telefony');
	await page.getByLabel('Barlanan senesi').fill('2026-03-03');
	await page.getByRole('button', { name: 'Ýatda saklamak' }).click();
	await expect(page.locator('main')).toContainText('Barlandy: 3 mart 2026');
	await context.close();
});

test.describe('switching language offline', () => {
	// Each waits for one or two languages to be stored over the test server: on a busy machine that alone can take 30 s.
	test.describe.configure({ timeout: 120_000 });

	test('without the other language stored, the reader gets a clear page in their own language, with Quick exit', async ({ browser }) => {
		const { server, context, page } = await openOnOwnServer(browser);
		await page.goto('/en/think/norms/');
		await readyOffline(page);
		await goOffline(context, server);

		await page.locator('summary', { hasText: 'English' }).click();
		await page.getByRole('link', { name: 'Русский' }).click();
		await expect(page.locator('h1')).toHaveText('Русский is not on this device yet');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Continue in English' })).toHaveAttribute('href', '/en/think/norms/');
		// Never a message key: every word on the page is the interface's own.
		expect(await page.locator('body').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

		// Typed straight into the address bar, the same.
		await page.goto('/ru/annex/topics/family/money/');
		await expect(page.locator('h1')).toHaveText('Русский is not on this device yet');
		await page.getByRole('link', { name: 'Continue in English' }).click();
		await expect(page.locator('h1')).toHaveText('Money matters: who decides?');
		await context.close();
	});

	test('"Also keep Русский offline" stores it, and the switch then works offline', async ({ browser }) => {
		const { server, context, page } = await openOnOwnServer(browser);
		await page.goto('/en/');
		await readyOffline(page);
		await page.getByRole('button', { name: 'Also keep Русский offline' }).click();
		await expect(page.getByText('✓ Русский is ready offline too')).toBeVisible({ timeout: 30_000 });
		await goOffline(context, server);

		await page.goto('/en/think/norms/');
		await page.locator('summary', { hasText: 'English' }).click();
		await page.getByRole('link', { name: 'Русский' }).click();
		await expect(page.locator('h1')).toHaveText('Упражнение «Гендерные нормы»');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await context.close();
	});

	test('a language the browser lists is kept offline without asking', async ({ browser }) => {
		const { server, context, page } = await openOnOwnServer(browser);
		await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['en-GB', 'ru-RU'] }));
		await page.goto('/en/');
		await readyOffline(page);
		await expect(page.getByText('✓ Русский is ready offline too')).toBeVisible({ timeout: 30_000 });
		await goOffline(context, server);
		await page.goto('/ru/plan/resistance/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.locator('main h1')).not.toHaveText(/not on this device/);
		await context.close();
	});
});

test('a Kazakh page says, in Kazakh, that the translation is new, and the About page explains it', async ({ page }) => {
	await page.goto('/kk/think/norms/');
	await page.locator('summary', { hasText: 'Қазақша' }).click();
	const label = page.getByRole('link', { name: 'жаңа аударма' });
	await expect(label).toBeVisible();
	await expect(label).toHaveAttribute('href', '/kk/about/#translation');
	await label.click();
	await page.waitForURL('**/kk/about/#translation');
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	const note = page.locator('#translation');
	await expect(note).toHaveAttribute('role', 'note');
	await expect(note).toHaveText(/^Бұл\sаударма\sжаңа,.*беттің\sмекенжайын\sжәне\sсол\sсөйлемді\sжазыңыз\.$/);

	// Russian is reviewed: its switcher and About page carry no such notice.
	await page.goto('/ru/think/norms/');
	await page.locator('summary', { hasText: 'Русский' }).click();
	await expect(page.getByRole('link', { name: 'Қазақша' })).toBeVisible();
	await expect(page.locator('.new-translation')).toHaveCount(0);
	await page.goto('/ru/about/');
	await expect(page.locator('#translation')).toHaveCount(0);
});
