import { describe, expect, it } from 'vitest';
import { exitDestination, neutralPage } from './quick-exit';

describe('exitDestination', () => {
	it('goes to an https address the user chose', () => {
		expect(exitDestination('https://weather.example/today')).toBe('https://weather.example/today');
	});

	it('goes to the neutral page for anything else: plain http, scripts, data, nothing', () => {
		for (const chosen of ['http://example.org/', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'example.org', '', null, undefined]) {
			expect(exitDestination(chosen), String(chosen)).toBe(neutralPage);
		}
	});
});
