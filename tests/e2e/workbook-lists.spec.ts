import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { axe, wcag } from './axe';

interface ReferralInput {
	name: string;
	/** The kind as the form shows it. */
	kind: string;
	phone?: string;
	address?: string;
	checkedOn?: string;
	notes?: string;
}

const clinic: ReferralInput = {
	name: 'Youth health clinic',
	kind: 'Medical',
	phone: '+996 (555) 12-34-56',
	address: 'Toktogul street 5',
	checkedOn: '2026-01-10'
};
const lawyers: ReferralInput = {
	name: 'Legal aid bureau',
	kind: 'Legal advice',
	phone: '0312 66-77-88',
	checkedOn: '2026-03-02',
	notes: 'Free consultations on Fridays'
};
const shelter: ReferralInput = { name: 'Crisis centre Sezim', kind: 'Shelter' };

async function addReferral(page: Page, referral: ReferralInput) {
	await page.getByRole('button', { name: 'Add a service' }).click();
	const form = page.getByRole('form', { name: 'New service' });
	await expect(form.getByLabel('Name of the service')).toBeFocused();
	await form.getByLabel('Name of the service').fill(referral.name);
	await form.getByLabel('Kind of help').selectOption({ label: referral.kind });
	if (referral.phone) await form.getByLabel('Phone number').fill(referral.phone);
	if (referral.address) await form.getByLabel('Address').fill(referral.address);
	if (referral.checkedOn) await form.getByLabel('Checked on').fill(referral.checkedOn);
	if (referral.notes) await form.getByLabel('Notes').fill(referral.notes);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 3, name: referral.name })).toBeFocused();
}

async function addPartner(page: Page, name: string, contact: string) {
	await page.getByRole('button', { name: 'Add an organisation or activist' }).click();
	const form = page.getByRole('form', { name: 'New organisation or activist' });
	await form.getByLabel('Name of the organisation or person').fill(name);
	await form.getByLabel('How to reach them').fill(contact);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function addCheckIn(page: Page, partner: string, checkIn: { date: string; said: string; change: string }) {
	await page.getByRole('button', { name: `Add a check-in with ${partner}` }).click();
	const form = page.getByRole('form', { name: `New check-in with ${partner}` });
	await form.getByLabel('Date').fill(checkIn.date);
	await form.getByLabel('What they told you').fill(checkIn.said);
	await form.getByLabel('What you will change').fill(checkIn.change);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toHaveCount(0);
}

const partner = 'Women’s rights network Ak-Bata';

async function fillWorkbook(page: Page) {
	await page.goto('/en/workbook/referrals/');
	for (const referral of [clinic, lawyers, shelter]) await addReferral(page, referral);
	await page.goto('/en/workbook/accountability/');
	await addPartner(page, partner, 'Aida, +996 700 11 22 33');
	await addCheckIn(page, partner, {
		date: '2026-01-15',
		said: 'Invite women to the planning, not only to the evaluation.',
		change: 'Meet them before the first session.'
	});
	await addCheckIn(page, partner, {
		date: '2026-03-01',
		said: 'Use examples from the lives of girls too.',
		change: 'Rewrite the third session.'
	});
}

/** What the app stored, read from IndexedDB directly (after the app has created the database). */
function stored(page: Page, store: string): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		(store) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('birge-workbook');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		store
	);
}

const referralNames = (page: Page) => page.locator('.referral h3').allTextContents();

