// `npm run bench`: builds the site, serves it over a shaped "Regular 3G" link and measures, in Chromium with a 4×
// CPU slowdown, what a first visit costs and how long until the guide works offline. Prints a table, writes
// bench/results.json, and exits non-zero when a budget is broken.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { createShapedServer } from './shaped-server.mjs';

const link = { name: 'Regular 3G', rttMs: 300, downKbps: 700, cpuSlowdown: 4 };
const budgets = { firstLoadKB: 50, lcpMs: 2000, offlineReadyMs: 10_000, precacheKB: 250 };
const samples = [
	{ name: 'welcome', path: '' },
	{ name: 'THINK page', path: 'think/norms/' },
	{ name: 'Annex 2 topic', path: 'annex/topics/family/fatherhood/' }
];

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

// Every published language has a pack; each is measured the same way.
const packFiles = readdirSync('build/_app/offline').sort();
const languages = packFiles.map((f) => f.split('.')[0]);
const pages = languages.flatMap((lang) => samples.map((s) => ({ lang, name: `${lang} ${s.name}`, path: `/${lang}/${s.path}` })));

// What the offline copy of a language costs: Workbox's precache (shared) plus that language's pack.
const sw = readFileSync('build/sw.js', 'utf8');
const precacheUrls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
const sharedBytes = precacheUrls.reduce((sum, url) => sum + brotli(readFileSync(join('build', url))), 0);
const precache = Object.fromEntries(
	packFiles.map((f, i) => [languages[i], { files: precacheUrls.length + 1, kb: kb(sharedBytes + brotli(readFileSync(join('build/_app/offline', f)))) }])
);

const { server, log } = createShapedServer({ root: 'build', rttMs: link.rttMs, downKbps: link.downKbps });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});

const results = [];
for (const { name, path } of pages) {
	const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: link.cpuSlowdown });
	await page.addInitScript(() => {
		const bench = ((/** @type {any} */ (window)).__bench = { fcp: 0, lcp: 0, offlineReady: 0 });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
		}).observe({ type: 'paint', buffered: true });
		new PerformanceObserver((list) => {
			bench.lcp = list.getEntries().at(-1)?.startTime ?? 0;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new MutationObserver(() => {
			if (document.documentElement.dataset.offline === 'ready' && !bench.offlineReady) bench.offlineReady = performance.now();
			// The init script runs before <html> exists, so watch the whole document.
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-offline'] });
	});

	log.length = 0;
	await page.goto(origin + path, { waitUntil: 'load' });
	// First load: what the server sent (brotli) for the document and everything it fetched until its load event.
	// The service worker registers after `load`, so its precache is not counted here.
	const firstLoad = { bytes: log.reduce((sum, r) => sum + r.bytes, 0), files: log.length };
	await page.waitForFunction(() => (/** @type {any} */ (window)).__bench.offlineReady > 0, null, { timeout: 90_000 });
	const timing = await page.evaluate(() => (/** @type {any} */ (window)).__bench);
	results.push({
		page: name,
		path,
		firstLoadKB: kb(firstLoad.bytes),
		firstLoadFiles: firstLoad.files,
		fcpMs: Math.round(timing.fcp),
		lcpMs: Math.round(timing.lcp),
		offlineReadyMs: Math.round(timing.offlineReady),
		requestsUntilOffline: log.length
	});
	await context.close();
}
await browser.close();
server.close();

const summary = {
	link,
	budgets,
	precache: { workboxFiles: precacheUrls.length, languages: precache },
	pages: results
};
writeFileSync('bench/results.json', `${JSON.stringify(summary, null, 2)}\n`);

console.log(`\n${link.name}: ${link.rttMs} ms round trip, ${link.downKbps} kbit/s down, ${link.cpuSlowdown}× CPU slowdown\n`);
console.table(
	Object.fromEntries(
		results.map((r) => [
			r.page,
			{
				'first load KB (br)': r.firstLoadKB,
				files: r.firstLoadFiles,
				'FCP ms': r.fcpMs,
				'LCP ms': r.lcpMs,
				'offline-ready ms': r.offlineReadyMs,
				requests: r.requestsUntilOffline
			}
		])
	)
);
for (const [lang, p] of Object.entries(precache)) {
	console.log(`precache for ${lang}: ${p.files} files (${precacheUrls.length} by Workbox + 1 language pack), ${p.kb} KB brotli`);
}

const broken = [
	...results.flatMap((r) => [
		r.firstLoadKB > budgets.firstLoadKB && `${r.page}: first load ${r.firstLoadKB} KB > ${budgets.firstLoadKB} KB`,
		r.lcpMs > budgets.lcpMs && `${r.page}: LCP ${r.lcpMs} ms > ${budgets.lcpMs} ms`,
		r.offlineReadyMs > budgets.offlineReadyMs && `${r.page}: offline-ready ${r.offlineReadyMs} ms > ${budgets.offlineReadyMs} ms`
	]),
	...Object.entries(precache).map(([lang, p]) => p.kb > budgets.precacheKB && `precache ${lang} ${p.kb} KB > ${budgets.precacheKB} KB`)
].filter(Boolean);
if (broken.length) {
	console.error(`\nBudget broken:\n- ${broken.join('\n- ')}`);
	process.exit(1);
}
console.log('\nAll budgets met.');
