// After `vite build`: packs each language's pages and text chunks into one file, bundles the service worker and
// lets Workbox inject the precache manifest. Prints what the offline copy costs.
//
// Why packs: Workbox fetches precache entries one after another, about one round trip each. A language has ~30
// pages and ~30 text chunks; on a 300 ms link that alone would take 20 s. One pack per language takes one request,
// and only the language being read is stored (others are fetched when chosen).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';

const out = process.env.BIRGE_BUILD_DIR ?? 'build';
const version = process.env.BIRGE_VERSION ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
const viteManifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
// Written by the content plugin: each published language and the content files its pages use (a page not yet
// translated borrows the English text, so that chunk must travel in this language's pack too).
const languageFiles = JSON.parse(readFileSync('.svelte-kit/birge-language-files.json', 'utf8'));
const languages = Object.keys(languageFiles);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const walk = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const brotli = (text) => brotliCompressSync(Buffer.from(text)).length;

// 1. One pack per language: its prerendered pages and the chunks compiled from content/<lang>/.
rmSync(join(out, '_app/offline'), { recursive: true, force: true });
mkdirSync(join(out, '_app/offline'), { recursive: true });
const packs = {};
const packedChunks = [];
for (const lang of languages) {
	const pages = walk(join(out, lang))
		.filter((f) => f.endsWith('index.html'))
		.map((f) => ({ file: f, path: `/${relative(out, f).split(sep).slice(0, -1).join('/')}/` }));
	const sources = new Set([...languageFiles[lang], ...['index', 'summaries', 'messages'].map((m) => `content/${lang}/_${m}.js`)]);
	const chunks = Object.entries(viteManifest)
		.filter(([source]) => sources.has(source))
		.map(([, chunk]) => ({ file: join(out, chunk.file), path: `/${chunk.file}` }));
	packedChunks.push(...chunks.map((c) => c.path.slice(1)));

	const files = [...pages, ...chunks].map(({ file, path }) => ({
		path,
		type: types[file.slice(file.lastIndexOf('.'))],
		body: readFileSync(file, 'utf8')
	}));
	const json = JSON.stringify(files);
	const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
	const url = `/_app/offline/${lang}.${hash}.json`;
	writeFileSync(join(out, url), json);
	packs[lang] = { url, hash, paths: files.map((f) => f.path) };
	console.log(`offline pack ${lang}: ${pages.length} pages + ${chunks.length} chunks, ${kb(json.length)} raw, ${kb(brotli(json))} brotli`);
}

// 2. The service worker, bundled into one classic script (module workers are not everywhere yet).
const swBundle = '.svelte-kit/birge-sw';
await build({
	configFile: false,
	logLevel: 'warn',
	define: {
		__BIRGE_PACKS__: JSON.stringify(packs),
		__BIRGE_VERSION__: JSON.stringify(version),
		// Workbox keeps its long development messages behind this check.
		'process.env.NODE_ENV': JSON.stringify('production')
	},
	build: {
		outDir: swBundle,
		emptyOutDir: true,
		minify: true,
		lib: { entry: 'src/sw/service-worker.ts', formats: ['iife'], name: 'birgeServiceWorker', fileName: () => 'sw.js' }
	}
});

// 3. Workbox precaches what every language shares; the language chunks are left to the packs.
const { count, size, warnings } = await injectManifest({
	swSrc: join(swBundle, 'sw.js'),
	swDest: join(out, 'sw.js'),
	globDirectory: out,
	// Not the manifest or icons: Workbox fetches one file per round trip, and an installed app keeps its own copy of
	// its icons, so they would only delay "Ready to use offline". start.html is the quick exit's neutral page, which
	// must open offline.
	globPatterns: ['_app/immutable/**/*.{js,css}', 'index.html', '404.html', 'start.html'],
	globIgnores: packedChunks,
	modifyURLPrefix: { '': '/' },
	dontCacheBustURLsMatching: /_app\/immutable\//
});
for (const warning of warnings) console.warn(`workbox: ${warning}`);
const precacheBrotli = walkPrecache();
console.log(`service worker ${version}: precache ${count} files, ${kb(size)} raw, ${kb(precacheBrotli)} brotli`);

function walkPrecache() {
	const sw = readFileSync(join(out, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
	return urls.reduce((sum, url) => sum + brotli(readFileSync(join(out, url))), 0);
}

function kb(bytes) {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