test('referrals and check-ins stay after a reload, and sorting and filtering change the list', async ({ page }) => {
	await page.goto('/en/workbook/referrals/');
	await expect(page.getByRole('heading', { name: 'No services yet' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'How to prepare a referral list' })).toHaveAttribute(
		'href',
		'/en/plan/referrals/'
	);
	await fillWorkbook(page);

	await page.goto('/en/workbook/referrals/');
	await page.reload();
	await expect(page.locator('.referral')).toHaveCount(3);
	await expect(page.getByRole('heading', { name: 'No services yet' })).toHaveCount(0);
	expect(await referralNames(page)).toEqual(['Crisis centre Sezim', 'Legal aid bureau', 'Youth health clinic']);

	const card = (name: string) => page.locator('.referral').filter({ has: page.getByRole('heading', { name }) });
	await expect(card(clinic.name).getByRole('link', { name: 'Call +996 (555) 12-34-56' })).toHaveAttribute(
		'href',
		'tel:+996555123456'
	);
	await expect(card(lawyers.name).getByRole('link', { name: /^Call/ })).toHaveAttribute('href', 'tel:0312667788');
	await expect(card(shelter.name).getByRole('link', { name: /^Call/ })).toHaveCount(0);
	await expect(card(clinic.name)).toContainText('Checked on Jan 10, 2026');
	await expect(card(shelter.name)).toContainText('Not checked yet');

	await page.getByLabel('Sort by').selectOption({ label: 'Date checked, newest first' });
	await expect.poll(() => referralNames(page)).toEqual(['Legal aid bureau', 'Youth health clinic', 'Crisis centre Sezim']);
	await page.getByLabel('Sort by').selectOption({ label: 'Kind of help' });
	await expect.poll(() => referralNames(page)).toEqual(['Youth health clinic', 'Legal aid bureau', 'Crisis centre Sezim']);

	await page.getByLabel('Show').selectOption({ label: 'Shelter' });
	await expect.poll(() => referralNames(page)).toEqual(['Crisis centre Sezim']);
	await expect(page.getByText('Showing 1 of 3 services')).toBeVisible();
	await page.getByLabel('Show').selectOption({ label: 'All kinds of help' });
	await page.getByRole('searchbox', { name: 'Search' }).fill('fridays');
	await expect.poll(() => referralNames(page)).toEqual(['Legal aid bureau']);
	await page.getByRole('searchbox', { name: 'Search' }).fill('nothing like this');
	await expect(page.getByText('No service matches.')).toBeVisible();

	const referrals = await stored(page, 'referrals');
	expect(referrals.map((r) => r.name).sort()).toEqual(['Crisis centre Sezim', 'Legal aid bureau', 'Youth health clinic']);
	expect(referrals.find((r) => r.name === clinic.name)).toMatchObject({
		kind: 'medical',
		phone: clinic.phone,
		address: clinic.address,
		checkedOn: '2026-01-10',
		updatedAt: expect.any(Number)
	});

	await page.goto('/en/workbook/accountability/');
	await page.reload();
	await expect(page.getByRole('heading', { level: 2, name: partner })).toBeVisible();
	await expect(page.getByText('Aida, +996 700 11 22 33')).toBeVisible();
	await expect(page.locator('.checkin h3')).toHaveText(['Mar 1, 2026', 'Jan 15, 2026']);
	await expect(page.locator('.checkin').first()).toContainText('Rewrite the third session.');
	await expect(page.getByText('Last check-in: Mar 1, 2026')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Why check in with women’s organisations' })).toHaveAttribute(
		'href',
		'/en/plan/accountability/'
	);

	const [savedPartner] = await stored(page, 'partners');
	const checkIns = await stored(page, 'checkIns');
	expect(savedPartner).toMatchObject({ name: partner, contact: 'Aida, +996 700 11 22 33' });
	expect(checkIns.map((c) => [c.partnerId, c.date]).sort()).toEqual([
		[savedPartner!.id, '2026-01-15'],
		[savedPartner!.id, '2026-03-01']
	]);
});

