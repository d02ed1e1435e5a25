// A static server that behaves like a slow mobile link, for the benchmark.
//
// DevTools network emulation does not slow a service worker's own fetches, so the link is shaped here instead:
// every response waits one round trip before its first byte (and a new connection one more, for its handshake),
// and all responses share one downlink, as they do on a phone. Files are served brotli-compressed, as a static
// host would serve them.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { types } from '../scripts/static-server.mjs';

const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

/**
 * @param {{ root: string, rttMs: number, downKbps: number }} link
 */
export function createShapedServer({ root, rttMs, downKbps }) {
	const base = resolve(root);
	const bytesPerMs = (downKbps * 1000) / 8 / 1000;
	const compressed = new Map();
	let linkFreeAt = 0;
	/** @type {{ path: string, bytes: number }[]} */
	const log = [];

	/** Schedules `size` bytes on the shared downlink; resolves when they have "arrived". */
	const transmit = (size) => {
		const start = Math.max(Date.now(), linkFreeAt);
		linkFreeAt = start + size / bytesPerMs;
		return new Promise((r) => setTimeout(r, linkFreeAt - Date.now()));
	};

	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let file = join(base, normalize(decodeURIComponent(url.pathname)));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(base) || !existsSync(file)) file = join(base, '404.html');

		const ext = extname(file);
		const acceptsBrotli = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
		let body = readFileSync(file);
		if (acceptsBrotli && compressible.has(ext)) {
			if (!compressed.has(file)) {
				compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
			}
			body = /** @type {Buffer} */ (compressed.get(file));
		}
		log.push({ path: url.pathname, bytes: body.length });

		// One round trip for the request; a connection's first request also pays for its handshake.
		const handshake = req.socket.bytesWritten === 0 && !req.socket.__used ? rttMs : 0;
		/** @type {any} */ (req.socket).__used = true;
		await new Promise((r) => setTimeout(r, rttMs + handshake));

		res.writeHead(file.endsWith('404.html') && !url.pathname.endsWith('404.html') ? 404 : 200, {
			'content-type': types[/** @type {keyof typeof types} */ (ext)] ?? 'application/octet-stream',
			'content-length': body.length,
			...(acceptsBrotli && compressible.has(ext) ? { 'content-encoding': 'br' } : {}),
			'cache-control': url.pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		for (let offset = 0; offset < body.length; offset += 1460) {
			const chunk = body.subarray(offset, offset + 1460);
			await transmit(chunk.length);
			res.write(chunk);
		}
		res.end();
	});
	return { server, log };
}
