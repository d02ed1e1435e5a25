import { describe, expect, it } from 'vitest';
import { ContentError, internalLinks, loadContent, routeOf, toIndex, type SourceFile } from './loader';

const page = (fields: string, body = '') => `---\n${fields}\n---\n${body}`;
const think = (order: number, extra = '') =>
	page(`title: Page ${order}\nsection: think\norder: ${order}\nsummary: A summary.${extra}`);

function expectError(files: SourceFile[], file: string, message: RegExp, options = {}) {
	let error: unknown;
	try {
		loadContent(files, options);
	} catch (e) {
		error = e;
	}
	expect(error).toBeInstanceOf(ContentError);
	expect((error as ContentError).file).toBe(file);
	expect((error as Error).message).toContain(`content/${file}`);
	expect((error as Error).message).toMatch(message);
}

describe('content loader', () => {
	it('turns file paths into language-prefixed addresses with a trailing slash', () => {
		expect(routeOf('en/welcome.md')).toEqual({ lang: 'en', route: '', href: '/en/' });
		expect(routeOf('en/think/norms.md')).toEqual({ lang: 'en', route: 'think/norms', href: '/en/think/norms/' });
		expect(routeOf('ru/annex/topics/family/fatherhood.md').href).toBe('/ru/annex/topics/family/fatherhood/');
	});

	it('orders pages by section, then by order, whatever the file order', () => {
		const pages = loadContent([
			{ file: 'en/plan/a.md', text: page('title: A\nsection: plan\norder: 1\nsummary: S.') },
			{ file: 'en/think/b.md', text: think(2) },
			{ file: 'en/think/c.md', text: think(1) },
			{ file: 'en/welcome.md', text: page('title: W\nsection: welcome\norder: 1\nsummary: S.') }
		]);
		expect(pages.map((p) => p.route)).toEqual(['', 'think/c', 'think/b', 'plan/a']);
	});

	it('rejects a file with a missing title, naming the file', () => {
		const files = [{ file: 'en/think/norms.md', text: page('section: think\norder: 1\nsummary: S.') }];
		expectError(files, 'en/think/norms.md', /title is missing/);
	});

	it('rejects an unknown section and an unknown field', () => {
		expectError([{ file: 'en/x.md', text: page('title: X\nsection: maybe\norder: 1\nsummary: S.') }], 'en/x.md', /section/);
		expectError([{ file: 'en/y.md', text: think(1, '\nauthor: me') }], 'en/y.md', /author is not a known field/);
	});

	it('rejects a file without frontmatter or with broken YAML', () => {
		expectError([{ file: 'en/a.md', text: '## Just text' }], 'en/a.md', /no frontmatter/);
		expectError([{ file: 'en/b.md', text: page('title: [unclosed') }], 'en/b.md', /not valid YAML/);
	});

	it('rejects a duplicate question id, naming both files', () => {
		const question = '\nquestions:\n  - id: think.norms.q1\n    prompt: Why?';
		const files = [
			{ file: 'en/think/a.md', text: think(1, question) },
			{ file: 'en/think/b.md', text: think(2, question) }
		];
		expectError(files, 'en/think/b.md', /duplicate id "think\.norms\.q1" \(also in en\/think\/a\.md\)/);
	});

	it('rejects a question id that is not lower-case dotted words', () => {
		const files = [{ file: 'en/think/a.md', text: think(1, '\nquestions:\n  - id: Norms Q1\n    prompt: Why?') }];
		expectError(files, 'en/think/a.md', /questions\.0\.id/);
	});

	it('rejects a dead internal link and accepts a live one', () => {
		const live = { file: 'en/think/a.md', text: think(1) };
		const linking = (target: string) => ({ file: 'en/think/b.md', text: page(think(2).slice(4, -5), `See [it](${target}).`) });
		expect(() => loadContent([live, linking('/en/think/a')])).not.toThrow();
		expect(() => loadContent([live, linking('/en/think/a/#top')])).not.toThrow();
		expectError([live, linking('/en/think/missing')], 'en/think/b.md', /links to \/en\/think\/missing, which is no page/);
	});

	it('accepts links to pages the app adds beside the content', () => {
		const files = [{ file: 'en/think/a.md', text: page(think(1).slice(4, -5), '[All](/en/contents)') }];
		expect(() => loadContent(files, { appRoutes: ['contents'] })).not.toThrow();
	});

	it('rejects a link name that is not in links.yaml', () => {
		const files = [{ file: 'en/think/a.md', text: page(think(1).slice(4, -5), '[Site](link:nowhere)') }];
		expectError(files, 'en/think/a.md', /link:nowhere is not a name/, { links: { somewhere: 'https://example.org/' } });
	});

	it('rejects two pages in the same place of a section', () => {
		const files = [
			{ file: 'en/think/a.md', text: think(1) },
			{ file: 'en/think/b.md', text: think(1) }
		];
		expectError(files, 'en/think/b.md', /same section and order/);
	});

	it('rejects curly braces in the body, which Svelte would run as code', () => {
		expectError([{ file: 'en/think/a.md', text: page(think(1).slice(4, -5), 'Hi {name}') }], 'en/think/a.md', /"\{"/);
	});

	it('rejects a topic in an area that annex/topics.md does not list', () => {
		const files = [
			{ file: 'en/annex/topics.md', text: page('title: T\nsection: annex2\norder: 0\nsummary: S.\nareas:\n  - id: family\n    title: Family') },
			{ file: 'en/annex/topics/work/a.md', text: page('title: A\nsection: annex2\norder: 1\nsummary: S.\narea: work') }
		];
		expectError(files, 'en/annex/topics/work/a.md', /area "work"/);
	});

	describe('the group guide', () => {
		const topic = { file: 'en/annex/topics/family/money.md', text: page('title: M\nsection: annex2\norder: 1\nsummary: S.\nscenario: A family.') };
		const starters = (target: string) => ({
			file: 'en/group/conversation-starters.md',
			text: page(`title: S\nsection: group-starters\norder: 0\nsummary: S.\nstarterGroups:\n  - id: life\n    title: Life\n    starters:\n      - id: group.starter.money\n        title: Money\n        topic: ${target}`)
		});

		it('accepts a conversation starter that opens a page with a scenario', () => {
			expect(() => loadContent([topic, starters('annex/topics/family/money')])).not.toThrow();
		});

		it('rejects a starter that opens no page, or a page without a scenario, naming the file', () => {
			expectError([topic, starters('annex/topics/family/cash')], 'en/group/conversation-starters.md', /group\.starter\.money" opens annex\/topics\/family\/cash, which is no page with a scenario/);
			expectError([topic, { file: 'en/think/a.md', text: think(1) }, starters('think/a')], 'en/group/conversation-starters.md', /no page with a scenario/);
		});

		it('rejects a translation that points a starter at another topic', () => {
			const other = { file: 'en/annex/topics/family/chores.md', text: page('title: C\nsection: annex2\norder: 2\nsummary: S.\nscenario: A couple.') };
			const ru = { ...starters('annex/topics/family/chores'), file: 'ru/group/conversation-starters.md' };
			expectError([topic, other, starters('annex/topics/family/money'), ru], 'ru/group/conversation-starters.md', /starter topics differs/, { languages: ['en', 'ru'] });
		});

		it('rejects a theme of do\'s and don\'ts without a don\'t', () => {
			const step = page('title: P\nsection: group-steps\norder: 1\nsummary: S.\npractices:\n  - id: group.premise.leaders\n    title: Leaders\n    do: [Lead.]\n    dont: []');
			expectError([{ file: 'en/group/premise.md', text: step }], 'en/group/premise.md', /practices\.0\.dont needs at least one don't/);
		});

		it('rejects a page marked as Birge\'s own that has no scenario', () => {
			const own = page('title: O\nsection: group-starters\norder: 1\nsummary: S.\norigin: birge');
			expectError([{ file: 'en/group/own.md', text: own }], 'en/group/own.md', /origin marks a scenario/);
		});
	});

	it('finds Markdown and HTML links that start with one slash', () => {
		expect(internalLinks('[a](/en/x) [b](https://x.org) [c](//cdn.x) <a href="/en/y">y</a>')).toEqual(['/en/x', '/en/y']);
	});

	it('builds a small index with question ids and areas', () => {
		const index = toIndex(loadContent([{ file: 'en/think/a.md', text: think(1, '\nquestions:\n  - id: think.a.q1\n    prompt: Why?') }]));
		expect(index.en?.pages[0]).toMatchObject({ href: '/en/think/a/', section: 'think', questionIds: ['think.a.q1'] });
	});

	describe('translations', () => {
		const question = (id: string) => `\nquestions:\n  - id: ${id}\n    prompt: Why?`;
		const english = [
			{ file: 'en/think/a.md', text: think(1, question('think.a.q1'), ) },
			{ file: 'en/think/b.md', text: page('title: B\nsection: think\norder: 2\nsummary: S.', 'See [a](/en/think/a).') }
		];
		const options = { languages: ['en', 'ru'] };

		it('serves a page not translated yet from English, at the language\'s own address, marked as such', () => {
			const ru = { file: 'ru/think/a.md', text: page('title: А\nsection: think\norder: 1\nsummary: Кратко.' + question('think.a.q1')) };
			const pages = loadContent([...english, ru], options).filter((p) => p.lang === 'ru');
			expect(pages.map((p) => [p.href, p.meta.title, p.fallbackFrom])).toEqual([
				['/ru/think/a/', 'А', undefined],
				['/ru/think/b/', 'B', 'en']
			]);
			expect(toIndex(pages).ru?.pages[1]).toMatchObject({ file: 'en/think/b.md', fallbackFrom: 'en' });
		});

		it('rejects a translation whose question ids differ from English, naming the file', () => {
			const ru = { file: 'ru/think/a.md', text: think(1, question('think.a.q9')) };
			expectError([...english, ru], 'ru/think/a.md', /ids differs from en\/think\/a\.md/, options);
		});

		it('rejects a translation that moves a page to another section or order', () => {
			const ru = { file: 'ru/think/a.md', text: think(5, question('think.a.q1')) };
			expectError([...english, ru], 'ru/think/a.md', /order differs/, options);
		});

		it('rejects a translated page with no English original, and content for an unpublished language', () => {
			expectError([...english, { file: 'ru/think/z.md', text: think(9) }], 'ru/think/z.md', /no en page/, options);
			expectError([...english, { file: 'kk/think/a.md', text: think(1) }], 'kk/think/a.md', /"kk" is not a language/, options);
		});

		it('rejects a translated link that still points at the English page', () => {
			const ru = { file: 'ru/think/b.md', text: page('title: Б\nsection: think\norder: 2\nsummary: S.', 'См. [a](/en/think/a).') };
			expectError([...english, ru], 'ru/think/b.md', /links to \/en\/think\/a/, options);
		});
	});
});
