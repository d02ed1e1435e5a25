import { describe, expect, it } from 'vitest';
import { splitForeignTitle } from './foreign-title';

describe('splitForeignTitle', () => {
	it('parts an English original from its Russian gloss', () => {
		expect(splitForeignTitle('Program M («Программа М»)', 'ru')).toEqual({ original: 'Program M', rest: ' («Программа М»)' });
		expect(splitForeignTitle('A Journey to Manhood, UNFPA («Путь к мужественности», ЮНФПА)', 'ru')).toEqual({
			original: 'A Journey to Manhood, UNFPA',
			rest: ' («Путь к мужественности», ЮНФПА)'
		});
	});

	it('leaves titles wholly in the page language, and every English page, as one part', () => {
		expect(splitForeignTitle('Стамбульская конвенция', 'ru')).toEqual({ rest: 'Стамбульская конвенция' });
		expect(splitForeignTitle('Program M', 'en')).toEqual({ rest: 'Program M' });
	});

	it('marks a title with no gloss at all as wholly foreign', () => {
		expect(splitForeignTitle('MenCare Georgia', 'ru')).toEqual({ original: 'MenCare Georgia', rest: '' });
	});

	it('on a page in a Latin-script language, parts the original from its gloss in brackets', () => {
		expect(splitForeignTitle('Program M (“M dasturi”), Young Men Initiative', 'uz')).toEqual({ original: 'Program M', rest: ' (“M dasturi”), Young Men Initiative' });
		expect(splitForeignTitle('MenCare Georgia kampaniyasi, UNFPA Gruziya', 'uz')).toEqual({ rest: 'MenCare Georgia kampaniyasi, UNFPA Gruziya' });
		expect(splitForeignTitle('Program M (“M maksatnamasy”), Young Men Initiative', 'tk')).toEqual({ original: 'Program M', rest: ' (“M maksatnamasy”), Young Men Initiative' });
		expect(splitForeignTitle('MenCare Georgia wagyz-nesihat çäresi, UNFPA Gruziýa', 'tk')).toEqual({ rest: 'MenCare Georgia wagyz-nesihat çäresi, UNFPA Gruziýa' });
	});
});
