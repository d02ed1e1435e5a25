import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { birgeContent } from './src/lib/content/vite-plugin.ts';
import { appRoutes } from './src/lib/content/app-routes.ts';

export default defineConfig({
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
	]
});
