import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { typesetFrontmatter } from '../../src/lib/server/typography.js';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { timeForSteps } from './site';
import { axe, wcag } from './axe';

/** Every Annex 2 topic in English, read from the content so the test follows it. */
function topics() {
	const dir = 'content/en/annex/topics';
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.md'))
		.map((file) => {
			// As the build shows it: with the language's typography.
			const meta = typesetFrontmatter(parse(readFileSync(join(dir, file), 'utf8').split('---')[1] ?? ''), 'en') as { title: string; scenario: string; questions: { prompt: string }[] };
			return { route: `annex/topics/${file.replace(/\.md$/, '')}`, ...meta };
		});
}

const stage = (page: Page) => page.locator('.stage');

async function slideNumber(page: Page): Promise<number> {
	return Number(await stage(page).getAttribute('data-slide'));
}

async function expectSlide(page: Page, number: number) {
	await expect(stage(page)).toHaveAttribute('data-slide', String(number));
	// Focus never leaves the stage while slides change.
	await expect(stage(page)).toBeFocused();
}

/** Starts an agenda from a ready-made one and returns its id. */
async function useTemplate(page: Page, title: string): Promise<string> {
	await page.goto('/en/workshop/');
	// Pages from a context of the test's own skip the fixture's wait for the app to be up.
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: `Use this agenda: “${title}”` }).click();
	await page.waitForURL(/agenda=/);
	await expect(page.getByLabel('Title')).toHaveValue(title);
	return new URL(page.url()).searchParams.get('agenda') ?? '';
}

async function present(page: Page, id: string) {
	await page.goto(`/en/workshop/present/?agenda=${id}`);
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	await expect(stage(page)).toBeFocused();
}

