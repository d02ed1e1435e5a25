import { describe, expect, it } from 'vitest';
import { commandFor, keyCap, keyLines } from './keys';
import { formatClock, remaining, toggle } from './timer';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => commandFor({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods })?.type;

describe('presenter keys', () => {
	it('moves on with the arrows, Page Down (clickers), Space and N, and back with their opposites and P', () => {
		expect(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'].map((k) => key(k))).toEqual(Array(6).fill('next'));
		expect(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'].map((k) => key(k))).toEqual(Array(5).fill('previous'));
	});

	it('has Home, End, B or . for black, W for white, F, T, O or Esc, ?, digits and Enter', () => {
		expect(['Home', 'End', 'b', '.', 'w', 'f', 't', 'o', 'Escape', '?', '7', 'Enter'].map((k) => key(k))).toEqual([
			'first',
			'last',
			'black',
			'black',
			'white',
			'fullscreen',
			'timer',
			'overview',
			'overview',
			'keys',
			'digit',
			'jump'
		]);
	});

	it('leaves browser shortcuts and other keys alone', () => {
		expect(key('f', { ctrlKey: true })).toBeUndefined();
		expect(key('ArrowLeft', { altKey: true })).toBeUndefined();
		expect(key('x')).toBeUndefined();
	});
});

describe('the keys list', () => {
	it('promises only keys the presentation answers to, and every command it has', () => {
		for (const line of keyLines) {
			// A number is typed digit by digit, and Enter goes there.
			const expected = line.keys.map((k) => (line.command === 'jump' && k !== 'Enter' ? 'digit' : line.command));
			expect(line.keys.map((k) => key(k)), line.command).toEqual(expected);
			for (const k of line.noteKeys ?? []) expect(line.keys).toContain(k);
		}
		const listed = new Set(keyLines.flatMap((line) => line.keys.map((k) => key(k))));
		const every = ['next', 'previous', 'first', 'last', 'black', 'white', 'fullscreen', 'timer', 'overview', 'keys', 'digit', 'jump'];
		expect([...listed].sort()).toEqual(every.sort());
	});

	it('prints keys as they are marked on the keyboard', () => {
		expect(['ArrowRight', ' ', 'n', 'PageDown', 'Escape', '?', '.'].map((k) => keyCap(k, 'Пробел'))).toEqual(['→', 'Пробел', 'N', 'Page Down', 'Esc', '?', '.']);
	});
});

describe('the item timer', () => {
	it('counts down only while running and keeps the time when paused', () => {
		let timer = { item: 0, elapsedMs: 0 };
		timer = toggle(timer, 1_000);
		expect(remaining(timer, 1, 31_000)).toBe(30_000);
		timer = toggle(timer, 31_000);
		expect(remaining(timer, 1, 99_000)).toBe(30_000);
		timer = toggle(timer, 100_000);
		expect(remaining(timer, 1, 140_000)).toBe(-10_000);
	});

	it('shows minutes and seconds, and the overrun with a minus sign', () => {
		expect(formatClock(600_000)).toBe('10:00');
		expect(formatClock(59_001)).toBe('1:00');
		expect(formatClock(-40_000)).toBe('−0:40');
	});
});
