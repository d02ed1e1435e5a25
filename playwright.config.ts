import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4174);

// `npx playwright install` cannot download here: use the system Chromium (Debian's), or CHROME_PATH.
const chromium = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	timeout: 60_000,
	// Waiting is not timing: a busy 2-core machine may take a few seconds to show what a quiet one shows at once, and
	// a wait that gives up early fails a test that is right. Nothing here asserts how long anything took.
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: chromium,
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromium } }],
	webServer: {
		// Tests run against the built site, served as a static host would (`npm run build` first).
		command: `node scripts/serve.mjs`,
		env: { PORT: String(port) },
		url: `http://localhost:${port}/en/`,
		reuseExistingServer: !process.env.CI
	}
});
