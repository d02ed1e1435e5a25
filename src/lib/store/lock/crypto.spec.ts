import { describe, expect, it } from 'vitest';
import { deriveKey, fromBase64, isKeyParams, minIterations, newKey, openKey, seal, toBase64, unseal } from './crypto';

describe('the passphrase lock cryptography', () => {
	it('derives a non-extractable AES-GCM 256 key with PBKDF2-SHA256 and at least 600,000 rounds', async () => {
		const { key, params } = await newKey('correct horse battery');
		expect(params.iterations).toBeGreaterThanOrEqual(600_000);
		expect(fromBase64(params.salt)).toHaveLength(16);
		expect(key.extractable).toBe(false);
		expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
		// The same passphrase and salt give the same key: what one sealed, the other opens.
		const again = await deriveKey('correct horse battery', params.salt, params.iterations);
		expect(await unseal(again, await seal(key, { a: 1 }, 'ctx'), 'ctx')).toEqual({ a: 1 });
	});

	it('refuses fewer rounds than the minimum', async () => {
		await expect(deriveKey('x', toBase64(new Uint8Array(16)), minIterations - 1)).rejects.toThrow(RangeError);
		expect(isKeyParams({ salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iterations: 1000, verifier: 'AAAA' })).toBe(false);
	});

	it('round-trips any JSON value, with a new random IV every time', async () => {
		const { key } = await newKey('pass phrase');
		const value = { id: 'think.norms.q1', text: 'Ровно — and 😀 with "quotes"', n: 3, list: [1, null] };
		const one = await seal(key, value, 'answers/think.norms.q1');
		const two = await seal(key, value, 'answers/think.norms.q1');
		expect(one).not.toBe(two);
		expect(fromBase64(one).subarray(0, 12)).not.toEqual(fromBase64(two).subarray(0, 12));
		expect(one).not.toContain('Ровно');
		expect(await unseal(key, one, 'answers/think.norms.q1')).toEqual(value);
	});

	it('rejects a tampered ciphertext, and one moved to another record', async () => {
		const { key } = await newKey('pass phrase');
		const sealed = await seal(key, { text: 'secret' }, 'answers/a');
		const bytes = fromBase64(sealed);
		bytes[bytes.length - 5]! ^= 1;
		await expect(unseal(key, toBase64(bytes), 'answers/a')).rejects.toThrow();
		const iv = fromBase64(sealed);
		iv[0]! ^= 1;
		await expect(unseal(key, toBase64(iv), 'answers/a')).rejects.toThrow();
		await expect(unseal(key, sealed, 'answers/b')).rejects.toThrow();
	});

	it('tells a wrong passphrase by the verifier, and opens with the right one', async () => {
		const { params } = await newKey('the right one');
		expect(await openKey('the wrong one', params)).toBeUndefined();
		expect(await openKey('the right one', params)).toBeDefined();
	});
});
