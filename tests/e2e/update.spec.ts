import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtVersion, goOffline, openOnOwnServer, readyOffline } from './server';

// One worker builds version 2 once for all three tests.
test.describe.configure({ mode: 'serial' });

// Version 2 is a deploy of different content: the same source built for another site address, which changes every
// page (its alternate-language links), so its version, service worker and files differ.
test.beforeAll(() => {
	test.setTimeout(300_000);
	execFileSync('npm', ['run', 'build'], {
		env: { ...process.env, BIRGE_SITE_URL: 'https://v2.birge.example', BIRGE_BUILD_DIR: 'build-v2' },
		stdio: 'ignore'
	});
});

/** Asks the browser to look for a new service worker, as it does on a visit; resolves with how its install ended. */
function checkForUpdate(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		if (!registration) return 'no registration';
		const outcome = new Promise<string>((resolve) => {
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
				});
			});
		});
		await registration.update();
		return outcome;
	});
}

test('two builds of different content have two versions, and the offline copy is stored under its version', async ({ browser }) => {
	const [v1, v2] = [builtVersion('build'), builtVersion('build-v2')];
	expect(v1).not.toBe(v2);
	const { context, page } = await openOnOwnServer(browser);
	await page.goto('/en/');
	await readyOffline(page);
	await expect(page.getByText(`Version ${v1}`)).toBeVisible();
	const names = await page.evaluate(() => caches.keys());
	expect(names.sort()).toEqual([`birge-${v1}-en`, `birge-${v1}-shared`]);
	await context.close();
});

test('a new version is offered, never forced, and takes over in every open tab once accepted', async ({ browser }) => {
	test.setTimeout(120_000);
	const [v1, v2] = [builtVersion('build'), builtVersion('build-v2')];
	let deployed = 'build';
	const { server, context, page: first } = await openOnOwnServer(browser, () => deployed);

	await first.goto('/en/think/norms/');
	await readyOffline(first);
	await expect(first.getByText(`Version ${v1}`)).toBeVisible();
	const second = await context.newPage();
	await second.goto('/en/plan/resistance/');
	await expect(second.getByText(`Version ${v1}`)).toBeVisible();

	deployed = 'build-v2';
	expect(await checkForUpdate(first)).toBe('installed');

	const prompt = first.getByRole('alert').filter({ hasText: 'A new version is ready.' });
	await expect(prompt).toBeVisible({ timeout: 30_000 });
	// Nothing changes until the user accepts: the page still runs version 1.
	await expect(first.getByText(`Version ${v1}`)).toBeVisible();

	// Typed just before accepting, without waiting for the save: nothing may be lost in the switch.
	const answer = first.getByRole('textbox', { name: /three common gender norms/ });
	await answer.fill('Written just before the update.');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(first.getByText(`Version ${v2}`)).toBeVisible({ timeout: 30_000 });
	await expect(first.locator('h1')).toHaveText('The gender norms exercise');
	await expect(answer).toHaveValue('Written just before the update.');
	// The other tab followed, so no two versions run side by side.
	await expect(second.getByText(`Version ${v2}`)).toBeVisible({ timeout: 30_000 });
	await expect(second.locator('h1')).toHaveText('Resistance');

	// The new version is ready offline too: the language was stored before it took over, and the old one is gone.
	await readyOffline(first);
	expect((await first.evaluate(() => caches.keys())).sort()).toEqual([`birge-${v2}-en`, `birge-${v2}-shared`]);
	await goOffline(context, server);
	await first.goto('/en/annex/topics/family/money/');
	await expect(first.locator('h1')).toHaveText('Money matters: who decides?');
	await expect(first.getByText(`Version ${v2}`)).toBeVisible();
	await context.close();
});

test('an update whose download breaks off leaves the old version working offline, loses nothing, and is tried again', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const v1 = builtVersion('build');
	let deployed = 'build';
	let drop: RegExp | undefined;
	const { context, page } = await openOnOwnServer(browser, () => deployed, { drop: () => drop });
	await page.goto('/en/think/norms/');
	await readyOffline(page);
	const answer = page.getByRole('textbox', { name: /three common gender norms/ });
	await answer.fill('Written before the update broke off.');
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toHaveText(/Saved on this device/);

	// A new version is deployed, and the link drops while its language downloads.
	deployed = 'build-v2';
	drop = /^\/_app\/offline\//;
	expect(await checkForUpdate(page)).toBe('redundant');
	await expect(page.getByRole('alert').filter({ hasText: 'A new version is ready.' })).toHaveCount(0);

	// Offline, the old version still opens every page, with the answer.
	drop = /./;
	await context.setOffline(true);
	await page.goto('/en/annex/topics/family/money/');
	await expect(page.locator('h1')).toHaveText('Money matters: who decides?');
	await expect(page.getByText(`Version ${v1}`)).toBeVisible();
	await page.goto('/en/think/norms/');
	await expect(answer).toHaveValue('Written before the update broke off.');

	// Back on a good link, the next visit installs the new version.
	await context.setOffline(false);
	drop = undefined;
	await page.reload();
	await expect(page.getByRole('alert').filter({ hasText: 'A new version is ready.' })).toBeVisible({ timeout: 30_000 });
	await context.close();
});
