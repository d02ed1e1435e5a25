import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Content types of the files a build contains. */
export const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
/** Compressed bodies by file, its size and time: each file is compressed once per process, as a host caches it. */
const compressed = new Map();

/**
 * A file's body in the best encoding the request accepts: brotli (at the highest quality, as a host serving
 * precompressed files would), else gzip, else as it is.
 * @param {string} file
 * @param {string | undefined} acceptEncoding
 * @returns {{ body: Buffer, encoding?: 'br' | 'gzip' }}
 */
export function encodedBody(file, acceptEncoding) {
	const raw = readFileSync(file);
	if (!compressible.has(extname(file))) return { body: raw };
	const accepts = (/** @type {string} */ name) => new RegExp(`\\b${name}\\b`).test(acceptEncoding ?? '');
	const encoding = accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
	if (!encoding) return { body: raw };
	const { size, mtimeMs } = statSync(file);
	const key = `${encoding}:${file}:${size}:${mtimeMs}`;
	if (!compressed.has(key)) {
		compressed.set(
			key,
			encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 })
		);
	}
	return { body: compressed.get(key), encoding };
}

/**
 * Compresses every file under `root` ahead of time, as a host serving precompressed files would have.
 * @param {string} root
 */
export function precompress(root) {
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) encodedBody(join(entry.parentPath, entry.name), 'br');
	}
}

/**
 * Validators a static host sends, so the browser (and the service worker storing a file it already has) can
 * revalidate a `no-cache` file with a 304 instead of downloading it again.
 * @param {string} file
 */
export function validators(file) {
	const { size, mtime } = statSync(file);
	return { etag: `W/"${size.toString(16)}-${mtime.getTime().toString(16)}"`, 'last-modified': mtime.toUTCString() };
}

/**
 * Which file answers a request, as a plain static host decides: `dir/` -> `dir/index.html`, `dir` -> redirect to
 * `dir/`, anything else missing -> 404.html with status 404. A malformed address is a 400, never a crash.
 * @param {string} base absolute folder served
 * @param {string | undefined} requestUrl
 * @returns {{ status: number, file?: string, location?: string }}
 */
export function resolveRequest(base, requestUrl) {
	let url;
	let path;
	try {
		url = new URL(requestUrl ?? '/', 'http://localhost');
		path = normalize(decodeURIComponent(url.pathname));
	} catch {
		return { status: 400 };
	}
	let file = join(base, path);
	if (file !== base && !file.startsWith(base + '/')) return { status: 403 };
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!url.pathname.endsWith('/')) return { status: 301, location: `${url.pathname}/${url.search}` };
		file = join(file, 'index.html');
	}
	if (existsSync(file)) return { status: 200, file };
	const notFound = join(base, '404.html');
	return existsSync(notFound) ? { status: 404, file: notFound } : { status: 404 };
}

/**
 * Serves a folder the way a plain static host does, compressed with brotli or gzip when the browser accepts it.
 * @param {{ root: string | (() => string) }} options `root` may be a function, so a test can deploy a new version.
 */
export function createStaticServer({ root }) {
	return createServer(staticHandler({ root }));
}

/**
 * The request handler behind `createStaticServer`, for servers that wrap it (tests cut some requests off).
 * @param {{ root: string | (() => string) }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function staticHandler({ root }) {
	return (req, res) => {
		const { status, file, location } = resolveRequest(resolve(typeof root === 'function' ? root() : root), req.url);
		if (location) {
			res.writeHead(status, { location });
			return res.end();
		}
		if (!file) {
			res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
			return res.end(status === 400 ? 'Bad request' : status === 403 ? 'Forbidden' : 'Not found');
		}
		const tags = validators(file);
		if (status === 200 && req.headers['if-none-match'] === tags.etag) {
			res.writeHead(304, tags);
			return res.end();
		}
		const { body, encoding } = encodedBody(file, req.headers['accept-encoding']);
		res.writeHead(status, {
			...tags,
			'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
			'content-length': body.length,
			...(encoding ? { 'content-encoding': encoding } : {}),
			vary: 'Accept-Encoding',
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	};
}