test('a referral and a check-in can be edited, and deleting asks first and removes a partner’s check-ins too', async ({
	page
}) => {
	await fillWorkbook(page);
	await page.goto('/en/workbook/referrals/');

	await page.getByRole('button', { name: `Edit ${lawyers.name}` }).click();
	const edit = page.getByRole('form', { name: `Edit: ${lawyers.name}` });
	await expect(edit.getByLabel('Name of the service')).toHaveValue(lawyers.name);
	await edit.getByLabel('Name of the service').fill('Free legal clinic');
	await edit.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Free legal clinic' })).toBeVisible();

	await page.getByRole('button', { name: `Delete ${shelter.name}` }).click();
	await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.getByRole('button', { name: 'Keep it' }).click();
	await expect(page.locator('.referral')).toHaveCount(3);
	await page.getByRole('button', { name: `Delete ${shelter.name}` }).click();
	await expect(page.getByText(`Delete ${shelter.name} from your list?`)).toBeVisible();
	await page.getByRole('button', { name: 'Yes, delete' }).click();
	await expect(page.locator('.referral')).toHaveCount(2);
	await expect(page.locator('main').getByRole('status')).toHaveText(`Deleted: ${shelter.name}`);
	expect((await stored(page, 'referrals')).map((r) => r.name).sort()).toEqual(['Free legal clinic', clinic.name]);

	await page.goto('/en/workbook/accountability/');
	await page.getByRole('button', { name: 'Edit the check-in of Jan 15, 2026' }).click();
	const checkIn = page.getByRole('form', { name: 'Edit the check-in of Jan 15, 2026' });
	await checkIn.getByLabel('Date').fill('2026-04-20');
	await checkIn.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('.checkin h3')).toHaveText(['Apr 20, 2026', 'Mar 1, 2026']);

	await page.getByRole('button', { name: `Delete ${partner}` }).click();
	await expect(page.getByText(`Delete ${partner} and the 2 check-ins with them?`)).toBeVisible();
	await page.getByRole('button', { name: 'Yes, delete' }).click();
	await expect(page.getByRole('heading', { name: 'No one added yet' })).toBeVisible();
	expect(await stored(page, 'partners')).toEqual([]);
	expect(await stored(page, 'checkIns')).toEqual([]);
});

test('offline, with the server gone, both lists still open with what was added', async ({ browser }) => {
	test.setTimeout(90_000);
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/');
	await readyOffline(page);
	await fillWorkbook(page);

	await goOffline(context, server);

	await page.goto('/en/workbook/referrals/');
	await page.reload();
	await expect(page.locator('.referral h3')).toHaveCount(3);
	await expect(page.getByRole('link', { name: 'Call +996 (555) 12-34-56' })).toHaveAttribute('href', 'tel:+996555123456');
	await page.goto('/en/workbook/accountability/');
	await page.reload();
	await expect(page.getByRole('heading', { level: 2, name: partner })).toBeVisible();
	await expect(page.locator('.checkin')).toHaveCount(2);
	await context.close();
});

test('a referral is still there after the browser is closed and started again', async ({ baseURL }) => {
	const userDataDir = await mkdtemp(path.join(tmpdir(), 'birge-profile-'));
	const launch = () =>
		chromium.launchPersistentContext(userDataDir, {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu'],
			baseURL
		});
	try {
		let context = await launch();
		let page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/en/workbook/referrals/');
		await addReferral(page, clinic);
		await context.close();

		context = await launch();
		page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/en/workbook/referrals/');
		await expect(page.getByRole('heading', { level: 3, name: clinic.name })).toBeVisible();
		await context.close();
	} finally {
		await rm(userDataDir, { recursive: true, force: true });
	}
});

test('what is added in one tab appears in another open tab without a reload', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/en/workbook/referrals/');
	await second.goto('/en/workbook/referrals/');
	await expect(second.getByRole('heading', { name: 'No services yet' })).toBeVisible();

	await addReferral(first, shelter);
	await expect(second.getByRole('heading', { level: 3, name: shelter.name })).toBeVisible();
	await expect(second.getByRole('heading', { name: 'No services yet' })).toHaveCount(0);

	await first.goto('/en/workbook/accountability/');
	await second.goto('/en/workbook/accountability/');
	await addPartner(first, partner, '');
	await expect(second.getByRole('heading', { level: 2, name: partner })).toBeVisible();
});

