import { typographyGlyphs } from '../../src/lib/server/typography.js';
import { expect, test } from './fixtures';

// The letters our languages need beyond basic Latin: Russian, then those Kazakh, Kyrgyz, Tajik, Uzbek (Cyrillic and
// Latin, with U+02BB in oʻ gʻ) and Turkmen add.
const alphabets = {
	Russian: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
	Kazakh: 'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
	Kyrgyz: 'ңөүҢӨҮ',
	Tajik: 'ғӣқӯҳҷҒӢҚӮҲҶ',
	Uzbek: 'ўқғҳЎҚҒҲ' + 'oʻgʻOʻGʻ',
	Turkmen: 'çäžňöşüýÇÄŽŇÖŞÜÝ',
	// What the build's typography puts into every language's text (the no-break space draws nothing, by design).
	Typography: typographyGlyphs.replace('\u00a0', '')
};

test('every letter of our languages renders in the page font, not as a missing-glyph box', async ({ page }) => {
	await page.goto('/en/');
	const missing = await page.evaluate((alphabets) => {
		const font = `32px ${getComputedStyle(document.body).fontFamily}`;
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 48;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return ['no canvas'];
		const draw = (text: string) => {
			context.clearRect(0, 0, 48, 48);
			context.font = font;
			context.fillText(text, 4, 36);
			return Array.from(context.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3)).join();
		};
		// Unassigned code points: whatever the browser draws for them is what a missing letter looks like.
		const boxes = new Set(['\u0378', '\u0379', '\uFFFF'].map(draw));
		const blank = draw(' ');
		const found: string[] = [];
		for (const [language, letters] of Object.entries(alphabets)) {
			for (const letter of letters) {
				const glyph = draw(letter);
				if (boxes.has(glyph) || glyph === blank) found.push(`${language}: ${letter} U+${letter.codePointAt(0)?.toString(16).toUpperCase()}`);
			}
		}
		return found;
	}, alphabets);
	expect(missing).toEqual([]);
});
