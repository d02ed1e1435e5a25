// After `vite build`: one file per language holding its prerendered pages and text chunks (its "pack"), named after
// the build's version, which the service worker (src/service-worker.ts) downloads and unpacks. Prints what the
// offline copy of each language costs.
//
// Why packs: a language has ~50 pages and ~40 text chunks. Even fetched in parallel, that is ~15 round trips over
// HTTP/1.1's six connections (4.5 s on a 300 ms link); one pack is one request, and brotli compresses the pages
// together far better than one by one.
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const out = process.env.BIRGE_BUILD_DIR ?? 'build';
const { version } = JSON.parse(readFileSync(join(out, '_app/version.json'), 'utf8'));
const viteManifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
// Written by the content plugin: each published language and the content files its pages use (a page not yet
// translated borrows the English text, so that chunk travels in this language's pack too).
const languageFiles = JSON.parse(readFileSync('.svelte-kit/birge-language-files.json', 'utf8'));

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const walk = (dir) =>
	existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])) : [];
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

rmSync(join(out, '_app/offline'), { recursive: true, force: true });
mkdirSync(join(out, '_app/offline'), { recursive: true });
for (const lang of Object.keys(languageFiles)) {
	const pages = walk(join(out, lang))
		.filter((f) => f.endsWith('index.html'))
		.map((file) => ({ file, path: `/${relative(out, file).split(sep).slice(0, -1).join('/')}/` }));
	// The language's own chunk folder (vite.config.ts), and the English chunks of pages it borrows.
	const own = walk(join(out, '_app/immutable/chunks', lang)).filter((f) => f.endsWith('.js'));
	const borrowed = Object.entries(viteManifest)
		.filter(([source]) => languageFiles[lang].includes(source))
		.map(([, chunk]) => join(out, chunk.file));
	const chunks = [...new Set([...own, ...borrowed])].map((file) => ({ file, path: `/${relative(out, file).split(sep).join('/')}` }));

	const files = [...pages, ...chunks].map(({ file, path }) => ({
		path,
		type: types[file.slice(file.lastIndexOf('.'))],
		body: readFileSync(file, 'utf8')
	}));
	const json = JSON.stringify({ version, files });
	writeFileSync(join(out, `_app/offline/${lang}.${version}.json`), json);
	console.log(`offline pack ${lang}: ${pages.length} pages + ${chunks.length} chunks, ${kb(json.length)} raw, ${kb(brotli(json))} brotli`);
}

// What every language shares offline: the service worker stores the same list (`build` and `files`, less the
// language folders).
const shared = [
	...walk(join(out, '_app/immutable')).filter((f) => !/\/chunks\/[a-z]{2,3}\//.test(f) && !f.endsWith('.map')),
	...['index.html', '404.html'].map((f) => join(out, f))
];
const sharedBytes = shared.reduce((sum, file) => sum + brotli(readFileSync(file)), 0);
console.log(`service worker ${version}: ${shared.length} shared files (plus static files), ${kb(sharedBytes)} brotli`);
