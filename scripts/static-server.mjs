import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

/**
 * Serves a folder the way a plain static host does: `dir/` -> `dir/index.html`, `dir` -> redirect to `dir/`,
 * anything else missing -> 404.html with status 404.
 * @param {{ root: string | (() => string) }} options `root` may be a function, so a test can deploy a new version.
 */
export function createStaticServer({ root }) {
	return createServer((req, res) => {
		const base = resolve(typeof root === 'function' ? root() : root);
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = normalize(decodeURIComponent(url.pathname));
		let file = join(base, path);
		if (!file.startsWith(base)) return send(res, 403, 'text/plain', 'Forbidden');

		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` });
				return res.end();
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file)) {
			const notFound = join(base, '404.html');
			return existsSync(notFound)
				? stream(res, 404, notFound)
				: send(res, 404, 'text/plain', 'Not found');
		}
		stream(res, 200, file);
	});
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} file */
function stream(res, status, file) {
	const immutable = file.includes(`${'/_app/immutable/'}`);
	res.writeHead(status, {
		'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	createReadStream(file).pipe(res);
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} type @param {string} body */
function send(res, status, type, body) {
	res.writeHead(status, { 'content-type': type });
	res.end(body);
}
