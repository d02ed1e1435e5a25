// Renders the app icons from SVG with the system Chromium. Run once after changing the design; the PNGs are committed.
import { chromium } from '@playwright/test';

const rings = (scale) => `
	<g fill="none" stroke="#fff" stroke-width="${2.5 * scale}" transform="translate(16 16) scale(${scale}) translate(-16 -16)">
		<circle cx="12.5" cy="16" r="7.5"/><circle cx="19.5" cy="16" r="7.5"/>
	</g>`;
const birge = ({ maskable }) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
	${maskable ? '<rect width="32" height="32" fill="#1f4e5f"/>' : '<rect width="32" height="32" rx="7" fill="#1f4e5f"/>'}
	${rings(maskable ? 0.72 : 1)}
</svg>`;

// The discreet install's icon (src/lib/privacy/discreet-install.ts): a plain notepad, like any phone's notes app.
const notepad = (scale) => `
	<g transform="translate(16 16) scale(${scale}) translate(-16 -16)">
		<rect x="8" y="5.5" width="16" height="21" rx="1.8" fill="#fffdf6"/>
		<path d="M11 11.5h10M11 15.5h10M11 19.5h6.5" stroke="#a39a86" stroke-width="1.4" stroke-linecap="round"/>
	</g>`;
const notes = ({ maskable }) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
	${maskable ? '<rect width="32" height="32" fill="#e9b949"/>' : '<rect width="32" height="32" rx="7" fill="#e9b949"/>'}
	${notepad(maskable ? 0.78 : 1)}
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, size, maskable, design] of [
	['icon-192.png', 192, false, birge],
	['icon-512.png', 512, false, birge],
	['maskable-512.png', 512, true, birge],
	['apple-touch-icon.png', 180, true, birge],
	['notes-192.png', 192, false, notes],
	['notes-512.png', 512, false, notes],
	['notes-maskable-512.png', 512, true, notes],
	['notes-apple-touch-icon.png', 180, true, notes]
]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${design({ maskable })}`);
	await page.screenshot({ path: `static/icons/${name}`, omitBackground: !maskable });
	await page.close();
}
await browser.close();
