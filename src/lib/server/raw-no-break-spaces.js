/**
 * The minifier writes every no-break space in a string as the escape `\xA0` (four bytes instead of two). The
 * typography puts thousands of them into the Russian text, and in the offline pack, where each chunk is a JSON
 * string, the escape doubles again: measured, it cost the Russian pack 6 KB brotli, the no-break spaces themselves
 * 0.6 KB. A no-break space written as itself means the same in a string, an untagged template or a regular expression
 * (our code tags no template with String.raw), so the escapes are turned back into the character once the bundle
 * is written.
 */

/**
 * `\xA0` escapes in minified code back to U+00A0; an escaped backslash before `xA0` (`\\xA0`) is left alone.
 * @param {string} code
 */
export function unescapeNoBreakSpaces(code) {
	return code.replace(/(?<!\\)((?:\\\\)*)\\x[aA]0/g, '$1\u00a0');
}

/** @returns {import('vite').Plugin} */
export function rawNoBreakSpaces() {
	return {
		name: 'birge-raw-no-break-spaces',
		apply: 'build',
		enforce: 'post',
		generateBundle(_, bundle) {
			for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = unescapeNoBreakSpaces(file.code);
		}
	};
}
