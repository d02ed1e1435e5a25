import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { birgeContent } from './src/lib/content/vite-plugin.ts';
import { appRoutes } from './src/lib/content/app-routes.ts';
import { defaultLanguage, languageCodes } from './src/lib/i18n/languages.ts';
import { lazyMessagePrefixes, messageGroups } from './src/lib/i18n/message-groups.ts';
import { birgeMessages } from './src/lib/i18n/vite-plugin.ts';
import { typesetMessagesFs } from './src/lib/server/typeset-messages-fs.js';
import { rawNoBreakSpaces } from './src/lib/server/raw-no-break-spaces.js';

// A language's pages and its navigation index: left to that language's chunks and offline pack.
const content = /\/content\/[^/]+\/(.+\.md|_(index|summaries|messages)\.js)$/;
// Messages only lazily loaded code shows, by the prefix of their key; the rest are the app's shared messages.
const messagesOf = (prefixes: readonly string[]) => `\\/src\\/lib\\/paraglide\\/messages\\/(${prefixes.join('|')})_`;
// Every save checks its record against the same schema a restore does, so valibot, the record schemas and their
// limits load with the storage code, and so does the counter an answer box shows near its limit.
const store = new RegExp(
	[
		/node_modules\/(idb|valibot)\/|\/src\/lib\/store\/(db|records|answers|selections|persistence|stores|schema|limits|migrations|web-lock)\.ts|\/src\/lib\/store\/lock\//.source,
		/\/src\/lib\/components\/CharacterCount\.svelte/.source,
		messagesOf(messageGroups.store)
	].join('|')
);
// Only workbook pages read, write and erase backups, and so do the messages only the workbook shows (named by prefix
// in messages/<lang>.json).
const workbook = new RegExp(
	[
		/\/src\/routes\/\[lang\]\/workbook\//.source,
		/\/src\/lib\/workbook\//.source,
		/\/src\/lib\/plan\//.source,
		/\/src\/lib\/store\/(backup|partners)\.ts/.source,
		/\/src\/lib\/privacy\/erase-everything\.ts/.source,
		messagesOf(messageGroups.workbook)
	].join('|')
);
// Facilitator mode (builder, projected slides, presenter view, handouts) loads only when a workshop page opens,
// with its list of items and its messages.
const workshop = new RegExp(
	[
		/\/src\/routes\/\[lang\]\/workshop\//.source,
		/\/src\/lib\/workshop\//.source,
		/\/src\/lib\/store\/agendas\.ts/.source,
		/virtual:birge\/workshop-catalog/.source,
		messagesOf(messageGroups.workshop)
	].join('|')
);
// Kit's generated route entries are left out too: the app group takes in what its modules import, and through the
// workbook's entry that would be the whole workbook.
const lazy = new RegExp(
	[store.source, 'node_modules\\/workbox-window\\/', workbook.source, workshop.source, '\\.svelte-kit\\/generated\\/client-optimized\\/nodes\\/'].join('|')
);

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
		rawNoBreakSpaces()
	],
	build: isSsrBuild
		? {}
		: {
				sourcemap: process.env.BIRGE_SOURCEMAP === '1',
				rolldownOptions: {
					output: {
						// On a 300 ms link every file costs a round trip, so all app code shares one chunk. Each guide
						// page keeps its own small text chunk, so a first visit downloads only the page it opens;
						// the offline pack then brings a language's pages in one request (scripts/build-offline.mjs).
						codeSplitting: {
							groups: [
								// Claimed first, so the small modules it shares with the lazy groups below stay in it.
								{ name: 'app', priority: 4, test: (id: string) => !lazy.test(id) && !content.test(id) },
								// Loaded on demand after the page is up: storage (IndexedDB) and the service worker's
								// registration. Neither is needed to show or read a page.
								{ name: 'store', priority: 3, test: store },
								{ name: 'offline', priority: 3, test: /node_modules\/workbox-window\// },
								// The workbook's forms and facilitator mode load only when one of their pages opens. They share
								// one chunk (and one stylesheet): every file costs the offline copy a round trip, and the
								// strict CSP forbids styles injected at run time.
								{ name: 'tools', priority: 2, test: (id: string) => workbook.test(id) || workshop.test(id) }
							]
						}
					}
				}
			}
}));
