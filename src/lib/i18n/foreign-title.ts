/**
 * A title left in its original language at the start, then explained in the page's language: "Program M («Программа
 * М»)". The first part is returned apart, so it can carry its own `lang` and a screen reader reads it in that voice.
 * Only Latin-script originals on pages in Cyrillic-script languages are recognised; anything else is one part.
 */
export function splitForeignTitle(title: string, lang: string): { original?: string; rest: string } {
	if (lang === 'en') return { rest: title };
	const match = /^([^\p{Script=Cyrillic}«(]*\p{Script=Latin}[^\p{Script=Cyrillic}«(]*?)(\s*[(«,].*\p{Script=Cyrillic}.*)$/u.exec(title);
	if (!match?.[1] || !match[2]) return /\p{Script=Cyrillic}/u.test(title) ? { rest: title } : { original: title, rest: '' };
	return { original: match[1], rest: match[2] };
}
