import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { birgeContent } from './src/lib/content/vite-plugin.ts';
import { appRoutes } from './src/lib/content/app-routes.ts';
import { defaultLanguage, languageCodes } from './src/lib/i18n/languages.ts';
import { lazyMessagePrefixes } from './src/lib/i18n/message-groups.ts';
import { birgeMessages } from './src/lib/i18n/vite-plugin.ts';

// Separate from vite.config.ts: the Paraglide plugin watches files and would keep Vitest from exiting.
// Messages are compiled by `npm run i18n:compile` before the units run.
export default defineConfig({
	plugins: [birgeContent({ dir: 'content', appRoutes, languages: languageCodes }),
		birgeMessages({ outdir: './src/lib/paraglide', languages: languageCodes, baseLanguage: defaultLanguage, lazyPrefixes: lazyMessagePrefixes }), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
