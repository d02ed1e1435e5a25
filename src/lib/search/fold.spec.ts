import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldedWords, foldWithOrigins } from './fold';

describe('folding text for search', () => {
	it('ignores case in Cyrillic and Latin scripts', () => {
		expect(fold('ГЕНДЕРНОЕ Равенство')).toBe(fold('гендерное равенство'));
		expect(fold('GENDER Deňligi')).toBe(fold('gender deňligi'));
	});

	it('finds Uzbek oʻ and gʻ however the apostrophe was typed, or without it', () => {
		const written = fold('Oʻzbekcha, oʻgʻil');
		for (const typed of ["O'zbekcha, o'g'il", 'O’zbekcha, o’g’il', 'O`zbekcha, o`g`il', 'Ozbekcha, ogil']) {
			expect(fold(typed)).toBe(written);
		}
	});

	it('finds Turkmen and Turkish letters typed with or without their marks, in either case', () => {
		expect(fold('ÝAŞ ERKEKLER Ňäme Çöl Žurnal Ü')).toBe(fold('ýaş erkekler ňäme çöl žurnal ü'));
		expect(fold('ýaş')).toBe(fold('yas'));
		expect(fold('İSTANBUL')).toBe('istanbul');
	});

	it('finds ё and й typed as е and и, as on many Russian keyboards', () => {
		expect(fold('Ещё её мой')).toBe(fold('еще ее мои'));
	});

	it('finds Kazakh, Kyrgyz and Tajik letters typed on a Russian keyboard, and і typed as a Latin i', () => {
		expect(fold('Қоғам теңдік өмір ұл үй һәм')).toBe(fold('Когам тендик омир ул уй хам'));
		expect(fold('ҳамаи ҷомеа зӯроварӣ')).toBe(fold('хамаи чомеа зуровари'));
		expect(fold('бiр бІр')).toBe(fold('бір бір'));
		// A Latin i among Latin letters stays a Latin i.
		expect(fold('bir')).toBe('bir');
	});

	it('keeps line breaks, so blocks of text keep their places', () => {
		expect(fold('Один\nДва')).toBe('один\nдва');
	});

	it('splits a query into its words, each once', () => {
		expect(foldedWords('  Women, WOMEN and men!  ')).toEqual(['women', 'and', 'men']);
		expect(foldedWords("oʻzbek o'zbek")).toEqual(['ozbek']);
		expect(foldedWords('— … «»')).toEqual([]);
	});

	it('knows where each folded character came from, for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const { folded, origins } = foldWithOrigins(text);
				expect(folded).toBe(fold(text));
				expect(origins).toHaveLength(folded.length + 1);
				expect(origins.at(-1)).toBe(text.length);
				for (let i = 1; i < origins.length; i++) expect(origins[i]).toBeGreaterThanOrEqual(origins[i - 1] ?? 0);
			})
		);
		const { folded, origins } = foldWithOrigins('Oʻzbek ТІЛІ');
		expect(folded).toBe('ozbek тили');
		// "z" is the third character written, after the ʻ that folding leaves out.
		expect(origins[folded.indexOf('z')]).toBe(2);
	});
});
