// `npm run bench:store` (after `npm run build`): how the workbook's storage feels on a cheap phone once a heavy user
// has filled it. Serves build/, fills IndexedDB with 1,000 answers, 200 allies and 500 referrals, slows the CPU 4×,
// and reads the app's own User Timing measures. Prints a table, writes bench/store-results.json, and exits non-zero
// when a budget is broken.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../scripts/static-server.mjs';

const fill = { answers: 1000, allies: 200, referrals: 500 };
const cpuSlowdown = 4;
const budgets = { saveAnswerMs: 50, workbookOverviewMs: 500 };
const runs = { saveAnswer: 10, workbookOverview: 5 };

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
const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
const page = await context.newPage();

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (ms) => Math.round(ms * 10) / 10;

/** Waits until the page has recorded `count` measures called `name`, and returns their durations. */
async function measures(name, count = 1) {
	await page.waitForFunction(([n, c]) => performance.getEntriesByName(n, 'measure').length >= c, [name, count], {
		timeout: 60_000
	});
	return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
}

try {
	// The app creates the database on its first visit; records are written only once its stores exist.
	await page.goto(`${origin}/en/`);
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((db) => db.name === 'birge-workbook' && (db.version ?? 0) >= 1)
	);
	await page.evaluate(async (counts) => {
		const now = Date.now();
		const note = 'We met after football practice and talked about who does the work at home. '.repeat(4);
		const allyKinds = ['womens-organisation', 'ngo', 'educator', 'youth-group', 'media', 'other'];
		const referralKinds = ['medical', 'psychological', 'legal', 'social', 'shelter', 'hotline', 'other'];
		const records = {
			answers: Array.from({ length: counts.answers }, (_, i) => ({ id: `bench.q${i}`, text: note, updatedAt: now - i })),
			allies: Array.from({ length: counts.allies }, (_, i) => ({
				id: `ally-${i}`,
				name: `Ally ${i}`,
				kind: allyKinds[i % allyKinds.length],
				role: 'Co-hosts our discussion evenings and brings the fathers along.',
				contact: `+996 555 ${String(100000 + i)}`,
				updatedAt: now - i
			})),
			referrals: Array.from({ length: counts.referrals }, (_, i) => ({
				id: `referral-${i}`,
				name: `Service ${i}`,
				kind: referralKinds[i % referralKinds.length],
				phone: `+7 700 ${String(1000000 + i)}`,
				address: `Street ${i}, building 2`,
				hours: 'Mon–Fri 9–18',
				notes: 'Free of charge; speaks Kyrgyz and Russian.',
				checkedOn: i % 2 ? '2025-03-01' : '',
				updatedAt: now - i
			}))
		};
		// Open only what the app created: an upgrade here would make an empty database the app then trusts.
		const openExisting = () =>
			new Promise((resolve) => {
				const open = indexedDB.open('birge-workbook');
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => resolve(undefined);
			});
		let db;
		for (let tries = 0; tries < 100 && !db?.objectStoreNames.contains('referrals'); tries++) {
			db?.close();
			db = await openExisting();
			if (!db?.objectStoreNames.contains('referrals')) await new Promise((r) => setTimeout(r, 100));
		}
		await new Promise((resolve, reject) => {
			const tx = db.transaction(Object.keys(records), 'readwrite');
			for (const [store, list] of Object.entries(records)) for (const r of list) tx.objectStore(store).put(r);
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, fill);

	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

	// Saving one answer: each typed text waits out the box's pause in typing, then one measured write.
	await page.goto(`${origin}/en/think/norms/`);
	const box = page.locator('textarea[name="think.norms.q1"]');
	await box.waitFor();
	const saveDurations = [];
	for (let i = 1; i <= runs.saveAnswer; i++) {
		await box.fill(`Answer number ${i}: boys are told to be tough.`);
		saveDurations.push((await measures('birge:save-answer', i)).at(-1));
	}

	// The workbook overview reads every answer and list on load.
	const overviewDurations = [];
	for (let i = 0; i < runs.workbookOverview; i++) {
		await page.goto(`${origin}/en/workbook/`);
		overviewDurations.push((await measures('birge:workbook-overview'))[0]);
	}

	// Export through the page's own button, then restore that very file through its file input.
	await page.goto(`${origin}/en/workbook/backup/`);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a copy', exact: true }).click();
	const download = await downloading;
	const [exportMs] = await measures('birge:export');
	const file = readFileSync(await download.path());
	await page.getByLabel('Backup file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	const [restoreMs] = await measures('birge:restore');
	await page.getByText('Items restored').waitFor();

	const results = {
		cpuSlowdown,
		records: fill,
		budgets,
		saveAnswerMs: { median: round(median(saveDurations)), runs: saveDurations.map(round) },
		workbookOverviewMs: { median: round(median(overviewDurations)), runs: overviewDurations.map(round) },
		exportMs: round(exportMs),
		restoreMs: round(restoreMs),
		backupKB: Math.round((file.length / 1024) * 10) / 10
	};
	writeFileSync('bench/store-results.json', `${JSON.stringify(results, null, 2)}\n`);

	console.log(
		`\nWorkbook with ${fill.answers} answers, ${fill.allies} allies, ${fill.referrals} referrals; ${cpuSlowdown}× CPU slowdown\n`
	);
	console.table({
		'save one answer (median of 10)': { ms: results.saveAnswerMs.median, budget: `< ${budgets.saveAnswerMs}` },
		'workbook page (median of 5)': { ms: results.workbookOverviewMs.median, budget: `< ${budgets.workbookOverviewMs}` },
		[`export (${results.backupKB} KB file)`]: { ms: results.exportMs, budget: '' },
		'restore, replace': { ms: results.restoreMs, budget: '' }
	});

	const broken = [
		results.saveAnswerMs.median >= budgets.saveAnswerMs &&
			`saving an answer: ${results.saveAnswerMs.median} ms ≥ ${budgets.saveAnswerMs} ms`,
		results.workbookOverviewMs.median >= budgets.workbookOverviewMs &&
			`workbook page: ${results.workbookOverviewMs.median} ms ≥ ${budgets.workbookOverviewMs} ms`
	].filter(Boolean);
	if (broken.length) {
		console.error(`\nBudget broken:\n- ${broken.join('\n- ')}`);
		process.exitCode = 1;
	} else {
		console.log('\nAll budgets met.');
	}
} finally {
	await browser.close();
	server.close();
}
