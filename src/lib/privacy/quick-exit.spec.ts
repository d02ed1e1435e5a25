import { describe, expect, it } from 'vitest';
import { exitDestination, localChoice, neutralPage, ordinarySite } from './quick-exit';

describe('exitDestination', () => {
	it('online, goes to an https address the user chose', () => {
		expect(exitDestination('https://weather.example/today')).toBe('https://weather.example/today');
	});

	it('online, goes to an ordinary website when nothing usable was chosen: nothing, plain http, scripts, data', () => {
		for (const chosen of ['http://example.org/', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'example.org', '', null, undefined]) {
			expect(exitDestination(chosen), String(chosen)).toBe(ordinarySite);
		}
		expect(ordinarySite).toMatch(/^https:\/\//);
	});

	it('goes to the page on this device when the user asked for it, and always offline', () => {
		expect(exitDestination(localChoice)).toBe(neutralPage);
		for (const chosen of [localChoice, 'https://weather.example/today', null]) expect(exitDestination(chosen, false)).toBe(neutralPage);
	});
});
