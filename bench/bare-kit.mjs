// The yardstick `npm run bench` measures beside Birge: a bare prerendered SvelteKit page, the `sv create` minimal
// template with adapter-static. Its files are written here (not kept as a project of their own, whose
// svelte.config.js svelte-check would pick up) and built with the project's own packages into .tmp/bare-kit/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const bareKitBuild = '.tmp/bare-kit';

const files = {
	'package.json': JSON.stringify({ name: 'bare-kit', private: true, type: 'module' }),
	'svelte.config.js': `import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter({ pages: 'build', assets: 'build', strict: true }) } };
`,
	'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [sveltekit()], logLevel: 'warn' });
`,
	'src/app.html': `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		%sveltekit.head%
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">%sveltekit.body%</div>
	</body>
</html>
`,
	'src/routes/+layout.js': 'export const prerender = true;\n',
	'src/routes/+page.svelte': `<h1>Welcome to SvelteKit</h1>
<p>Visit <a href="https://svelte.dev/docs/kit">svelte.dev/docs/kit</a> to read the documentation</p>
`
};

/** Writes and builds the bare page; returns the folder to serve. */
export function buildBareKit() {
	const app = resolve('.tmp/bare-kit-app');
	rmSync(app, { recursive: true, force: true });
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(app, name)), { recursive: true });
		writeFileSync(join(app, name), text);
	}
	symlinkSync(resolve('node_modules'), join(app, 'node_modules'));
	execFileSync(resolve('node_modules/.bin/vite'), ['build'], { cwd: app, stdio: 'inherit' });
	rmSync(bareKitBuild, { recursive: true, force: true });
	execFileSync('cp', ['-r', join(app, 'build'), bareKitBuild]);
	return bareKitBuild;
}
