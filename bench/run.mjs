// `npm run bench`: builds the site and a bare prerendered SvelteKit page (bench/bare-kit.mjs), serves each over a
// shaped "Regular 3G" link and measures them side by side in Chromium with a 4× CPU slowdown: what a first visit
// costs, how soon after the first paint the whole guide of the reader's language is stored for offline use, and a
// broken link that drops half way through that download. Prints medians of several runs (the machine is shared
// and timings vary), writes bench/results.json, and exits non-zero when a budget is broken.
//
//   npm run bench                      build both, 3 runs
//   node bench/run.mjs --no-build --runs 5
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { bareKitBuild, buildBareKit } from './bare-kit.mjs';
import { createShapedServer } from './shaped-server.mjs';

const link = { name: 'Regular 3G', rttMs: 300, downKbps: 700, cpuSlowdown: 4 };
const budgets = { firstLoadKB: 34, lcpMs: 1000, cls: 0, offlineReadyMs: 3000 };
const samples = [
	{ name: 'welcome', path: '' },
	{ name: 'THINK page', path: 'think/norms/' },
	{ name: 'Annex 2 topic', path: 'annex/topics/family/fatherhood/' }
];
const arg = (name, fallback) => {
	const i = process.argv.indexOf(name);
	return i < 0 ? fallback : process.argv[i + 1];
};
const runs = Number(arg('--runs', 3));

if (!process.argv.includes('--no-build')) {
	execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
	buildBareKit();
}

// Every published language has a pack: `<lang>.<version>.json` (beside `shared.<version>.json`).
const languages = readdirSync('build/_app/offline').map((f) => f.split('.')[0]).filter((name) => name !== 'shared').sort();
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
};

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});

/** Starts a shaped server on `root`; the caller closes it. */
async function serve(root) {
	const shaped = createShapedServer({ root, rttMs: link.rttMs, downKbps: link.downKbps });
	await new Promise((resolve) => shaped.server.listen(0, '127.0.0.1', resolve));
	return { ...shaped, origin: `http://localhost:${shaped.server.address().port}` };
}

/** A phone-sized context with the slow CPU, recording paints, layout shifts and the app's offline state. */
async function phone(locale) {
	const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, locale });
	await context.addInitScript(() => {
		const bench = ((/** @type {any} */ (window)).__bench = { fcp: 0, lcp: 0, cls: 0, hydrated: 0, offline: {} });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
		}).observe({ type: 'paint', buffered: true });
		new PerformanceObserver((list) => {
			bench.lcp = list.getEntries().at(-1)?.startTime ?? 0;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) bench.cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		// The init script runs before <html> exists, so watch the whole document.
		new MutationObserver(() => {
			const root = document.documentElement;
			if (root.dataset.network && !bench.hydrated) bench.hydrated = performance.now();
			const state = root.dataset.offline;
			if (state && !bench.offline[state]) bench.offline[state] = performance.now();
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-offline', 'data-network'] });
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: link.cpuSlowdown });
	return { context, page };
}

const sum = (entries) => entries.reduce((total, e) => total + e.bytes, 0);

/**
 * What a page needs to come alive: its HTML, the code it preloads (Kit lists every static import of the page in
 * <link rel="modulepreload">) and its language's chunks (navigation index, messages, the page's text). Chunks loaded
 * after the first paint on purpose (offline code, storage, workbook and workshop) are not first load.
 */