test('a facilitator builds a three-item agenda with the keyboard alone, and it is still there after a reload', async ({ page }) => {
	await page.goto('/en/workshop/');
	await page.getByRole('button', { name: 'New agenda' }).focus();
	await page.keyboard.press('Enter');
	await page.waitForURL(/agenda=/);
	await expect(page.getByLabel('Title')).toBeFocused();
	await page.keyboard.type('Tuesday group');
	await page.keyboard.press('Tab');
	// The date field takes its parts in the browser's order (month, day, year here).
	await page.keyboard.type('12012026');

	// The norms questions are open; the other lists open with Enter on their summary.
	await page.getByRole('button', { name: 'Add “Which three common gender norms can you see in your community?”' }).focus();
	await page.keyboard.press('Enter');
	await page.getByText('Annex 2 scenarios (16)').focus();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Add “Gender stereotypes at work”' }).focus();
	await page.keyboard.press('Enter');
	await page.getByText('Aims (3)').focus();
	await page.keyboard.press('Enter');
	const aimTitle = 'Grow the group of peers who are ready to act for gender equality';
	await page.getByRole('button', { name: `Add “${aimTitle}”` }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(/^Added “.*” as number 3\.$/)).toBeAttached();

	const rows = page.locator('.agenda-item');
	await expect(rows).toHaveCount(3);
	// Alt+↑ moves the focused item, and focus follows it.
	await rows.nth(2).focus();
	await page.keyboard.press('Alt+ArrowUp');
	await page.keyboard.press('Alt+ArrowUp');
	await expect(rows.first()).toBeFocused();
	await expect(page.getByText(/is now number 1 of 3\.$/)).toBeAttached();
	// The move buttons do the same; the time is a number field.
	await page.getByRole('button', { name: 'Move “Gender stereotypes at work” up' }).focus();
	await page.keyboard.press('Enter');
	await page.getByLabel('Minutes for “Gender stereotypes at work”').focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('25');
	await expect(page.getByText('Saved on this device.')).toBeVisible();

	const order = [aimTitle, 'Gender stereotypes at work', 'Which three common gender norms can you see in your community?'];
	await page.reload();
	await expect(page.getByLabel('Title')).toHaveValue('Tuesday group');
	await expect(page.getByLabel('Date')).toHaveValue('2026-12-01');
	await expect(page.locator('.agenda-item__title')).toHaveText(order);
	await expect(page.getByLabel('Minutes for “Gender stereotypes at work”')).toHaveValue('25');

	// Present it, with the keyboard.
	await page.getByRole('link', { name: 'Present', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(stage(page)).toBeFocused();
	await expect(stage(page).locator('.slide')).toContainText('Tuesday group');
	await page.keyboard.press('ArrowRight');
	await expect(stage(page).locator('.slide')).toContainText(aimTitle);
	await page.keyboard.press('End');
	await expect(stage(page).locator('.slide')).toContainText('Which three common gender norms can you see in your community?');
});

test('every presenter key does what it says', async ({ page }) => {
	const id = await useTemplate(page, 'First session: norms');
	await present(page, id);
	const total = await page.locator('.overview__grid li').count();
	expect(total).toBeGreaterThan(8);

	for (const [key, expected] of [
		['ArrowRight', 2],
		['ArrowDown', 3],
		['PageDown', 4],
		[' ', 5],
		['n', 6],
		['ArrowLeft', 5],
		['ArrowUp', 4],
		['PageUp', 3],
		['p', 2],
		['End', total],
		['Home', 1]
	] as const) {
		await page.keyboard.press(key === ' ' ? 'Space' : key);
		await expectSlide(page, expected);
	}
	await expect(page.getByTestId('announcement')).toHaveText(/^Slide 1 of \d+: First session: norms$/);

	// A number and Enter jumps there.
	await page.keyboard.press('7');
	await expect(page.getByText('Go to slide 7: press Enter')).toBeVisible();
	await page.keyboard.press('Enter');
	await expectSlide(page, 7);
	const text = stage(page).locator('.slide');

	// B or . blacks the screen, W whites it; the same key, or an arrow, brings the slide back without moving.
	await page.keyboard.press('b');
	await expect(page.locator('.present')).toHaveAttribute('data-blank', 'black');
	await expect(page.getByTestId('blank')).toBeVisible();
	expect(await page.getByTestId('blank').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
	await expect(page.getByTestId('announcement')).toHaveText(/screen is black/);
	await page.keyboard.press('b');
	await expect(page.locator('.present')).toHaveAttribute('data-blank', 'none');
	await expect(page.getByTestId('blank')).toBeHidden();
	await page.keyboard.press('.');
	await expect(page.locator('.present')).toHaveAttribute('data-blank', 'black');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.present')).toHaveAttribute('data-blank', 'none');
	await expectSlide(page, 7);
	await page.keyboard.press('w');
	await expect(page.locator('.present')).toHaveAttribute('data-blank', 'white');
	expect(await page.getByTestId('blank').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
	await page.keyboard.press('w');
	await expect(page.locator('.present')).toHaveAttribute('data-blank', 'none');
	await expect(text).toBeVisible();

	// T starts and pauses the item's countdown.
	const clock = page.getByRole('timer', { name: 'Time left for this item' });
	const start = await clock.innerText();
	await page.keyboard.press('t');
	await expect(clock).toHaveClass(/clock--running/);
	await expect(clock).not.toHaveText(start, { timeout: 3_000 });
	await page.keyboard.press('t');
	await expect(clock).not.toHaveClass(/clock--running/);
	const paused = await clock.innerText();
	await page.waitForTimeout(1_200);
	await expect(clock).toHaveText(paused);
	// The countdown can be hidden and shown again.
	await page.getByRole('button', { name: 'Hide timer' }).click();
	await expect(clock).toBeHidden();
	await page.getByRole('button', { name: 'Show timer' }).click();
	await expect(clock).toBeVisible();
	await stage(page).focus();

	// Esc shows every slide; choosing one goes there and gives focus back to the stage.
	await page.keyboard.press('Escape');
	const overview = page.getByRole('dialog', { name: 'All slides' });
	await expect(overview).toBeVisible();
	await expect(overview.locator('[aria-current="true"]')).toBeFocused();
	await expect(overview.locator('[aria-current="true"]')).toContainText('7');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(overview).toBeHidden();
	await expectSlide(page, 8);
	await page.keyboard.press('Escape');
	await expect(overview).toBeVisible();
	// Closed with its button: a third Esc this soon after the other two is Quick exit (tests/e2e/privacy.spec.ts).
	await overview.getByRole('button', { name: 'Back to the slide' }).click();
	await expect(overview).toBeHidden();
	await expectSlide(page, 8);

	// F asks for full screen on the presentation, and leaves it again.
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('present');
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
	expect(await slideNumber(page)).toBe(8);
});

test('time up: the clock changes and says so when an item runs out', async ({ page }) => {
	await page.goto('/en/workshop/');
	await page.getByRole('button', { name: 'New agenda' }).click();
	await page.waitForURL(/agenda=/);
	await page.getByRole('button', { name: 'Add “Which three common gender norms can you see in your community?”' }).click();
	// One minute, and the browser's clock run forward past it.
	await page.getByLabel(/^Minutes for/).fill('1');
	await expect(page.getByText('Saved on this device.')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('agenda') ?? '';
	await page.clock.install();
	await present(page, id);
	await page.keyboard.press('t');
	await page.clock.runFor(61_000);
	await expect(page.getByRole('timer')).toContainText('Time is up');
	await expect(page.locator('.present')).toHaveAttribute('data-timeup', 'true');
});

test('on a touch screen, tapping the right or left third moves on or back', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, hasTouch: true, viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	const id = await useTemplate(page, 'First session: norms');
	await present(page, id);
	await page.touchscreen.tap(1100, 360);
	await expect(stage(page)).toHaveAttribute('data-slide', '2');
	await page.touchscreen.tap(1100, 360);
	await expect(stage(page)).toHaveAttribute('data-slide', '3');
	await page.touchscreen.tap(150, 360);
	await expect(stage(page)).toHaveAttribute('data-slide', '2');
	await page.touchscreen.tap(640, 360);
	await expect(stage(page)).toHaveAttribute('data-slide', '2');
	await context.close();
});

test('a mouse click on the right or left third moves on or back, as in other slide software', async ({ page }) => {
	const id = await useTemplate(page, 'First session: norms');
	await present(page, id);
	await page.mouse.click(1100, 300);
	await expectSlide(page, 2);
	await page.mouse.click(1100, 300);
	await expectSlide(page, 3);
	await page.mouse.click(150, 300);
	await expectSlide(page, 2);
	// The middle is for pointing at the text, and a right click is the browser's.
	await page.mouse.click(640, 300);
	await page.mouse.click(1100, 300, { button: 'right' });
	await expectSlide(page, 2);
});

test('the first slide says how to move and where the buttons are, until the first move of the session', async ({ page, context }) => {
	const id = await useTemplate(page, 'First session: norms');
	await present(page, id);
	const hint = page.getByTestId('first-hint');
	await expect(hint).toBeVisible();
	// The keys it names are ones the presentation answers to (tests/unit: keyLines), shown as on the keyboard.
	await expect(hint.locator('li')).toHaveText(['→ Space Next slide', '← Previous slide', 'O Esc All slides', 'F Full screen on or off', '? All keys']);
	await expect(hint).toContainText('Click or tap the right third of the slide to go on, the left third to go back. All the buttons are along the bottom.');
	// Laid out under the title, inside the slide: nothing overflows and the title stays whole.
	expect(await stage(page).locator('.slide').evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
	const { violations } = await axe(page).withTags(wcag).analyze();
	expect(violations.map((v) => `hint ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	// WORKSHOP_SCREENSHOTS=1 refreshes the README's pictures in docs/.
	if (process.env.WORKSHOP_SCREENSHOTS) await page.screenshot({ path: 'docs/workshop-first-slide-1280x720.png' });

	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 2);
	await expect(hint).toHaveCount(0);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, 1);
	await expect(hint).toHaveCount(0);
	// Not after a reload either: the session remembers it (sessionStorage, gone with the tab).
	await page.reload();
	await expect(stage(page)).toBeFocused();
	await expect(stage(page).locator('.slide')).toContainText('First session: norms');
	await expect(hint).toHaveCount(0);
	expect(await page.evaluate(() => sessionStorage.getItem('birge-present-hint-seen'))).toBe('yes');

	// A new tab is a new session: the note is back, and a move from the presenter window retires it too.
	const other = await context.newPage();
	await other.goto(`/en/workshop/present/?agenda=${id}`);
	await expect(other.getByTestId('first-hint')).toBeVisible();
	const [presenter] = await Promise.all([context.waitForEvent('page'), other.getByRole('button', { name: 'Presenter view' }).click()]);
	await expect(presenter.getByTestId('presenter-position')).toHaveText(/^1 \//);
	await presenter.getByRole('button', { name: 'Next slide →' }).click();
	await expect(other.locator('.stage')).toHaveAttribute('data-slide', '2');
	await expect(other.getByTestId('first-hint')).toHaveCount(0);
});

test('? lists every key in a dialog that keeps focus, closes with Esc and gives focus back', async ({ page }) => {
	const id = await useTemplate(page, 'First session: norms');
	await present(page, id);
	await page.keyboard.press('?');
	const keys = page.getByRole('dialog', { name: 'Keys for the slides' });
	await expect(keys).toBeVisible();
	const close = keys.getByRole('button', { name: 'Back to the slide' });
	await expect(close).toBeFocused();
	await expect(keys.locator('dt')).toHaveText([
		'→ ↓ Space N Page Down',
		'← ↑ P Page Up',
		'Home',
		'End',
		'1 2 Enter',
		'O Esc',
		'B .',
		'W',
		'T',
		'F',
		'?',
		'Esc Esc Esc'
	]);
	await expect(keys.locator('dd').last()).toHaveText('Quick exit: pressed three times quickly, it leaves Birge at once');
	// Focus stays in the dialog both ways, and keys meant for the slides do nothing behind it.
	await page.keyboard.press('Tab');
	await expect(close).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(close).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(stage(page)).toHaveAttribute('data-slide', '1');
	const { violations } = await axe(page).withTags(wcag).analyze();
	expect(violations.map((v) => `keys ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	if (process.env.WORKSHOP_SCREENSHOTS) await page.screenshot({ path: 'docs/workshop-keys-1280x720.png' });

	await page.keyboard.press('Escape');
	await expect(keys).toBeHidden();
	await expect(stage(page)).toBeFocused();
	await expect(stage(page)).toHaveAttribute('data-slide', '1');

	// The same list from its button, for mouse and touch; closed with its own button, focus goes back to it (a second
	// Esc this soon would count towards Quick exit's three).
	const open = page.getByRole('button', { name: 'All keys (?)' });
	await expect(open).toBeVisible();
	await open.click();
	await expect(keys).toBeVisible();
	await close.click();
	await expect(keys).toBeHidden();
	await expect(open).toBeFocused();
});

test('after a key press the stage shows no frame; the buttons still show the keyboard where it is', async ({ page }) => {
	const id = await useTemplate(page, 'First session: norms');
	await present(page, id);
	const outline = (el: Element) => {
		const style = getComputedStyle(el);
		return style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`;
	};
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 2);
	expect(await stage(page).evaluate(outline)).toBe('none');
	expect(await stage(page).evaluate((el) => el.matches(':focus'))).toBe(true);
	// A click on the slide, then a key: still no frame.
	await page.mouse.click(640, 300);
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 3);
	expect(await stage(page).evaluate(outline)).toBe('none');
	// Tab reaches the real controls, which show where focus is.
	await page.keyboard.press('Tab');
	const previous = page.getByRole('button', { name: 'Previous slide' });
	await expect(previous).toBeFocused();
	expect(await previous.evaluate(outline)).toBe('solid 3px');
});

/** The boxes of what must stay readable on the wall, and of every control, in CSS pixels. */
async function presentBoxes(page: Page) {
	return page.evaluate(() => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		};
		const named = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
		const kept = [
			...[...document.querySelectorAll('.stage .slide > *')].map((el) => ({ name: `text "${named(el)}"`, ...box(el) })),
			...[...document.querySelectorAll('[data-testid="slide-position"], [role="timer"]')].map((el) => ({ name: el.getAttribute('role') ?? 'position', ...box(el) }))
		];
		const controls = [...document.querySelectorAll('.controls button, .controls a')].map((el) => ({ name: named(el), ...box(el) }));
		return { kept, controls, width: innerWidth, height: innerHeight };
	});
}

for (const [lang, viewport] of [
	['en', { width: 1280, height: 720 }],
	['en', { width: 1920, height: 1080 }],
	['en', { width: 360, height: 640 }],
	['en', { width: 640, height: 360 }],
	['ru', { width: 1280, height: 720 }],
	['ru', { width: 360, height: 640 }],
	['ru', { width: 640, height: 360 }]
] as const) {
	test(`at ${viewport.width}×${viewport.height} in ${lang}, the buttons never cover the slide number, the clock or the text`, async ({ page }) => {
		const id = await useTemplate(page, 'First session: norms');
		await page.setViewportSize(viewport);
		// The widest clock: time is up, with its words.
		await page.clock.install();
		await page.goto(`/${lang}/workshop/present/?agenda=${id}`);
		await expect(stage(page)).toBeFocused();
		const overlaps: string[] = [];
		const check = async (where: string) => {
			const { kept, controls, width, height } = await presentBoxes(page);
			expect(controls).toHaveLength(9);
			expect(kept.some((k) => k.name === 'position') && kept.some((k) => k.name === 'timer'), where).toBe(true);
			const meet = (a: (typeof kept)[number], b: (typeof kept)[number]) =>
				Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
			for (const control of controls) {
				// Whole and on screen, so it can be reached at all.
				if (control.left < 0 || control.top < 0 || control.right > width + 0.5 || control.bottom > height + 0.5) overlaps.push(`${where}: ${control.name} off screen`);
				for (const thing of kept) if (meet(control, thing)) overlaps.push(`${where}: ${control.name} covers ${thing.name}`);
				for (const other of controls) if (other !== control && meet(control, other)) overlaps.push(`${where}: ${control.name} meets ${other.name}`);
			}
			for (const thing of kept) if (thing.bottom > height + 0.5 || thing.right > width + 0.5) overlaps.push(`${where}: ${thing.name} off screen`);
		};
		// The first slide with its note, then a question slide with the clock run out.
		await expect(page.getByTestId('first-hint')).toBeVisible();
		expect(await stage(page).locator('.slide').evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true);
		await check('slide 1');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('t');
		await page.clock.runFor(60 * 60_000);
		await expect(page.locator('.present')).toHaveAttribute('data-timeup', 'true');
		await check('slide 2, time up');
		expect(overlaps).toEqual([]);
		if (process.env.WORKSHOP_SCREENSHOTS) await page.screenshot({ path: `test-results/present-${lang}-${viewport.width}x${viewport.height}.png` });
	});
}

test('in full screen the buttons fade while the pointer rests and come back when it moves', async ({ page }) => {
	const id = await useTemplate(page, 'First session: norms');
	await page.clock.install();
	await present(page, id);
	const controls = page.getByRole('group', { name: 'Presentation controls' });
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await page.clock.runFor(5_000);
	await expect(controls).toHaveCSS('opacity', '0');
	// They keep their place: the slide does not grow under them.
	await page.mouse.move(300, 300);
	await expect(controls).toHaveCSS('opacity', '1');
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
	await page.clock.runFor(5_000);
	await expect(controls).toHaveCSS('opacity', '1');
});

test('the presenter window follows the projected one, and steers it', async ({ page, context }) => {
	const id = await useTemplate(page, 'Small groups: four scenarios');
	await present(page, id);
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
	await presenter.waitForLoadState();
	const position = presenter.getByTestId('presenter-position');
	await expect(position).toHaveText(/^1 \/ \d+$/);
	await stage(page).focus();

	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveText(/^3 \//);
	await expect(presenter.getByRole('heading', { name: 'Next' })).toBeVisible();
	await page.keyboard.press('b');
	await expect(presenter.locator('.mini-stage').first()).toHaveAttribute('data-blank', 'black');
	await page.keyboard.press('b');

	// Keys and buttons in the presenter window move the projected slides too.
	await presenter.keyboard.press('ArrowRight');
	await expect(stage(page)).toHaveAttribute('data-slide', '4');
	await presenter.getByRole('button', { name: '← Previous slide' }).click();
	await expect(stage(page)).toHaveAttribute('data-slide', '3');
	await presenter.keyboard.press('t');
	await expect(page.getByRole('timer')).toHaveClass(/clock--running/);

	const { violations } = await axe(presenter).withTags(wcag).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('axe finds no violations in the builder, on a slide and in the overview', async ({ page }) => {
	const id = await useTemplate(page, 'Planning session: aims and steps');
	await page.goto('/en/workshop/');
	await expect(page.locator('.workshop-card h3 a')).toHaveCount(1);
	const list = await axe(page).withTags(wcag).analyze();
	expect(list.violations.map((v) => `list ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	await page.goto(`/en/workshop/?agenda=${id}`);
	await expect(page.getByLabel('Title')).toHaveValue('Planning session: aims and steps');
	for (const details of await page.locator('details.catalog-group').all()) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
	let { violations } = await axe(page).withTags(wcag).analyze();
	expect(violations.map((v) => `builder ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

	await present(page, id);
	await page.keyboard.press('ArrowRight');
	await page.getByRole('button', { name: 'Previous slide' }).focus();
	({ violations } = await axe(page).withTags(wcag).analyze());
	expect(violations.map((v) => `present ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

	await page.keyboard.press('Escape');
	({ violations } = await axe(page).withTags(wcag).analyze());
	expect(violations.map((v) => `overview ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('conversation starters of the group guide go on an agenda, grouped as in the guide, and show their scenario', async ({ page }) => {
	await page.goto('/en/workshop/');
	await page.getByRole('button', { name: 'New agenda' }).click();
	await page.waitForURL(/agenda=/);
	const id = new URL(page.url()).searchParams.get('agenda') ?? '';
	await page.getByText('Conversation starters (16)').click();
	const starters = page.locator('details.catalog-group', { hasText: 'Conversation starters (16)' });
	await expect(starters.locator('h3')).toHaveText(['At work', 'Work–life balance']);
	await expect(starters.getByRole('button', { name: /^Add “/ })).toHaveCount(16);
	await starters.getByRole('button', { name: 'Add “Militarized men: gender (in)equality in security and defence”' }).click();
	await starters.getByRole('button', { name: 'Add “Share the care: roles and responsibilities at home and at work”' }).click();
	await expect(page.locator('.agenda-item__group')).toHaveText(['Conversation starters', 'Conversation starters']);
	await page.reload();
	await expect(page.locator('.agenda-item__title')).toHaveText([
		'Militarized men: gender (in)equality in security and defence',
		'Share the care: roles and responsibilities at home and at work'
	]);

	await present(page, id);
	await page.keyboard.press('ArrowRight');
	await expect(stage(page).locator('.slide')).toContainText('After his military service');
	await page.goto(`/en/workshop/handouts/?agenda=${id}`);
	await expect(page.locator('.card')).toHaveCount(2);
	await expect(page.locator('.card').nth(1)).toContainText('Sharing responsibilities at home');
});

test('agendas can be duplicated, renamed and deleted', async ({ page }) => {
	await useTemplate(page, 'First session: norms');
	await page.getByLabel('Title').fill('Monday');
	await expect(page.getByText('Saved on this device.')).toBeVisible();
	await page.getByRole('link', { name: 'All agendas' }).click();
	await page.getByRole('button', { name: 'Duplicate “Monday”' }).click();
	await expect(page.getByRole('link', { name: 'Edit “Monday (copy)”' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete “Monday”' }).click();
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.getByRole('group').getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Edit “Monday”' })).toHaveCount(0);
	await page.reload();
	await expect(page.locator('.workshop-card h3 a')).toHaveText(['Monday (copy)']);
});

test('items can be reordered by dragging', async ({ page }) => {
	// Tall enough that the dragged item and the place it goes are both on screen.
	await page.setViewportSize({ width: 1280, height: 2400 });
	await useTemplate(page, 'Small groups: four scenarios');
	const titles = page.locator('.agenda-item__title');
	const before = await titles.allInnerTexts();
	const rows = page.locator('.agenda-item');
	await rows.nth(3).dragTo(rows.nth(0), { sourcePosition: { x: 16, y: 16 }, targetPosition: { x: 16, y: 16 } });
	await expect(titles).toHaveText([before[3]!, before[0]!, before[1]!, before[2]!, before[4]!]);
});

test('everything works with the network off: builder, slides, presenter view and cards', async ({ browser }) => {
	test.setTimeout(90_000);
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/workshop/');
	await readyOffline(page);
	const id = await useTemplate(page, 'Small groups: four scenarios');
	await goOffline(context, server);

	await page.reload();
	await expect(page.getByLabel('Title')).toHaveValue('Small groups: four scenarios');
	await page.getByText('Annex 2 scenarios (16)').click();
	await page.getByRole('button', { name: 'Add “Gender stereotypes at work”' }).click();
	// Saved before the page is left: otherwise the slides may open on the agenda as it was.
	await expect(page.getByText('Saved on this device.')).toBeVisible();
	await present(page, id);
	await page.keyboard.press('End');
	await expect(stage(page).locator('.slide')).toContainText('Gender stereotypes at work');
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await expect(stage(page).locator('.slide')).toContainText('Build trust in a safe space');
	await page.reload();
	await expect(stage(page).locator('.slide')).toContainText('Small groups: four scenarios');

	const presenter = await context.newPage();
	await presenter.goto(`/en/workshop/presenter/?agenda=${id}`);
	await expect(presenter.getByTestId('presenter-position')).toHaveText(/^1 \//);
	await page.keyboard.press('ArrowRight');
	await expect(presenter.getByTestId('presenter-position')).toHaveText(/^2 \//);

	await page.goto(`/en/workshop/handouts/?agenda=${id}`);
	await expect(page.locator('.card')).toHaveCount(5);
	await context.close();
});

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`no slide overflows at ${viewport.width}×${viewport.height}, body text is at least 32 px; README screenshots`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		await page.goto('/en/workshop/');
		await page.getByRole('button', { name: 'New agenda' }).click();
		await page.waitForURL(/agenda=/);
		await page.getByLabel('Title').fill('Every item of the guide');
		for (const details of await page.locator('details.catalog-group').all()) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
		const add = page.getByRole('button', { name: /^Add “/ });
		const count = await add.count();
		// 4 norms questions, 3 aims, 5 steps, the causes, 8 recommendations, 16 topics, 16 conversation starters and the
		// QR code of the app.
		expect(count).toBe(54);
		// Every item is added, then every slide visited: time in proportion to the items, as for the guide's walks.
		test.setTimeout(timeForSteps(count, 3_000));
		for (let i = 0; i < count; i++) await add.nth(i).click();
		await expect(page.locator('.agenda-item')).toHaveCount(count);
		await expect(page.getByText('Saved on this device.')).toBeVisible();
		await page.getByRole('link', { name: 'Present', exact: true }).click();
		await expect(stage(page)).toBeFocused();

		const longest = topics().sort((a, b) => b.scenario.length - a.scenario.length)[0]!;
		const overflowing: string[] = [];
		let scenarioSlide = 0;
		let questionSlide = 0;
		const total = await page.locator('.overview__grid li').count();
		for (let n = 1; n <= total; n++) {
			const slide = stage(page).locator('.slide');
			const fits = await slide.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth);
			if (!fits) overflowing.push(`${n}: ${(await slide.innerText()).slice(0, 60)}`);
			const text = await slide.innerText();
			if (text.includes(longest.scenario)) scenarioSlide = n;
			if (!questionSlide && text.startsWith('Question') && text.includes(longest.title)) questionSlide = n;
			const sizes = await slide.evaluate((el) =>
				[...el.querySelectorAll('.slide__text, .slide__list li, .slide__question, .slide__heading')].map((t) => parseFloat(getComputedStyle(t).fontSize))
			);
			for (const size of sizes) expect(size, `slide ${n}`).toBeGreaterThanOrEqual(32 * (viewport.width / 1280) - 0.5);
			await page.keyboard.press('ArrowRight');
		}
		expect(overflowing).toEqual([]);
		expect(scenarioSlide).toBeGreaterThan(0);
		expect(questionSlide).toBe(scenarioSlide + 1);

		// WORKSHOP_SCREENSHOTS=1 refreshes the README's pictures in docs/.
		if (!process.env.WORKSHOP_SCREENSHOTS) return;
		await page.mouse.move(viewport.width / 2, 10);
		for (const [n, name] of [
			[scenarioSlide, 'scenario'],
			[questionSlide, 'question']
		] as const) {
			for (const digit of String(n)) await page.keyboard.press(digit);
			await page.keyboard.press('Enter');
			await expectSlide(page, n);
			await stage(page).evaluate((el) => el.blur());
			await page.screenshot({ path: `docs/workshop-${name}-${viewport.width}x${viewport.height}.png` });
			await stage(page).focus();
		}
	});
}

test('scenario cards print two or four to an A4 page', async ({ page }) => {
	const id = await useTemplate(page, 'Small groups: four scenarios');
	await page.goto(`/en/workshop/handouts/?agenda=${id}`);
	await expect(page.locator('.card')).toHaveCount(4);
	await page.emulateMedia({ media: 'print' });
	const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

	const two = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pagesOf(two)).toBe(2);
	await page.emulateMedia({ media: 'screen' });
	await page.getByLabel('Four').check();
	await page.emulateMedia({ media: 'print' });
	const four = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pagesOf(four)).toBe(1);
	if (process.env.WORKSHOP_PDF) {
		const { writeFileSync } = await import('node:fs');
		writeFileSync('/tmp/cards-2.pdf', two);
		writeFileSync('/tmp/cards-4.pdf', four);
		execFileSync('pdftoppm', ['-png', '-r', '40', '/tmp/cards-2.pdf', '/tmp/cards-2']);
		execFileSync('pdftoppm', ['-png', '-r', '40', '/tmp/cards-4.pdf', '/tmp/cards-4']);
	}
});

test('an agenda holds up to 200 items, and then says it is full', async ({ page }) => {
	const items = Array.from({ length: 200 }, (_, i) => ({ id: `item-${i}`, ref: 'aim.peers', minutes: 1, notes: '' }));
	await page.goto('/en/workbook/backup/');
	await page.getByLabel('Backup file').setInputFiles({
		name: 'copy.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				format: 'birge-workbook',
				schemaVersion: 2,
				exportedAt: '2026-04-01T10:00:00.000Z',
				stores: { agendas: [{ id: 'full-agenda', title: 'Marathon', date: '', notes: '', items, updatedAt: 1 }] }
			})
		)
	});
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();

	await page.goto('/en/workshop/?agenda=full-agenda');
	await expect(page.getByLabel('Title')).toHaveValue('Marathon');
	await expect(page.getByText('This agenda has 200 items, the most it can hold. Remove one to add another.')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Add “/ }).first()).toBeDisabled();
});
