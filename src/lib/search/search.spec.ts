import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { createSearch, marked, termsOf, type SearchDocument, type Segment } from './search';

const doc = (href: string, title: string, text: string, headings: string[] = []): SearchDocument => ({ href, title, headings, text });
const plain = (segments: Segment[]) => segments.map((s) => s.text).join('');
const marks = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);

const pages = [
	doc('/en/think/norms/', 'Gender norms', 'What is expected of women and men.\nTalk with friends about it.'),
	doc('/en/annex/topics/family/chores/', 'Who does the chores', 'A young father stays home with his daughter while his wife works.', ['The situation']),
	doc('/en/plan/allies/', 'Allies', 'Find women’s organisations that can advise you.\nA father can be an ally too.')
];

describe('search', () => {
	const search = createSearch(pages);

	it('finds a page by a word of its text, in any case', () => {
		expect(search('DAUGHTER').map((r) => r.document.href)).toEqual(['/en/annex/topics/family/chores/']);
	});

	it('needs every word of the query', () => {
		expect(search('father daughter').map((r) => r.document.href)).toEqual(['/en/annex/topics/family/chores/']);
		expect(search('father ocean')).toEqual([]);
	});

	it('finds words that start with what was typed, and other forms of longer words', () => {
		expect(search('organis').map((r) => r.document.href)).toEqual(['/en/plan/allies/']);
		// "women" finds "woman" through its stem, and "women’s" through its start.
		expect(search('women').map((r) => r.document.href)).toEqual(['/en/think/norms/', '/en/plan/allies/']);
	});

	it('never matches inside a word', () => {
		expect(search('ales')).toEqual([]);
	});

	it('puts a page whose title has the word before pages whose text has it', () => {
		expect(search('allies').map((r) => r.document.href)[0]).toBe('/en/plan/allies/');
		expect(search('father').map((r) => r.document.href)).toEqual(['/en/annex/topics/family/chores/', '/en/plan/allies/']);
	});

	it('finds nothing for an empty query or one of signs only', () => {
		expect(search('')).toEqual([]);
		expect(search(' — ! ')).toEqual([]);
	});

	it('marks the words found, whole, in the title and the excerpt', () => {
		const [result] = search('chore father');
		expect(marks(result?.title ?? [])).toEqual(['chores']);
		expect(marks(result?.excerpt ?? [])).toEqual(['father']);
	});

	it('shows the start of the text when only the title has the word', () => {
		const [result] = search('norms');
		expect(plain(result?.excerpt ?? [])).toBe('What is expected of women and men.');
	});

	it('shows the block of text where the word is, cut at spaces around it in a long one', () => {
		const long = `${'Before the match there is a great deal of text. '.repeat(6)}Here is the rarest word. ${'After it there is more. '.repeat(10)}`;
		const [result] = createSearch([doc('/en/x/', 'X', `First block.\n${long}\nLast block.`)])('rarest');
		const excerpt = plain(result?.excerpt ?? []);
		expect(excerpt.startsWith('… ')).toBe(true);
		expect(excerpt.endsWith(' …')).toBe(true);
		expect(excerpt).toContain('Here is the rarest word.');
		expect(excerpt.length).toBeLessThan(200);
		// Whole words only, at both ends.
		for (const word of excerpt.replace(/^… | …$/g, '').split(' ')) expect(long).toContain(word);
	});

	it('finds Russian words in other forms and marks them as written', () => {
		const russian = createSearch([
			doc('/ru/a/', 'Насилие в семье', 'О домашнем насилии говорят редко.'),
			doc('/ru/b/', 'Работа', 'Ёлка и женщины на работе.')
		]);
		expect(russian('насилия').map((r) => r.document.href)).toEqual(['/ru/a/']);
		expect(marks(russian('насилия')[0]?.excerpt ?? [])).toEqual(['насилии']);
		expect(russian('елка ЖЕНЩИНА').map((r) => r.document.href)).toEqual(['/ru/b/']);
		expect(marks(russian('елка')[0]?.excerpt ?? [])).toEqual(['Ёлка']);
	});

	it('finds Uzbek words typed with any apostrophe and marks them with their ʻ', () => {
		const uzbek = createSearch([doc('/uz/a/', 'Oilada', 'Oʻgʻil bolalar va qizlar uy ishlarida.')]);
		expect(uzbek("o'g'il").length).toBe(1);
		expect(marks(uzbek('ogil')[0]?.excerpt ?? [])).toEqual(['Oʻgʻil']);
	});

	it('finds Turkmen words with or without their letters’ marks', () => {
		const turkmen = createSearch([doc('/tk/a/', 'Ýaşlar', 'Ýaş erkekler we aýallar deňligi goldaýarlar.')]);
		expect(turkmen('DEŇLIK').length).toBe(1);
		expect(turkmen('yas erkek').length).toBe(1);
		expect(marks(turkmen('yas')[0]?.title ?? [])).toEqual(['Ýaşlar']);
	});

	it('returns every page that has every word, with segments that spell the text as written', () => {
		const word = fc.constantFrom('gender', 'Women', 'ДОМ', 'oʻgʻil', 'ýaş', 'қоғам', 'равенство', 'ally');
		const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
		fc.assert(
			fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.array(word, { minLength: 1, maxLength: 2 }), (texts, query) => {
				const documents = texts.map((text, i) => doc(`/x/${i}/`, `Page ${i}`, text));
				const results = createSearch(documents)(query.join(' '));
				const expected = documents.filter((d) => query.every((q) => fold(d.text).split(' ').includes(fold(q))));
				expect(results.map((r) => r.document.href).sort()).toEqual(expected.map((d) => d.href).sort());
				for (const result of results) {
					expect(result.document.text).toContain(plain(result.excerpt).replace(/^… | …$/g, ''));
					expect(marks(result.excerpt).length).toBeGreaterThan(0);
				}
			})
		);
	});
});

describe('marking', () => {
	it('joins back into the text it marks', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (text, query) => {
				expect(plain(marked(text, termsOf(query)))).toBe(text);
			})
		);
	});
});
