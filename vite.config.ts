import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { birgeContent } from './src/lib/content/vite-plugin.ts';
import { appRoutes } from './src/lib/content/app-routes.ts';

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['globalVariable', 'baseLocale'],
			emitGitIgnore: false,
			emitPrettierIgnore: false
		}),
		birgeContent({ dir: 'content', appRoutes }),
		sveltekit()
	],
	build: isSsrBuild
		? {}
		: {
				rolldownOptions: {
					output: {
						// On a 300 ms link every file costs a round trip, so all app code shares one chunk. Each guide
						// page keeps its own small text chunk, so a first visit downloads only the page it opens;
						// the offline pack then brings a language's pages in one request (scripts/build-offline.mjs).
						codeSplitting: {
							groups: [
								// The workbook's forms load only when a workbook page opens.
								{ name: 'workbook', priority: 2, test: /\/src\/routes\/\[lang\]\/workbook\// },
								{ name: 'app', priority: 1, test: (id: string) => !/\/content\/[^/]+\/.+\.md$/.test(id) }
							]
						}
					}
				}
			}
}));
