import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

describe('pickLanguage', () => {
	it('takes the first preferred language we publish, ignoring the region', () => {
		expect(pickLanguage(['en-GB', 'ru'])).toBe('en');
	});

	it('falls back to English when nothing matches', () => {
		expect(pickLanguage(['de-DE', 'fr'])).toBe('en');
		expect(pickLanguage([])).toBe('en');
	});
});
