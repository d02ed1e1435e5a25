import { resolve, sep } from 'node:path';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { birgeContent } from './src/lib/content/vite-plugin.ts';
import { appRoutes } from './src/lib/content/app-routes.ts';
import { defaultLanguage, languageCodes } from './src/lib/i18n/languages.ts';
import { lazyMessagePrefixes } from './src/lib/i18n/message-groups.ts';
import { birgeMessages } from './src/lib/i18n/vite-plugin.ts';
import { typesetMessagesFs } from './src/lib/server/typeset-messages-fs.js';
import { rawNoBreakSpaces } from './src/lib/server/raw-no-break-spaces.js';

/** True for a module inside one of these folders (of the repository or node_modules). */
const inFolders = (...folders: string[]) => {
	const roots = folders.map((folder) => resolve(folder) + sep);
	return (id: string) => roots.some((root) => id.startsWith(root));
};

// Code is grouped by the folder it lives in, never by file name, so a renamed file keeps its chunk. Each lazy group
// takes in what its folders import and nothing earlier claimed: the messages only that part shows come along.
// Loaded after the first paint, when a page needs it: IndexedDB and the workbook's storage (the lock too). Every
// save checks its record against the schema a restore uses, so valibot comes along, and so does what the forms share
// (the counter an answer box shows near its limit).
const store = inFolders('src/lib/store', 'src/lib/forms', 'node_modules/idb', 'node_modules/valibot');
// The service worker's registration, the update prompt, install button and offline details.
const offline = inFolders('src/lib/offline', 'node_modules/workbox-window');
// The workbook's forms and facilitator mode load only when one of their pages opens. They share one chunk (and one
// stylesheet): the strict CSP forbids styles injected at run time.
const tools = inFolders(
	'src/routes/[lang]/workbook',
	'src/routes/[lang]/workshop',
	'src/lib/workbook',
	'src/lib/workshop',
	'src/lib/plan',
	'src/lib/share-file/entry'
);
// The QR code of the app's address (a slide, the About page, the booklet's title page): a small chunk of its own,
// loaded only where a code is shown, never with a first load or with the tools.
const qr = inFolders('src/lib/sharing', 'node_modules/lean-qr');
// The socio-ecological map (Annex 1 and the planner's levels step): a chunk of its own, so Annex 1 loads it without
// the workbook, and no first load carries it.
const map = inFolders('src/lib/map');
// Sharing an agenda, scenario cards or the plan as a file, and opening one: loaded when a share or open dialog is
// opened. The buttons that open them (share-file/entry/) are tiny and go with the pages that show them.
const shareEntry = inFolders('src/lib/share-file/entry');
const shareFolder = inFolders('src/lib/share-file');
const share = (id: string) => shareFolder(id) && !shareEntry(id);
// The printable booklet loads only when its page opens. No group claims it, so its code goes into the route's own
// entry (a file that exists anyway) rather than into a chunk of its own or into the workbook's.
const booklet = inFolders('src/routes/[lang]/booklet', 'src/lib/booklet');
// The search page and its code load only when it opens, into the route's own entry like the booklet; the index of
// each language is a chunk of that language (the content plugin's `content/<lang>/_search.js`).
const search = inFolders('src/routes/[lang]/search', 'src/lib/search');
// A language's pages, navigation index and messages: that language's chunks (and its offline pack).
const content = inFolders('content');
// Not claimed by the first-load group: messages go with the code that shows them, and Kit's route entries stay
// small files of their own (through the workbook's entry the group would take in the whole workbook).
const leftToImporters = inFolders('src/lib/paraglide/messages', '.svelte-kit/generated/client-optimized/nodes');
const lazy = (id: string) =>
	store(id) || offline(id) || tools(id) || qr(id) || map(id) || share(id) || booklet(id) || search(id) || content(id) ||
	leftToImporters(id) || id.includes('virtual:birge/workshop-catalog') || id.includes('virtual:birge/search-index');

/**
 * Puts each language's chunks into a folder of its own (`_app/immutable/chunks/ru/…`), so the service worker knows
 * a language's files from their address alone and stores shared code once.
 */
function languageChunkFolders(): Plugin {
	const languageOf = (moduleIds: string[]) => {
		const langs = new Set(moduleIds.map((id) => /\/content\/([a-z]{2,3})\//.exec(id)?.[1]));
		const [lang] = langs;
		return langs.size === 1 && lang && languageCodes.includes(lang as never) ? lang : undefined;
	};
	return {
		name: 'birge-language-chunk-folders',
		apply: 'build',
		outputOptions(options) {
			const names = options.chunkFileNames;
			// Only the browser build: Kit names its client chunks `_app/immutable/chunks/[hash].js`.
			if (typeof names !== 'string' || !names.includes('/immutable/chunks/')) return;
			return {
				...options,
				chunkFileNames: (chunk) => {
					const lang = languageOf(chunk.moduleIds);
					return lang ? names.replace('/chunks/', `/chunks/${lang}/`) : names;
				}
			};
		}
	};
}

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['globalVariable', 'baseLocale'],
			emitGitIgnore: false,
			emitPrettierIgnore: false,
			// Messages are compiled with the language's typography (src/lib/server/typography.js).
			fs: typesetMessagesFs()
		}),
		birgeContent({ dir: 'content', appRoutes, languages: languageCodes }),
		birgeMessages({
			outdir: './src/lib/paraglide',
			languages: languageCodes,
			baseLanguage: defaultLanguage,
			lazyPrefixes: lazyMessagePrefixes
		}),
		sveltekit(),
		rawNoBreakSpaces(),
		languageChunkFolders()
	],
	build: isSsrBuild
		? {}
		: {
				sourcemap: process.env.BIRGE_SOURCEMAP === '1',
				rolldownOptions: {
					output: {
						// Every page needs the framework and the guide's frame; they share one chunk, so a first visit
						// costs few round trips. Each guide page keeps its own small text chunk, loaded only when opened;
						// the offline pack brings a language's pages in one request (scripts/build-offline.mjs).
						codeSplitting: {
							groups: [
								// Claimed first, so the small modules it shares with the lazy groups below stay in it.
								{ name: 'app', priority: 4, test: (id: string) => !lazy(id) },
								{ name: 'store', priority: 3, test: store },
								{ name: 'offline', priority: 3, test: offline },
								{ name: 'qr', priority: 3, test: qr },
								{ name: 'map', priority: 3, test: map },
								{ name: 'tools', priority: 2, test: tools },
								// After tools: a group also takes in what its modules import, and the plan, backup and workshop
								// code the dialogs use must stay with the pages that already load it.
								{ name: 'share', priority: 1, test: share }
							]
						}
					}
				}
			}
}));
