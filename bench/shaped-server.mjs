// A static server that behaves like a slow mobile link, for the benchmark.
//
// DevTools network emulation does not slow a service worker's own fetches, so the link is shaped here instead:
// every response waits one round trip before its first byte (and a new connection one more, for its handshake),
// and all responses share one downlink, as they do on a phone. Files are found and compressed exactly as
// `npm start` does (scripts/static-server.mjs). HTTP/1.1, so Chromium opens at most six connections.
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { encodedBody, precompress, resolveRequest, types, validators } from '../scripts/static-server.mjs';

/**
 * @typedef {{ path: string, bytes: number, at: number, done: number }} LogEntry `at`: when the request arrived
 * (ms since the epoch); `done`: when its last byte left (0 if cut off).
 */

/**
 * @param {{ root: string, rttMs: number, downKbps: number }} link
 */
export function createShapedServer({ root, rttMs, downKbps }) {
	const base = resolve(root);
	// Compressing a 1 MB language pack at brotli's best takes seconds of this machine's CPU: done before measuring.
	precompress(base);
	const bytesPerMs = (downKbps * 1000) / 8 / 1000;
	let linkFreeAt = 0;
	/** @type {LogEntry[]} */
	const log = [];
	/** A broken link: responses whose address matches are cut off after this share of their bytes. */
	const shaping = { /** @type {RegExp | undefined} */ cut: undefined, cutAt: 0.5 };

	/** Schedules `size` bytes on the shared downlink; resolves when they have "arrived". */
	const transmit = (size) => {
		const start = Math.max(Date.now(), linkFreeAt);
		linkFreeAt = start + size / bytesPerMs;
		return new Promise((r) => setTimeout(r, linkFreeAt - Date.now()));
	};

	const server = createServer(async (req, res) => {
		const entry = { path: req.url ?? '/', bytes: 0, at: Date.now(), done: 0 };
		log.push(entry);
		const { status, file, location } = resolveRequest(base, req.url);

		// One round trip for the request; a connection's first request also pays for its handshake.
		const socket = /** @type {import('node:net').Socket & { used?: boolean }} */ (req.socket);
		const handshake = socket.used ? 0 : rttMs;
		socket.used = true;
		await new Promise((r) => setTimeout(r, rttMs + handshake));

		if (!file) {
			res.writeHead(status, location ? { location } : {});
			res.end();
			entry.done = Date.now();
			return;
		}
		const tags = validators(file);
		if (status === 200 && req.headers['if-none-match'] === tags.etag) {
			res.writeHead(304, tags);
			res.end();
			entry.done = Date.now();
			return;
		}
		const { body, encoding } = encodedBody(file, req.headers['accept-encoding']);
		res.writeHead(status, {
			...tags,
			'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
			'content-length': body.length,
			...(encoding ? { 'content-encoding': encoding } : {}),
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		const cutAt = shaping.cut?.test(entry.path) ? Math.floor(body.length * shaping.cutAt) : Infinity;
		for (let offset = 0; offset < body.length; offset += 1460) {
			const chunk = body.subarray(offset, Math.min(offset + 1460, cutAt));
			if (chunk.length === 0) break;
			await transmit(chunk.length);
			res.write(chunk);
			entry.bytes += chunk.length;
		}
		if (entry.bytes < body.length) {
			// The link drops: the browser gets fewer bytes than announced and sees a network error.
			socket.destroy();
			return;
		}
		res.end();
		entry.done = Date.now();
	});
	// Idle connections stay open as long as nginx keeps them (75 s), not Node's 5 s: a phone reuses its six connections
	// instead of paying a new handshake for each file the service worker fetches.
	server.keepAliveTimeout = 75_000;
	return { server, log, shaping };
}
