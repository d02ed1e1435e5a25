/** Page languages written in Latin letters. */
const latinScript = new Set(['uz', 'tk']);

/**
 * A title left in its original language at the start, then explained in the page's language: "Program M («Программа
 * М»)". The first part is returned apart, so it can carry its own `lang` and a screen reader reads it in that voice.
 * Only Latin-script originals are recognised: on pages in Cyrillic-script languages by the script, on pages in
 * Latin-script languages by the gloss in brackets after them; anything else is one part.
 */
export function splitForeignTitle(title: string, lang: string): { original?: string; rest: string } {
	if (lang === 'en') return { rest: title };
	if (latinScript.has(lang)) {
		// Both parts are in Latin letters, so the gloss in brackets is what marks the original: "Program M (“M dasturi”)".
		// A title with no gloss is taken as written in the page's language.
		const match = /^(.*?\p{Script=Latin}.*?)(\s+\(.*)$/u.exec(title);
		return match?.[1] && match[2] ? { original: match[1], rest: match[2] } : { rest: title };
	}
	const match = /^([^\p{Script=Cyrillic}«(]*\p{Script=Latin}[^\p{Script=Cyrillic}«(]*?)(\s*[(«,].*\p{Script=Cyrillic}.*)$/u.exec(title);
	if (!match?.[1] || !match[2]) return /\p{Script=Cyrillic}/u.test(title) ? { rest: title } : { original: title, rest: '' };
	return { original: match[1], rest: match[2] };
}