function firstLoadFiles(root, path) {
	const html = readFileSync(join(root, path, 'index.html'), 'utf8');
	const preloads = [...html.matchAll(/href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => new URL(m[1], `http://x${path}`).pathname);
	const own = new Set([path, ...preloads]);
	return (file) => own.has(file) || /^\/_app\/immutable\/chunks\/[a-z]{2,3}\//.test(file) || /\.css$/.test(file);
}

/** One first visit: first-load bytes (HTML, CSS and JS asked for before the load event), paints, offline-ready. */
async function visit({ server, root, path, lang, offline = true }) {
	const isFirstLoad = firstLoadFiles(root, path);
	const { context, page } = await phone(lang);
	server.log.length = 0;
	await page.goto(server.origin + path, { waitUntil: 'load' });
	// Birge marks <html data-network> once its script has run; the bare page has nothing more to load after `load`.
	if (offline) await page.waitForFunction(() => (/** @type {any} */ (window)).__bench.hydrated > 0, null, { timeout: 60_000 });
	else await page.waitForLoadState('networkidle');
	if (offline) await page.waitForFunction(() => (/** @type {any} */ (window)).__bench.offline.ready > 0, null, { timeout: 90_000 });
	else await page.waitForTimeout(1500);
	const t = await page.evaluate(() => ({ ...(/** @type {any} */ (window)).__bench, origin: performance.timeOrigin }));
	const before = (ms) => server.log.filter((e) => e.at <= ms);
	if (!offline) t.hydrated = Infinity;
	const ready = t.origin + (t.offline.ready ?? 0);
	await context.close();
	return {
		firstLoadKB: kb(sum(before(t.origin + t.hydrated).filter((e) => isFirstLoad(e.path)))),
		firstLoadFiles: before(t.origin + t.hydrated).filter((e) => isFirstLoad(e.path)).length,
		fcpMs: Math.round(t.fcp),
		lcpMs: Math.round(t.lcp),
		cls: Math.round(t.cls * 1000) / 1000,
		...(offline
			? {
					offlineReadyMs: Math.round(t.offline.ready - t.fcp),
					offlineKB: kb(sum(before(ready))),
					offlineRequests: before(ready).length
				}
			: {})
	};
}

const birge = await serve('build');
const bare = await serve(bareKitBuild);
const rows = [];
const measure = async (name, options) => {
	const results = [];
	for (let i = 0; i < runs; i++) results.push(await visit(options));
	const row = { page: name, path: options.path, runs: results.length };
	for (const key of Object.keys(results[0])) row[key] = median(results.map((r) => r[key]));
	rows.push(row);
	console.log(`${name}: ${JSON.stringify(row)}`);
};

await measure('bare SvelteKit page', { server: bare, root: bareKitBuild, path: '/', lang: 'en', offline: false });
for (const lang of languages) {
	for (const sample of samples) await measure(`${lang} ${sample.name}`, { server: birge, root: 'build', path: `/${lang}/${sample.path}`, lang });
}

// The broken link: the connection drops half way through the language's download. Pages already visited must still
// open offline; the next visit with a good link completes the download.
async function brokenLink() {
	const { context, page } = await phone('en');
	const opens = async (path) => {
		await page.goto(birge.origin + path).catch(() => undefined);
		return page.locator('main h1').first().innerText({ timeout: 15_000 }).catch(() => '(nothing)');
	};
	birge.shaping.cut = /^\/_app\/offline\//;
	await page.goto(`${birge.origin}/en/`);
	await page.waitForFunction(() => (/** @type {any} */ (window)).__bench.offline.failed > 0, null, { timeout: 90_000 });
	await opens('/en/think/norms/');
	await context.setOffline(true);
	const visitedOffline = { '/en/': await opens('/en/'), '/en/think/norms/': await opens('/en/think/norms/') };
	const unvisitedOffline = await opens('/en/plan/approach/');
	await context.setOffline(false);
	birge.shaping.cut = undefined;

	birge.log.length = 0;
	await page.goto(`${birge.origin}/en/contents/`);
	await page.waitForFunction(() => (/** @type {any} */ (window)).__bench.offline.ready > 0, null, { timeout: 90_000 });
	const t = await page.evaluate(() => ({ ...(/** @type {any} */ (window)).__bench, origin: performance.timeOrigin }));
	const until = birge.log.filter((e) => e.at <= t.origin + t.offline.ready);
	await context.setOffline(true);
	const afterwards = await opens('/en/plan/approach/');
	await context.close();
	return {
		visitedOffline,
		unvisitedOffline,
		nextVisit: { offlineReadyMs: Math.round(t.offline.ready - t.fcp), offlineKB: kb(sum(until)), offlineRequests: until.length },
		unvisitedAfterNextVisit: afterwards
	};
}
const broken = await brokenLink();
console.log(`broken link: ${JSON.stringify(broken)}`);

await browser.close();
birge.server.close();
bare.server.close();

writeFileSync('bench/results.json', `${JSON.stringify({ link, budgets, runs, pages: rows, brokenLink: broken }, null, 2)}\n`);

const cell = (value, budget, unit = '') => (value === undefined ? '–' : `${value}${unit}${budget !== undefined && value > budget ? ' ✗' : ''}`);
console.log(`\n${link.name}: ${link.rttMs} ms round trip, ${link.downKbps} kbit/s down, ${link.cpuSlowdown}× CPU slowdown; medians of ${runs} runs\n`);
console.log('| page | first load (brotli) | LCP | layout shift | offline-ready after first paint | until offline-ready |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
	const offline = r.offlineReadyMs === undefined ? '–' : `${r.offlineKB} KB, ${r.offlineRequests} requests`;
	console.log(
		`| ${r.page} | ${cell(r.firstLoadKB, budgets.firstLoadKB, ' KB')} (${r.firstLoadFiles} files) | ${cell(r.lcpMs, budgets.lcpMs, ' ms')} | ${cell(r.cls, budgets.cls)} | ${cell(r.offlineReadyMs, budgets.offlineReadyMs, ' ms')} | ${offline} |`
	);
}
console.log(
	`\nBroken link (en): visited pages offline: ${Object.entries(broken.visitedOffline).map(([p, h]) => `${p} "${h}"`).join(', ')}; ` +
		`an unvisited page offline: "${broken.unvisitedOffline}"; next visit ready ${broken.nextVisit.offlineReadyMs} ms after first paint ` +
		`(${broken.nextVisit.offlineKB} KB, ${broken.nextVisit.offlineRequests} requests); then offline: "${broken.unvisitedAfterNextVisit}".`
);

const broken_ = [
	...rows
		.filter((r) => r.page !== 'bare SvelteKit page')
		.flatMap((r) => [
			r.firstLoadKB > budgets.firstLoadKB && `${r.page}: first load ${r.firstLoadKB} KB > ${budgets.firstLoadKB} KB`,
			r.lcpMs > budgets.lcpMs && `${r.page}: LCP ${r.lcpMs} ms > ${budgets.lcpMs} ms`,
			r.cls > budgets.cls && `${r.page}: layout shift ${r.cls} > ${budgets.cls}`,
			r.offlineReadyMs > budgets.offlineReadyMs && `${r.page}: offline-ready ${r.offlineReadyMs} ms after first paint > ${budgets.offlineReadyMs} ms`
		]),
	...Object.entries(broken.visitedOffline).map(([path, h1]) => h1 === '(nothing)' && `broken link: visited ${path} did not open offline`),
	broken.unvisitedAfterNextVisit === '(nothing)' && 'broken link: the next visit did not complete the offline copy'
].filter(Boolean);
if (broken_.length) {
	console.error(`\nBudget broken:\n- ${broken_.join('\n- ')}`);
	process.exit(1);
}
console.log('\nAll budgets met.');
