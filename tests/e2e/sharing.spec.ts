import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { axe, wcag } from './axe';

/** Reads a QR code the way a phone would: from a picture of the screen. */
async function decodeQr(code: Locator): Promise<string | undefined> {
	const png = PNG.sync.read(await code.screenshot());
	const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
	return jsQR(pixels, png.width, png.height)?.data;
}

async function axeViolations(page: Page, where: string): Promise<string[]> {
	const { violations } = await axe(page).withTags(wcag).analyze();
	return violations.map((v) => `${where} ${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

const origin = (page: Page) => new URL(page.url()).origin;

test('the About page shows a QR code of the app’s own address in the reader’s language, with the address as text', async ({ page }) => {
	await page.goto('/ru/about/');
	const code = page.locator('.app-qr__code');
	await expect(code).toBeVisible();
	expect(await decodeQr(code)).toBe(`${origin(page)}/ru/`);
	await expect(page.locator('.app-qr__caption')).toHaveText(`Адрес: ${origin(page)}/ru/`);
	await expect(code).toHaveAccessibleName('QR-код адреса');
	await expect(page.getByRole('link', { name: 'распечатайте его брошюрой' })).toHaveAttribute('href', '/ru/booklet/');
	for (const size of [
		{ width: 360, height: 640 },
		{ width: 1280, height: 720 }
	]) {
		await page.setViewportSize(size);
		expect(await axeViolations(page, `about ${size.width}`)).toEqual([]);
	}
});

test('a workshop slide "Open Birge on your phone" shows a QR code of the app’s address that a phone can read', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/en/workshop/');
	await page.getByRole('button', { name: 'New agenda' }).click();
	await page.waitForURL(/agenda=/);
	await page.locator('summary', { hasText: 'Birge on everyone’s phone' }).click();
	await page.getByRole('button', { name: 'Add “Open Birge on your phone”' }).click();
	await expect(page.locator('.agenda-item')).toHaveCount(1);
	await expect(page.getByText('Saved on this device.')).toBeVisible();
	await page.getByRole('link', { name: 'Present', exact: true }).click();
	await expect(page.locator('.stage')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.stage')).toHaveAttribute('data-slide', '2');
	const slide = page.locator('.stage .slide');
	await expect(slide.getByRole('heading', { name: 'Open Birge on your phone' })).toBeVisible();
	const code = slide.locator('.app-qr__code');
	await expect(code).toBeVisible();
	expect(await decodeQr(code)).toBe(`${origin(page)}/en/`);
	await expect(slide.locator('.app-qr__address')).toHaveText(`${origin(page)}/en/`);
	// Big enough to scan from the back of a room, and nothing spills off the slide.
	expect((await code.boundingBox())?.height).toBeGreaterThan(400);
	expect(await slide.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true);
	await page.mouse.move(640, 10);
	expect(await axeViolations(page, 'qr slide')).toEqual([]);
});

test('the QR code’s library and the booklet load only on the pages that show them', async ({ browser }) => {
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
	for (const path of ['/en/', '/en/think/norms/', '/en/contents/', '/en/workbook/', '/en/workshop/']) {
		const code = await load(path);
		expect(code.length, path).toBeGreaterThan(1000);
		expect(code, `${path}: QR code`).not.toContain('app-qr__code');
		expect(code, `${path}: booklet`).not.toContain('booklet-sheet__body');
	}
	expect(await load('/en/about/')).toContain('app-qr__code');
	expect(await load('/en/booklet/?part=act')).toContain('booklet-sheet__body');
	await context.close();
});

/** The booklet printed to an A4 PDF as the browser's print window would, one string per printed page. */
async function printBooklet(page: Page, name: string): Promise<{ sheets: number; pages: string[] }> {
	await expect(page.locator('.booklet-sheets[data-ready]')).toBeAttached({ timeout: 30_000 });
	const sheets = await page.locator('.booklet-sheet').count();
	await expect(page.getByRole('button', { name: /^(Print or save as PDF|Распечатать или сохранить в PDF)$/ })).toBeEnabled();
	const pdf = await page.pdf({ preferCSSPageSize: true });
	const file = join(mkdtempSync(join(tmpdir(), 'birge-booklet-')), `${name}.pdf`);
	writeFileSync(file, pdf);
	await test.info().attach(`${name}.pdf`, { path: file, contentType: 'application/pdf' });
	const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	return { sheets, pages: text.split('\f').slice(0, -1) };
}

/** "Title ........ 12" lines of the printed contents. */
function contentsLines(pages: string[]): { title: string; page: number }[] {
	return pages
		.flatMap((page) => page.split('\n'))
		.map((line) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line))
		.filter((match) => match !== null)
		.map((match) => ({ title: match[1]!, page: Number(match[2]) }));
}

const folded = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ');

/** Each page the contents names opens with that page's title (below its section's name), in increasing order. */
function expectPagesWhereContentsSay(contents: { title: string; page: number }[], pages: string[]) {
	let previous = 2;
	for (const { title, page: number } of contents) {
		expect(number, title).toBeGreaterThan(previous);
		expect(folded(pages[number - 1]).trim().slice(0, 200), `${title} on page ${number}`).toContain(title);
		previous = number;
	}
}

test('the printed booklet has a title page, a contents page whose page numbers are right, and every page of the guide in order', async ({
	page
}) => {
	test.setTimeout(120_000);
	// A saved answer must not be printed: the booklet gives everyone empty lines to write on.
	await page.goto('/en/think/norms/');
	await page.getByLabel('Which three common gender norms can you see in your community?').fill('MY PRIVATE ANSWER');
	await expect(page.getByText('✓ Saved on this device')).toBeVisible();

	// The titles as the site's contents lists them, and the credits at the end.
	await page.goto('/en/contents/');
	// The first guide: the welcome page and its parts, not the second guide's list below them.
	const titles = [
		...(await page.locator('main article > .toc a, main .toc-part:not([aria-labelledby="toc-group"]) .toc a').evaluateAll((links) =>
			links
				.filter((a) => !a.getAttribute('href')?.includes('#'))
				// The title only: not the "✓ read" mark Contents adds to a page already opened.
				.map((a) => [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim())
		)),
		'About Birge'
	];
	expect(titles.length).toBeGreaterThan(30);
	await page.getByRole('link', { name: 'Print the guide as a booklet' }).click();
	await expect(page).toHaveURL(/\/en\/booklet\/$/);

	const { sheets, pages } = await printBooklet(page, 'booklet-en');
	await expect(page.getByText(`Ready: ${sheets} A4 pages.`)).toBeVisible();
	// One sheet on screen is one sheet of paper, so the numbers measured on screen are the printed ones.
	expect(pages).toHaveLength(sheets);
	expect(pages[0]).toContain('Birge');
	expect(folded(pages[0])).toContain('Think, Plan, Act and the annexes: the whole guide');
	expect(pages[0]).toContain(`${new URL(page.url()).origin}/en/`);
	expect(pages[1]).toMatch(/^\s*Contents/);

	const contents = contentsLines(pages.slice(1, 4));
	expect(contents.map((line) => line.title)).toEqual(titles);
	expectPagesWhereContentsSay(contents, pages);

	const all = folded(pages.join(' '));
	expect(all).toContain('Which three common gender norms can you see in your community?');
	expect(all).not.toContain('MY PRIVATE ANSWER');
	// Links print their addresses, and links to other pages of the booklet their page.
	expect(all).toMatch(/\(https:\/\/[^)\s]+\)/);
	expect(all).toMatch(/\(p\. \d+\)/);
	for (const chrome of ['Quick exit', 'Print or save as PDF', 'What to print', 'Skip to content', 'Preview']) expect(all).not.toContain(chrome);
});

test('the second guide prints whole too: its start page, its parts and the credits, where its contents say', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/en/booklet/');
	await page.getByLabel('Start a group: the whole second guide').check();
	await expect(page).toHaveURL(/\?part=group$/);
	const { sheets, pages } = await printBooklet(page, 'booklet-en-group');
	expect(pages).toHaveLength(sheets);
	expect(pages[0]).toContain('Start a group: the whole second guide');
	const contents = contentsLines(pages.slice(1, 3));
	expect(contents.length).toBeGreaterThan(8);
	expect(contents.at(-1)?.title).toBe('About Birge');
	expectPagesWhereContentsSay(contents, pages);
});

test('one part prints on its own: Annex 2 in Russian, from its first page to its last topic', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/ru/contents/');
	const topics = await page.locator('#toc-annexes ~ * a, #toc-annexes + ol a').evaluateAll((links) =>
		links.map((a) => ({
			href: a.getAttribute('href') ?? '',
			title: [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()
		}))
	);
	const annex2 = topics.filter((t) => t.href.startsWith('/ru/annex/topics') && !t.href.includes('#')).map((t) => t.title);
	expect(annex2).toHaveLength(17);

	await page.goto('/ru/booklet/');
	await page.getByLabel('Приложение 2').check();
	await expect(page).toHaveURL(/\?part=annex2$/);
	const { sheets, pages } = await printBooklet(page, 'booklet-ru-annex2');
	expect(pages).toHaveLength(sheets);
	expect(pages[0]).toContain('Приложение 2');
	expect(pages[1]).toMatch(/^\s*Содержание/);
	const contents = contentsLines(pages.slice(1, 3));
	// Spacing aside (a no-break space on screen may come out of the PDF as a plain one): the same titles in order.
	const spaced = (text: string) => text.replace(/\s+/g, ' ');
	expect(contents.map((line) => spaced(line.title))).toEqual(annex2.map(spaced));
	for (const { title, page: number } of contents) expect(folded(pages[number - 1]).slice(0, 300), title).toContain(title);

	// The page works for everyone at both sizes once laid out.
	for (const size of [
		{ width: 360, height: 640 },
		{ width: 1280, height: 720 }
	]) {
		await page.setViewportSize(size);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
		expect(await axeViolations(page, `booklet ${size.width}`)).toEqual([]);
	}
});

test('with the network off, the booklet is still made, QR code included, from the offline copy', async ({ browser }) => {
	test.setTimeout(90_000);
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/');
	await readyOffline(page);
	await goOffline(context, server);
	await page.goto('/en/booklet/?part=plan');
	await expect(page.locator('.booklet-sheets[data-ready]')).toBeAttached({ timeout: 30_000 });
	const sheets = page.locator('.booklet-sheet');
	await expect(sheets.first().locator('.app-qr__code')).toBeVisible();
	await expect(page.locator('.booklet-sheets')).toContainText('Referrals');
	expect(await sheets.count()).toBeGreaterThan(8);
	await context.close();
});

test('with discreet install on, the page links a manifest with a neutral name and icon, and Chromium reads that one', async ({ page }) => {
	const manifestLink = page.locator('link[rel="manifest"]');
	const cdp = await page.context().newCDPSession(page);
	const chromiumManifest = async () => {
		const { url, data } = await cdp.send('Page.getAppManifest');
		return { url, name: data ? (JSON.parse(data) as { name?: string }).name : undefined };
	};

	await page.goto('/ru/workbook/privacy/');
	await expect(manifestLink).toHaveAttribute('href', '/manifest.webmanifest');
	await expect.poll(chromiumManifest).toEqual({ url: `${origin(page)}/manifest.webmanifest`, name: 'Birge: engaging young men in gender equality' });

	await page.getByLabel('Устанавливать как «Заметки»').check();
	await expect(page.getByText('Сохранено: Birge установится как «Заметки».')).toBeVisible();
	// Changed at once, before any install prompt, and read from the device's setting on every page after it.
	await expect(manifestLink).toHaveAttribute('href', '/notes/ru.webmanifest');
	await page.goto('/ru/');
	await expect(manifestLink).toHaveAttribute('href', '/notes/ru.webmanifest');
	// SvelteKit writes icon links back as absolute addresses after a navigation.
	await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /^(http:\/\/[^/]+)?\/icons\/notes-apple-touch-icon\.png$/);
	await expect.poll(chromiumManifest).toEqual({ url: `${origin(page)}/notes/ru.webmanifest`, name: 'Заметки' });

	const response = await page.request.get('/notes/ru.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({ name: 'Заметки', short_name: 'Заметки', display: 'standalone', start_url: '/', id: '/' });
	expect(JSON.stringify(manifest)).not.toMatch(/birge/i);
	const birgeIcon = await (await page.request.get('/icons/icon-512.png')).body();
	for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
		expect(icon.src).toMatch(/^\/icons\/notes-/);
		const png = await (await page.request.get(icon.src)).body();
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
		expect(png.equals(birgeIcon)).toBe(false);
	}
	expect((await (await page.request.get('/notes/en.webmanifest')).json()).name).toBe('Notes');

	// Off again: Birge's own name.
	await page.goto('/ru/workbook/privacy/');
	await page.getByLabel('Устанавливать как «Заметки»').uncheck();
	await expect(page.getByText('Сохранено: Birge установится под своим названием.')).toBeVisible();
	await expect(manifestLink).toHaveAttribute('href', '/manifest.webmanifest');
	await page.reload();
	await expect(manifestLink).toHaveAttribute('href', '/manifest.webmanifest');
});
