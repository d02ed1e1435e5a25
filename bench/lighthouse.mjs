// `npm run lighthouse`: Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) on the local build, with
// the system Chromium, for the welcome page, a THINK page and an Annex 2 topic in every published language. Prints
// the four scores and every audit that did not pass, writes bench/lighthouse-results.json, and exits non-zero when
// a score is below 100.
//
//   npm run build && npm run lighthouse
import { readdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createStaticServer } from '../scripts/static-server.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const samples = ['', 'think/norms/', 'annex/topics/family/fatherhood/'];
const languages = readdirSync('build/_app/offline').map((f) => f.split('.')[0]).filter((name) => name !== 'shared').sort();

const server = createStaticServer({ root: 'build' });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
});

const results = [];
try {
	for (const path of languages.flatMap((lang) => samples.map((s) => `/${lang}/${s}`))) {
		const run = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
		if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { lhr } = run;
		const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
		// Audits that count and did not pass (score below 1), with what Lighthouse says about them.
		const missed = Object.values(lhr.categories)
			.flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
			.filter((audit) => audit && audit.score !== null && audit.score < 1)
			.map((audit) => `${audit.id}: ${audit.displayValue ?? audit.title}`);
		results.push({ path, scores, missed });
		console.log(`${path}  ${categories.map((c) => `${c} ${scores[c]}`).join(' · ')}${missed.length ? `\n  below 100: ${missed.join('; ')}` : ''}`);
	}
} finally {
	await chrome.kill();
	server.close();
}

writeFileSync('bench/lighthouse-results.json', `${JSON.stringify(results, null, 2)}\n`);
const below = results.filter((r) => Object.values(r.scores).some((score) => score < 100));
if (below.length) {
	console.error(`\nBelow 100 on: ${below.map((r) => r.path).join(', ')}`);
	process.exit(1);
}
console.log('\nAll 100.');
