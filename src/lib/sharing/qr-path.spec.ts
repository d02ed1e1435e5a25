import { describe, expect, it } from 'vitest';
import { generate } from 'lean-qr/nano';
import { appAddress, qrPath, type QrModules } from './qr-path';

/** Draws a path back into modules, to compare with the code it came from. */
function modulesOf(d: string, size: number): boolean[][] {
	const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(w); i++) {
			const row = grid[Number(y)]!;
			expect(row[Number(x) + i], `module ${Number(x) + i},${y} drawn twice`).toBe(false);
			row[Number(x) + i] = true;
		}
	}
	return grid;
}

const grid = (code: QrModules) => Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => code.get(x, y)));

describe('qrPath', () => {
	it('draws exactly the dark modules of a real code, each once', () => {
		const code = generate('https://birge.example.org/ru/');
		expect(modulesOf(qrPath(code), code.size)).toEqual(grid(code));
	});

	it('joins a row of dark modules into one rectangle and leaves light ones out', () => {
		const rows = ['##.#', '....', '.###', '#..#'];
		const code = { size: 4, get: (x: number, y: number) => rows[y]?.[x] === '#' };
		expect(qrPath(code)).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3zM0 3h1v1h-1zM3 3h1v1h-1z');
	});
});

describe('appAddress', () => {
	it('is the start page of the language on the origin this device serves', () => {
		expect(appAddress('http://192.168.1.20:4173', 'ru')).toBe('http://192.168.1.20:4173/ru/');
	});
});
