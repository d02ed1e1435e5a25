import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';

// Version 2 is the same source built with another version stamp, so its service worker and files differ.
test.beforeAll(() => {
	test.setTimeout(240_000);
	execFileSync('npm', ['run', 'build'], {
		env: { ...process.env, BIRGE_VERSION: '2.0.0-e2e', BIRGE_BUILD_DIR: 'build-v2' },
		stdio: 'ignore'
	});
});

test('a new version is offered, never forced, and takes over in every open tab once accepted', async ({ browser }) => {
	test.setTimeout(120_000);
	let deployed = 'build';
	const { server, context, page: first } = await openOnOwnServer(browser, () => deployed);

	await first.goto('/en/think/norms/');
	await readyOffline(first);
	await expect(first.getByText('Version 0.1.0')).toBeVisible();
	const second = await context.newPage();
	await second.goto('/en/plan/resistance/');
	await expect(second.getByText('Version 0.1.0')).toBeVisible();

	deployed = 'build-v2';
	await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	const prompt = first.getByRole('alert').filter({ hasText: 'A new version is ready.' });
	await expect(prompt).toBeVisible({ timeout: 30_000 });
	// Nothing changes until the user accepts: the page still runs version 1.
	await first.waitForTimeout(500);
	await expect(first.getByText('Version 0.1.0')).toBeVisible();

	// Typed just before accepting, without waiting for the save: nothing may be lost in the switch.
	const answer = first.getByRole('textbox', { name: /three common gender norms/ });
	await answer.fill('Written just before the update.');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(first.getByText('Version 2.0.0-e2e')).toBeVisible({ timeout: 30_000 });
	await expect(first.locator('h1')).toHaveText('The gender norms exercise');
	await expect(answer).toHaveValue('Written just before the update.');
	// The other tab followed, so no two versions run side by side.
	await expect(second.getByText('Version 2.0.0-e2e')).toBeVisible({ timeout: 30_000 });
	await expect(second.locator('h1')).toHaveText('Resistance');

	// The new version is ready offline too: its language pack was stored during the update.
	await readyOffline(first);
	await goOffline(context, server);
	await first.goto('/en/annex/topics/family/money/');
	await expect(first.locator('h1')).toHaveText('Money matters: who decides?');
	await expect(first.getByText('Version 2.0.0-e2e')).toBeVisible();
	await context.close();
});