for (const viewport of [
	{ width: 360, height: 640 },
	{ width: 1280, height: 720 }
]) {
	test(`both lists, filled in, have no axe violations and large enough tap targets at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		// Filling both lists through their forms is a long journey of its own before the checks start.
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		await fillWorkbook(page);
		const failures: string[] = [];
		const check = async (state: string) => {
			const { violations } = await axe(page)
				.withTags(wcag)
				.analyze();
			for (const v of violations) failures.push(`${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
			const small = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('main a, main button, main input, main select, main textarea')]
					.filter((el) => !el.closest('p'))
					.map((el) => ({ el, box: el.getBoundingClientRect() }))
					.filter(({ box }) => box.width < 24 || box.height < 24)
					.map(({ el }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}"`)
			);
			failures.push(...small.map((s) => `${state}: small target ${s}`));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), state).toBeLessThanOrEqual(viewport.width);
		};

		await page.goto('/en/workbook/referrals/');
		await expect(page.locator('.referral')).toHaveCount(3);
		await check('referrals');
		await page.getByRole('button', { name: 'Add a service' }).click();
		await page.getByRole('form', { name: 'New service' }).getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('Write the name of the service.')).toBeVisible();
		await page.getByRole('button', { name: `Delete ${shelter.name}` }).click();
		await expect(page.getByRole('button', { name: 'Keep it' })).toBeVisible();
		await check('referrals with a form, an error and a question');

		await page.goto('/en/workbook/accountability/');
		await expect(page.locator('.checkin')).toHaveCount(2);
		await check('accountability');
		await page.getByRole('button', { name: `Add a check-in with ${partner}` }).click();
		await page.getByRole('button', { name: `Delete ${partner}` }).click();
		await expect(page.getByRole('button', { name: 'Keep it' })).toBeVisible();
		await check('accountability with a form and a question');
		expect(failures).toEqual([]);
	});
}

test('date fields take only days that exist: a mistyped year is refused before anything is saved', async ({ page }) => {
	await page.goto('/en/workbook/referrals/');
	await page.getByRole('button', { name: 'Add a service' }).click();
	const form = page.getByRole('form', { name: 'New service' });
	await form.getByLabel('Name of the service').fill('Clinic');
	// One key too many in the year: a date field without limits would make this 20266-01-01.
	await form.getByLabel('Checked on').click();
	await page.keyboard.type('010120266');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByText('There is no such date.')).toBeVisible();
	await expect(form.getByLabel('Checked on')).toBeFocused();
	expect(await stored(page, 'referrals')).toEqual([]);
	await form.getByLabel('Checked on').fill('2026-01-01');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toHaveCount(0);
	expect((await stored(page, 'referrals')).map((r) => r.checkedOn)).toEqual(['2026-01-01']);

	await page.goto('/en/workbook/accountability/');
	await addPartner(page, partner, '');
	await page.getByRole('button', { name: `Add a check-in with ${partner}` }).click();
	const checkIn = page.getByRole('form', { name: `New check-in with ${partner}` });
	await checkIn.getByLabel('Date').click();
	await page.keyboard.type('0230');
	await checkIn.getByRole('button', { name: 'Save' }).click();
	await expect(checkIn.getByText('There is no such date.')).toBeVisible();
	expect(await stored(page, 'checkIns')).toEqual([]);
});

test('long notes show a count near their limit and stop at it', async ({ page }) => {
	await page.goto('/en/workbook/referrals/');
	await page.getByRole('button', { name: 'Add a service' }).click();
	const form = page.getByRole('form', { name: 'New service' });
	const notes = form.getByLabel('Notes');
	await expect(notes).toHaveAttribute('maxlength', '20000');
	await notes.fill('n'.repeat(17_000));
	await expect(form.getByText(/characters$/)).toHaveCount(0);
	await notes.fill('n'.repeat(18_500));
	await expect(form.getByText('18,500 of 20,000 characters')).toBeVisible();
	await expect(form.getByLabel('Name of the service')).toHaveAttribute('maxlength', '500');
	await expect(form.getByLabel('Phone number')).toHaveAttribute('maxlength', '40');
});
