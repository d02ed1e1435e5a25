import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/loader';
import { markdownBlocks, searchIndexes } from './search-index';

describe('the search index', () => {
	it('reads Markdown as headings and blocks of plain text', () => {
		const { headings, blocks } = markdownBlocks(
			[
				'## Why it *matters*',
				'',
				'Talk with **friends** and [colleagues](/en/plan/allies/),',
				'as often as you can.',
				'',
				'- First `item`',
				'- Second [item](link:menengage)',
				'1. Numbered \\* item',
				'',
				'> A quoted line'
			].join('\n')
		);
		expect(headings).toEqual(['Why it matters']);
		expect(blocks).toEqual([
			'Why it matters',
			'Talk with friends and colleagues, as often as you can.',
			'First item',
			'Second item',
			'Numbered * item',
			'A quoted line'
		]);
	});

	const page = (lang: string, body = '') =>
		({
			file: `${lang}/annex/topics/family/chores.md`,
			text: [
				'---',
				'title: "Who does the chores"',
				'section: annex2',
				'order: 1',
				'summary: "A father at home."',
				'scenario: "Aziz stays at home with his daughter."',
				'questions:',
				'  - id: annex2.family.chores.q1',
				'    prompt: "Who decides who does what at home?"',
				'---',
				body
			].join('\n')
		}) as const;

	it('holds the summary, the scenario, the text and the questions of a page, but no ids', () => {
		const [entry] = searchIndexes(loadContent([page('en', '## Tips\n\nAsk the group.')]))['en'] ?? [];
		expect(entry?.href).toBe('/en/annex/topics/family/chores/');
		expect(entry?.headings).toEqual(['Tips']);
		expect(entry?.text.split('\n')).toEqual([
			'A father at home.',
			'Aziz stays at home with his daughter.',
			'Tips',
			'Ask the group.',
			'Who decides who does what at home?'
		]);
		expect(entry?.text).not.toContain('annex2.family');
		expect(entry?.text).not.toMatch(/annex2$/m);
	});

	it('sets the body in the language’s typography, as the page shows it', () => {
		const ru = searchIndexes(loadContent([page('en'), page('ru', 'Это "настоящий мужчина" - или нет.')]))['ru'] ?? [];
		expect(ru[0]?.text).toContain('Это «настоящий мужчина»\u00a0— или\u00a0нет.');
	});

	it('gives a page not yet translated its English words at the language’s address', () => {
		const [entry] = searchIndexes(loadContent([page('en')], { languages: ['en', 'kk'] }))['kk'] ?? [];
		expect(entry?.href).toBe('/kk/annex/topics/family/chores/');
		expect(entry?.text).toContain('Aziz stays at home');
	});
});
