import { describe, expect, it } from 'vitest';
import { decodeText, readBackupFile } from './backup-file';

const copy = JSON.stringify({ format: 'birge-workbook', schemaVersion: 2, exportedAt: '2026-01-01T00:00:00.000Z', stores: { answers: [{ id: 'q1', text: 'Привет', updatedAt: 1 }] } });

describe('readBackupFile', () => {
	it('reads a copy saved as UTF-8, with or without a byte order mark', async () => {
		const utf8 = new TextEncoder().encode(copy);
		expect(await readBackupFile(new Blob([utf8]))).toMatchObject({ ok: true });
		expect(await readBackupFile(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), utf8]))).toMatchObject({ ok: true });
	});

	it('reads a copy a text editor saved as UTF-16', async () => {
		const units = `\uFEFF${copy}`;
		const bytes = new Uint8Array(units.length * 2);
		for (let i = 0; i < units.length; i++) [bytes[2 * i], bytes[2 * i + 1]] = [units.charCodeAt(i) & 0xff, units.charCodeAt(i) >> 8];
		expect(await readBackupFile(new Blob([bytes]))).toMatchObject({ ok: true, backup: { stores: { answers: [{ text: 'Привет' }] } } });
	});

	it('refuses bytes that are no text, and a file over 5 MB before reading it', async () => {
		expect(decodeText(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toBeUndefined();
		expect(await readBackupFile(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x80, 0x81])]))).toMatchObject({ ok: false, problem: 'not-json' });
		expect(await readBackupFile(new Blob([new Uint8Array(6 * 1024 * 1024)]))).toEqual({ ok: false, problem: 'too-large' });
	});
});
