// Compiles messages/<lang>.json into src/lib/paraglide for the type check and unit tests, with the same typography
// as the build (vite.config.ts passes the same file system to Paraglide's Vite plugin). Paraglide's CLI has no way
// to take one.
import { compile } from '@inlang/paraglide-js';
import { typesetMessagesFs } from '../src/lib/server/typeset-messages-fs.js';

await compile({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['globalVariable', 'baseLocale'],
	emitGitIgnore: false,
	emitPrettierIgnore: false,
	fs: typesetMessagesFs()
});
