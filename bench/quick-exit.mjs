// `npm run bench` (after the build): how fast Quick exit takes the guide off the screen, on a cheap phone's CPU (4×
// slowdown). Measured here and not in a test, because a duration read inside a test depends on how busy the machine
// is. For each run: from the tap to the moment the guide is hidden, and from the tap to the first paint of the
// neutral page. Prints medians, writes bench/quick-exit-results.json, exits non-zero when a budget is broken.
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../scripts/static-server.mjs';

const cpuSlowdown = 4;
const runs = 7;
// What protects the user is the screen going blank at once; the neutral page then has a little longer to paint.
const budgets = { hiddenMs: 100, neutralPageMs: 500 };

if (!existsSync('build/en/index.html')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

const server = createStaticServer({ root: 'build' });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One exit from a guide page: returns [ms until hidden, ms until the neutral page painted]. */
async function exitOnce(how) {
	const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
	const page = await context.newPage();
	await page.goto(`${origin}/en/plan/resistance/`);
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	// Times are kept on the shared clock (timeOrigin + now) in sessionStorage, which the neutral page (same origin)
	// can still read. The listeners are added before the app's own (an init script, then a reload), so the tap or the
	// third Esc is timed before the app reacts to it.
	await context.addInitScript(() => {
		// Measured to the plain page on this device: the ordinary website Quick exit opens online by default depends on
		// the network, not on Birge.
		localStorage.setItem('birge-exit-to', 'local');
		if (location.pathname.endsWith('/start.html')) return;
		const at = () => performance.timeOrigin + performance.now();
		const start = () => sessionStorage.setItem('bench-start', String(at()));
		addEventListener('pointerdown', start, { capture: true, once: true });
		let escapes = 0;
		addEventListener('keydown', (e) => e.key === 'Escape' && ++escapes === 3 && start(), { capture: true });
		new MutationObserver(() => {
			if (document.documentElement.hidden) sessionStorage.setItem('bench-hidden', String(at()));
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['hidden'] });
	});
	await page.reload();
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	if (how === 'button') await page.getByRole('button', { name: 'Quick exit' }).click();
	else for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
	await page.waitForURL(/\/start\.html$/);
	const [hidden, painted] = await page.evaluate(async () => {
		const fcp = await new Promise((resolve) =>
			new PerformanceObserver((list) => resolve(list.getEntries()[0]?.startTime ?? 0)).observe({ type: 'paint', buffered: true })
		);
		const start = Number(sessionStorage.getItem('bench-start'));
		return [Number(sessionStorage.getItem('bench-hidden')) - start, performance.timeOrigin + Number(fcp) - start];
	});
	await context.close();
	return [hidden, painted];
}

const results = {};
for (const how of ['button', 'Esc ×3']) {
	const hidden = [];
	const painted = [];
	for (let i = 0; i < runs; i++) {
		const [h, p] = await exitOnce(how);
		hidden.push(h);
		painted.push(p);
	}
	results[how] = { hiddenMs: Math.round(median(hidden)), neutralPageMs: Math.round(median(painted)) };
}
await browser.close();
server.close();

writeFileSync('bench/quick-exit-results.json', `${JSON.stringify({ cpuSlowdown, runs, budgets, results }, null, 2)}\n`);
console.log(`\nQuick exit, ${cpuSlowdown}× CPU slowdown, median of ${runs} runs`);
console.table(results);
const broken = Object.entries(results).flatMap(([how, r]) => [
	r.hiddenMs > budgets.hiddenMs && `${how}: hidden after ${r.hiddenMs} ms > ${budgets.hiddenMs} ms`,
	r.neutralPageMs > budgets.neutralPageMs && `${how}: neutral page after ${r.neutralPageMs} ms > ${budgets.neutralPageMs} ms`
]).filter(Boolean);
if (broken.length) {
	console.error(`\nBudget broken:\n- ${broken.join('\n- ')}`);
	process.exit(1);
}
console.log('All quick-exit budgets met.');
