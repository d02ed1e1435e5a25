// `npm test`: every check a change must pass, in the order that fails fastest (types, build, units, then the browser),
// stopping at the first stage that fails. The units come after the build because some read the built pages
// (tests/unit/typography-built.spec.ts); the build takes well under a minute. Prints how long each stage took, so a slow suite shows where the time goes.
import { spawnSync } from 'node:child_process';

const stages = [
	['type check', 'npm', ['run', 'check']],
	['build', 'npm', ['run', 'build']],
	['unit tests', 'npm', ['run', 'test:unit']],
	['end-to-end tests', 'npm', ['run', 'test:e2e']]
];

const took = [];
let failed = '';
for (const [name, command, args] of stages) {
	const started = performance.now();
	const { status } = spawnSync(command, args, { stdio: 'inherit' });
	took.push([name, (performance.now() - started) / 1000]);
	if (status !== 0) {
		failed = name;
		break;
	}
}

console.log('\nnpm test, time per stage:');
for (const [name, seconds] of took) console.log(`  ${name.padEnd(18)} ${format(seconds)}`);
if (failed) {
	console.log(`stopped: ${failed} failed`);
	process.exit(1);
}

function format(seconds) {
	return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
