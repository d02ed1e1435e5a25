// Renders the app icons from SVG with the system Chromium and writes them as palette PNGs (a few KB each: the
// offline copy stores them, and every byte of it crosses a slow link). Run once after changing the design; the
// PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const rings = (scale) => `
	<g fill="none" stroke="#fff" stroke-width="${2.5 * scale}" transform="translate(16 16) scale(${scale}) translate(-16 -16)">
		<circle cx="12.5" cy="16" r="7.5"/><circle cx="19.5" cy="16" r="7.5"/>
	</g>`;
const svg = ({ maskable }) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
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

/** CRC-32 of a PNG chunk's type and data. */
function crc32(bytes) {
	let crc = ~0;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

function chunk(type, data) {
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const out = Buffer.alloc(8 + data.length + 4);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body), 8 + data.length);
	return out;
}

/**
 * An indexed-colour PNG of RGBA pixels. The icon has two colours and their anti-aliased blends; if there are more
 * than 256, the rarest (edge pixels) take the nearest of the 256 most common.
 */
function palettePng(size, rgba) {
	const keyAt = (i) => rgba.slice(i, i + 4).join(',');
	const counts = new Map();
	for (let i = 0; i < rgba.length; i += 4) counts.set(keyAt(i), (counts.get(keyAt(i)) ?? 0) + 1);
	const kept = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([key]) => key);
	const palette = new Map(kept.map((key, index) => [key, index]));
	const values = kept.map((key) => key.split(',').map(Number));
	const nearest = (key) => {
		const c = key.split(',').map(Number);
		let best = 0;
		let bestDistance = Infinity;
		values.forEach((v, index) => {
			const distance = v.reduce((sum, x, k) => sum + (x - c[k]) ** 2, 0);
			if (distance < bestDistance) [best, bestDistance] = [index, distance];
		});
		return best;
	};
	const indices = Buffer.alloc(size * (size + 1));
	for (let y = 0; y < size; y++) {
		indices[y * (size + 1)] = 0; // no filter
		for (let x = 0; x < size; x++) {
			const key = keyAt((y * size + x) * 4);
			if (!palette.has(key)) palette.set(key, nearest(key));
			indices[y * (size + 1) + 1 + x] = palette.get(key);
		}
	}
	const colours = values;
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 3, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('PLTE', Buffer.from(colours.flatMap(([r, g, b]) => [r, g, b]))),
		chunk('tRNS', Buffer.from(colours.map(([, , , a]) => a))),
		chunk('IDAT', deflateSync(indices, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, maskable, design] of [
	['icon-192.png', 192, false, svg],
	['icon-512.png', 512, false, svg],
	['maskable-512.png', 512, true, svg],
	['apple-touch-icon.png', 180, true, svg],
	['notes-192.png', 192, false, notes],
	['notes-512.png', 512, false, notes],
	['notes-maskable-512.png', 512, true, notes],
	['notes-apple-touch-icon.png', 180, true, notes]
]) {
	const rgba = await page.evaluate(
		async ({ markup, size }) => {
			const image = new Image(size, size);
			image.src = `data:image/svg+xml,${encodeURIComponent(markup)}`;
			await image.decode();
			const canvas = new OffscreenCanvas(size, size);
			const context = canvas.getContext('2d');
			context.drawImage(image, 0, 0, size, size);
			return [...context.getImageData(0, 0, size, size).data];
		},
		{ markup: design({ maskable }), size }
	);
	writeFileSync(`static/icons/${name}`, palettePng(size, rgba));
}
await browser.close();
