import { describe, expect, it } from 'vitest';
import { notStoredTarget } from './target';

describe('notStoredTarget', () => {
	it('offers the same page in the current language', () => {
		expect(notStoredTarget('/ru/think/norms/', 'en')).toEqual({ path: '/ru/think/norms/', lang: 'ru', stay: '/en/think/norms/' });
	});

	it('ignores addresses on other sites', () => {
		expect(notStoredTarget('//example.com/', 'en')).toBeUndefined();
		expect(notStoredTarget('https://example.com/', 'en')).toBeUndefined();
		expect(notStoredTarget(null, 'en')).toBeUndefined();
	});

	it('sends an address outside the languages to the welcome page', () => {
		expect(notStoredTarget('/start.html', 'ru')).toEqual({ path: '/start.html', lang: undefined, stay: '/ru/' });
	});
});
