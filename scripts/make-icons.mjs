// Renders the app icons from SVG with the system Chromium. Run once after changing the design; the PNGs are committed.
import { chromium } from '@playwright/test';

const rings = (scale) => `
	<g fill="none" stroke="#fff" stroke-width="${2.5 * scale}" transform="translate(16 16) scale(${scale}) translate(-16 -16)">
		<circle cx="12.5" cy="16" r="7.5"/><circle cx="19.5" cy="16" r="7.5"/>
	</g>`;
const svg = ({ maskable }) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
	${maskable ? '<rect width="32" height="32" fill="#1f4e5f"/>' : '<rect width="32" height="32" rx="7" fill="#1f4e5f"/>'}
	${rings(maskable ? 0.72 : 1)}
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, size, maskable] of [
	['icon-192.png', 192, false],
	['icon-512.png', 512, false],
	['maskable-512.png', 512, true],
	['apple-touch-icon.png', 180, true]
]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg({ maskable })}`);
	await page.screenshot({ path: `static/icons/${name}`, omitBackground: !maskable });
	await page.close();
}
await browser.close();
