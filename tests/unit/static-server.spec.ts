import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, resolveRequest } from '../../scripts/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'birge-static-'));
mkdirSync(join(root, 'en/about'), { recursive: true });
writeFileSync(join(root, 'en/about/index.html'), '<h1>About</h1>'.repeat(50));
writeFileSync(join(root, '404.html'), 'Not here');

describe('resolveRequest', () => {
	it('answers a malformed address with 400 instead of throwing', () => {
		expect(resolveRequest(root, '/%E0%A4%A')).toEqual({ status: 400 });
	});

	it('redirects a folder without its trailing slash, as static hosts do', () => {
		expect(resolveRequest(root, '/en/about?x=1')).toEqual({ status: 301, location: '/en/about/?x=1' });
	});

	it('never serves a file outside the folder', () => {
		expect(resolveRequest(root, '/../../etc/passwd').status).not.toBe(200);
	});
});

describe('the static server', () => {
	const server = createStaticServer({ root });
	let origin = '';
	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('keeps running after a malformed address', async () => {
		expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
		expect((await fetch(`${origin}/en/about/`)).status).toBe(200);
	});

	it('sends brotli when the browser accepts it', async () => {
		const { encoding, body } = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
			get(`${origin}/en/about/`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
			}).on('error', reject);
		});
		expect(encoding).toBe('br');
		expect(body.length).toBeLessThan(700);
		expect(brotliDecompressSync(body).toString()).toContain('<h1>About</h1>');
	});
});
