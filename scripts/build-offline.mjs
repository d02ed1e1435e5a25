// After `vite build`: one file per language holding its prerendered pages and text chunks (its "pack"), named after
// the build's version, which the service worker (src/service-worker.ts) downloads and unpacks. Prints what the
// offline copy of each language costs.
//
// Why packs: a language has ~50 pages and ~40 text chunks. Even fetched in parallel, that is ~15 round trips over
// HTTP/1.1's six connections (4.5 s on a 300 ms link); one pack is one request, and brotli compresses the pages
// together far better than one by one.
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { types } from './static-server.mjs';

const out = process.env.BIRGE_BUILD_DIR ?? 'build';
const { version } = JSON.parse(readFileSync(join(out, '_app/version.json'), 'utf8'));
const viteManifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
// Written by the content plugin: each published language and the content files its pages use (a page not yet
// translated borrows the English text, so that chunk travels in this language's pack too).
const languageFiles = JSON.parse(readFileSync('.svelte-kit/birge-language-files.json', 'utf8'));

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
		type: types[extname(file)],
		body: readFileSync(file, 'utf8')
	}));
	const json = JSON.stringify({ version, files });
	writeFileSync(join(out, `_app/offline/${lang}.${version}.json`), json);
	console.log(`offline pack ${lang}: ${pages.length} pages + ${chunks.length} chunks, ${kb(json.length)} raw, ${kb(brotli(json))} brotli`);
}

// The small files every language shares, in one pack too: Kit's route entries, stylesheets, the start page, the
// offline shell, the quick-exit page, manifest and favicon. The large chunks and the icons are fetched on their own
// (the same rule as `inSharedPack` in src/lib/offline/protocol.ts).
const addressOf = (file) => {
	const path = `/${relative(out, file).split(sep).join('/')}`;
	return path === '/index.html' ? '/' : path;
};
const sharedFiles = walk(out).filter((file) => {
	const path = addressOf(file);
	if (!types[extname(file)] || path.startsWith('/_app/offline/') || path === '/service-worker.js') return false;
	if (path.startsWith('/_app/immutable/')) return !path.startsWith('/_app/immutable/chunks/');
	// Pages of a language travel in its own pack.
	return !Object.keys(languageFiles).some((lang) => path.startsWith(`/${lang}/`)) && !path.startsWith('/_app/') && !path.endsWith('.png');
});
const sharedPack = JSON.stringify({
	version,
	files: sharedFiles.map((file) => ({ path: addressOf(file), type: types[extname(file)], body: readFileSync(file, 'utf8') }))
});
writeFileSync(join(out, `_app/offline/shared.${version}.json`), sharedPack);
const chunks = walk(join(out, '_app/immutable/chunks')).filter((f) => !/\/chunks\/[a-z]{2,3}\//.test(f) && f.endsWith('.js'));
const chunkBytes = chunks.reduce((sum, file) => sum + brotli(readFileSync(file)), 0);
console.log(
	`shared (${version}): ${sharedFiles.length} small files in one pack, ${kb(brotli(sharedPack))} brotli; ${chunks.length} chunks, ${kb(chunkBytes)} brotli`
);
