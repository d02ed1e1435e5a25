// The index and the query are folded the same way, so a reader finds a word however they type it: in any case,
// without the marks a phone keyboard may lack (ё, й, ӣ, ä, ş, ň, ý…), with the letters of Kazakh, Kyrgyz and Tajik
// typed on a Russian keyboard (қ as к, ү as у), and with or without the Uzbek ʻ in oʻ and gʻ, or whatever
// apostrophe was typed for it. A small guide gains more from finding too much than from missing a page.

/** Apostrophes and the letters typed for them (Uzbek writes oʻ, o', o’ and o` alike): left out of words. */
const apostrophes = new Set(["'", '‘', '’', 'ʻ', 'ʼ', '`', '´', 'ʹ', '′']);

/**
 * Letters of Central Asian Cyrillic alphabets that a Russian keyboard lacks, as readers type them there. Latin ə
 * and i stand in for ә and і on copied pages and some keyboards (content/glossary.md); i is handled by its
 * neighbours below, since it is also a letter of the Latin alphabets.
 */
const keyboardLetters: Record<string, string> = {
	ә: 'а',
	ə: 'а',
	ғ: 'г',
	қ: 'к',
	ң: 'н',
	ө: 'о',
	ұ: 'у',
	ү: 'у',
	һ: 'х',
	ҳ: 'х',
	ҷ: 'ч',
	і: 'и',
	ı: 'i'
};

/** A Latin i or I beside a Cyrillic letter is a Kazakh і typed with the wrong keyboard. */
const latinIAmongCyrillic = /(?<=\p{Script=Cyrillic})[iI]|[iI](?=\p{Script=Cyrillic})/gu;

const marks = /\p{M}/gu;
const folded = new Map<string, string>();

/** One character (a code point) folded: none, one or, rarely, more characters. Remembered, as alphabets are small. */
function foldCharacter(character: string): string {
	let result = folded.get(character);
	if (result === undefined) {
		result = apostrophes.has(character)
			? ''
			: Array.from(character.toLowerCase().normalize('NFD').replace(marks, ''), (c) => keyboardLetters[c] ?? c).join('');
		folded.set(character, result);
	}
	return result;
}

/** Text as search compares it. Line breaks stay, so a block of the index keeps its place. */
export function fold(text: string): string {
	let result = '';
	for (const character of text.replace(latinIAmongCyrillic, 'і')) result += foldCharacter(character);
	return result;
}

/**
 * Folds text and remembers, for each folded character, where it came from in the text as written (one more entry
 * at the end: the text's length), so a match found in folded text can be marked in the text the reader sees.
 */
export function foldWithOrigins(text: string): { folded: string; origins: number[] } {
	let result = '';
	const origins: number[] = [];
	let at = 0;
	// The replacement swaps one UTF-16 unit for one, so positions in it are positions in the text.
	for (const character of text.replace(latinIAmongCyrillic, 'і')) {
		const f = foldCharacter(character);
		for (let i = 0; i < f.length; i++) origins.push(at);
		result += f;
		at += character.length;
	}
	origins.push(text.length);
	return { folded: result, origins };
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** True for a letter or digit: what words are made of, in every script. */
export function isWordCharacter(character: string | undefined): boolean {
	return character !== undefined && wordCharacter.test(character);
}

/** The words of a query, folded, each once, in the order typed. */
export function foldedWords(text: string): string[] {
	return [...new Set(fold(text).match(/[\p{L}\p{N}]+/gu) ?? [])];
}
