import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { unescapeNoBreakSpaces } from './raw-no-break-spaces.js';
import { rehypeTypography } from './rehype-typography.js';
import { typeset, typesetFrontmatter, typesetMessages, typesetTree, type HastNode } from './typography.js';

const nbsp = '\u00a0';
/** Shows no-break spaces as ⍽, so an expectation reads like the text. */
const shown = (text: string) => text.replaceAll(nbsp, '⍽');

describe('typography for Russian', () => {
	it('binds a dash to the word before it, so a line never starts with a dash', () => {
		expect(shown(typeset('Birge - карманное руководство', 'ru'))).toBe('Birge⍽— карманное руководство');
		expect(shown(typeset('Редактор — Сара', 'ru'))).toBe('Редактор⍽— Сара');
		expect(shown(typeset('В нём же — шестнадцать тем', 'ru'))).toBe('В⍽нём⍽же⍽— шестнадцать тем');
	});

	it('binds short prepositions and conjunctions to the next word', () => {
		expect(shown(typeset('Подробнее в разделе о подотчётности', 'ru'))).toBe('Подробнее в⍽разделе о⍽подотчётности');
	});

	it('binds numbers to their units, per cent, № and years', () => {
		expect(shown(typeset('70 % сотрудников, № 190, 5 МБ, в 45 лет, план 2004 года', 'ru'))).toBe(
			'70⍽% сотрудников, №⍽190, 5⍽МБ, в⍽45⍽лет, план 2004⍽года'
		);
	});

	it('uses «ёлочки», with „лапки“ inside them', () => {
		expect(typeset('Он сказал: "это "настоящий мужчина" и всё"', 'ru')).toContain('«это „настоящий мужчина“');
	});

	it('leaves the words and punctuation alone', () => {
		expect(typeset('Она сказала нет а он да', 'ru').replaceAll(nbsp, ' ')).toBe('Она сказала нет а он да');
	});
});

describe('typography for Kazakh', () => {
	it('binds a dash to the word before it, typed as a dash or as a spaced hyphen', () => {
		expect(shown(typeset('Birge - ықшам нұсқаулық', 'kk'))).toBe('Birge⍽— ықшам нұсқаулық');
		expect(shown(typeset('Мақсаты — тұрақты өзгерістер', 'kk'))).toBe('Мақсаты⍽— тұрақты өзгерістер');
	});

	it('uses «тырнақша», with „…“ inside them', () => {
		expect(typeset('Туыстары: "Енді сен "ана" болдың ба?" дейді', 'kk')).toContain('«Енді сен „ана“ болдың ба?»');
	});

	it('binds numbers to their units, and leaves ordinals and endings after a hyphen alone', () => {
		expect(shown(typeset('45 жасында, 5 МБ-тан үлкен, 1-қосымша, 3-қадам, Birge-ге', 'kk'))).toBe('45⍽жасында, 5⍽МБ-тан үлкен, 1-қосымша, 3-қадам, Birge-ге');
	});

	it('does not bind short words to the next one', () => {
		expect(typeset('Ол да мен де бір топта', 'kk')).toBe('Ол да мен де бір топта');
	});

	it('turns the apostrophe of an English title into ’', () => {
		expect(typeset("State of the World's Fathers", 'kk')).toBe('State of the World’s Fathers');
	});
});

describe('typography for English', () => {
	it('uses curly quotes and apostrophes', () => {
		expect(typeset('Boys\' Day and men\'s "real" or "proper" roles', 'en')).toBe('Boys’ Day and men’s “real” or “proper” roles');
		expect(typeset('They joke, "So, are you "the mother" now?"', 'en')).toContain('“So, are you ‘the mother’ now?”');
	});

	it('binds a dash to the word before it and numbers to their units', () => {
		expect(shown(typeset('Change takes time - stay in touch. It holds 5 MB.', 'en'))).toBe(
			'Change takes time⍽— stay in touch. It holds 5⍽MB.'
		);
	});

	it('does not glue short words together', () => {
		expect(typeset('go to a group in a town', 'en')).toBe('go to a group in a town');
	});
});

describe('typography for Uzbek', () => {
	// ʻ (U+02BB) in oʻ gʻ and the tutuq belgisi ’ (U+2019) are letters of words: no rule may make them quotes or ‘.
	const words = ['Oʻzbekiston', 'oʻgʻil', 'Gʻoya', 'ma’no', 'me’yor', 'ta’til', 'mas’ul', 'e’tibor', 'san’at', 'jam’'];
	const marks = (text: string) => [...text].filter((c) => c === 'ʻ' || c === '’').join('');

	it('keeps ʻ and ’ where they are, at the start, middle and end of quotations and next to dashes', () => {
		for (const word of words) {
			for (const text of [`"${word}"`, `"${word} va ${word}"`, `${word} - "${word}", ${word}.`, `("${word}")`, `"${word} "${word}" ${word}"`]) {
				const set = typeset(text, 'uz');
				expect(marks(set), text).toBe(marks(text));
				expect(set, text).not.toMatch(/['‘`ʼ]/);
				expect(set.replace(/[ʻ’]/g, ''), text).toBe(typeset(text.replace(/[ʻ’]/g, ''), 'uz'));
			}
		}
	});

	it('uses “…”, with «…» inside', () => {
		expect(typeset('U aytdi: "bu "haqiqiy erkak" emas"', 'uz')).toBe('U aytdi: “bu «haqiqiy erkak» emas”');
		expect(typeset('"Inson" markazlari', 'uz')).toBe('“Inson” markazlari');
		expect(typeset('"Tezkor chiqish"dan va "Oʻylash" bosqichi', 'uz')).toBe('“Tezkor chiqish”dan va “Oʻylash” bosqichi');
		expect(typeset('U "yaxshi "oʻgʻil"ni" koʻrdi', 'uz')).toBe('U “yaxshi «oʻgʻil»ni” koʻrdi');
	});

	it('binds a dash to the word before it and numbers to their units, and nothing else', () => {
		expect(shown(typeset('Birge - choʻntak qoʻllanmasi. 5 MB, 16 ta mavzu', 'uz'))).toBe('Birge⍽— choʻntak qoʻllanmasi. 5⍽MB, 16⍽ta mavzu');
		expect(shown(typeset('Oʻylang — rejalashtiring', 'uz'))).toBe('Oʻylang⍽— rejalashtiring');
		expect(typeset('u va bu ham oʻsha', 'uz')).toBe('u va bu ham oʻsha');
	});
});

describe('typography for Kyrgyz', () => {
	it('binds a dash to the word before it and numbers to the word after them', () => {
		expect(shown(typeset('Birge - чогуу дегенди билдирет', 'ky'))).toBe('Birge⍽— чогуу дегенди билдирет');
		expect(shown(typeset('16 тема, 5 МБ жана 5 кадам — бул план', 'ky'))).toBe('16⍽тема, 5⍽МБ жана 5⍽кадам⍽— бул план');
	});

	it('uses «ёлочки», with „лапки“ inside them, and keeps apostrophes in English names', () => {
		expect(typeset('Ал: "бул "чыныгы эркек" эмес" деди', 'ky')).toBe('Ал: «бул „чыныгы эркек“ эмес» деди');
		expect(typeset("Boys' Day", 'ky')).toBe('Boys’ Day');
	});

	it('does not glue short words to the next one, and leaves the letters ң ө ү alone', () => {
		expect(typeset('мен да бул ишке катышам, сиз да келиңиз', 'ky')).toBe('мен да бул ишке катышам, сиз да келиңиз');
		expect(typeset('Өзүңүздүн үнүңүз', 'ky')).toBe('Өзүңүздүн үнүңүз');
	});
});

describe('typography for Tajik, which Typograf has no locale for', () => {
	it('uses «», with „“ inside them, and an apostrophe in an English title', () => {
		expect(typeset('Ҷунбиши "ҳуқуқи мардон" ва "мо "байни худ" ҳастем"', 'tg')).toBe('Ҷунбиши «ҳуқуқи мардон» ва «мо „байни худ“ ҳастем»');
		expect(typeset("State of the World's Fathers", 'tg')).toBe('State of the World’s Fathers');
		expect(typeset('Тугмаи "Баромади фаврӣ"-ро пахш кунед; "мо "байни худ"-ем"', 'tg')).toBe('Тугмаи «Баромади фаврӣ»-ро пахш кунед; «мо „байни худ“-ем»');
	});

	it('closes a quoted {placeholder} before its ending too, and keeps the quotes after it nested right', () => {
		expect(typeset('Версияи "{language}"-ро низ нигоҳ доштан', 'tg')).toBe('Версияи «{language}»-ро низ нигоҳ доштан');
		expect(typeset('"{title}"-ро ва "{other}" ва "мо "{name}"-ро"', 'tg')).toBe('«{title}»-ро ва «{other}» ва «мо „{name}“-ро»');
	});

	it('turns a spaced hyphen into a dash bound to the word before it, and binds numbers to their units', () => {
		expect(shown(typeset('Саломатии мардон - саломатии ҷомеа. Аз 5 МБ зиёд, 16 мавзӯъ.', 'tg'))).toBe(
			'Саломатии мардон⍽— саломатии ҷомеа. Аз 5⍽МБ зиёд, 16⍽мавзӯъ.'
		);
		expect(shown(typeset('← — ба қафо', 'tg'))).toBe('←⍽— ба қафо');
	});

	it('leaves short words, hyphenated words and the Tajik letters alone', () => {
		expect(typeset('ба ин ҷо ва аз он ҷо, ду-се ҷумла, қадами 3-юм, ғ ӣ қ ӯ ҳ ҷ', 'tg')).toBe('ба ин ҷо ва аз он ҷо, ду-се ҷумла, қадами 3-юм, ғ ӣ қ ӯ ҳ ҷ');
	});
});

describe('typography for Turkmen', () => {
	it('uses “…”, with ‘…’ inside, and an apostrophe only in a foreign title', () => {
		expect(typeset('Ol aýtdy: "bu "hakyky erkek" däl"', 'tk')).toBe('Ol aýtdy: “bu ‘hakyky erkek’ däl”');
		expect(typeset('"Çalt çykyş" düwmesi we "Ädim", "Şahs", "Ýaşlar"', 'tk')).toBe('“Çalt çykyş” düwmesi we “Ädim”, “Şahs”, “Ýaşlar”');
		expect(typeset('"Boys\' Day" we "Ženewa"', 'tk')).toBe('“Boys’ Day” we “Ženewa”');
	});

	it('keeps every Turkmen letter as it is', () => {
		const letters = 'ç ä ž ň ö ş ü ý Ç Ä Ž Ň Ö Ş Ü Ý';
		expect(typeset(letters, 'tk')).toBe(letters);
		expect(typeset('"ýüň" - "çäýnek"', 'tk').replace(nbsp, ' ')).toBe('“ýüň” — “çäýnek”');
	});

	it('binds a dash to the word before it and numbers to their units, and nothing else', () => {
		expect(shown(typeset('Birge - jübi gollanmasy. 5 MB, 16 tema', 'tk'))).toBe('Birge⍽— jübi gollanmasy. 5⍽MB, 16⍽tema');
		expect(shown(typeset('Oýlanyň — meýilleşdiriň', 'tk'))).toBe('Oýlanyň⍽— meýilleşdiriň');
		expect(typeset('ol we bu hem şol', 'tk')).toBe('ol we bu hem şol');
	});
});

describe('what typography never touches', () => {
	it('keeps message placeholders and plural variants exactly as written', () => {
		const messages = {
			$schema: 'https://inlang.com/schema/inlang-message-format',
			step: 'Шаг {number} из {total}: "{title}"',
			count: [
				{
					declarations: ['input count', 'local countPlural = count: plural'],
					selectors: ['countPlural'],
					match: { 'countPlural=one': '{count} тема - одна', 'countPlural=other': '{count} тем' }
				}
			]
		};
		const set = typesetMessages(messages, 'ru') as typeof messages;
		expect(set.$schema).toBe(messages.$schema);
		expect(shown(set.step)).toBe('Шаг {number} из⍽{total}: «{title}»');
		expect(set.count[0]?.declarations).toEqual(messages.count[0]?.declarations);
		expect(set.count[0]?.selectors).toEqual(['countPlural']);
		expect(Object.keys(set.count[0]?.match ?? {})).toEqual(['countPlural=one', 'countPlural=other']);
		expect(shown(set.count[0]?.match['countPlural=one'] ?? '')).toBe('{count} тема⍽— одна');
	});

	it('keeps frontmatter ids, sections, areas and link names', () => {
		const meta = { title: 'Деньги - кто решает?', section: 'annex2', area: 'family', order: 9, questions: [{ id: 'annex2.family.money.q1', prompt: 'Как "решать" вместе?' }], readingGroups: [{ title: 'О насилии', links: [{ title: 'ILO - C190', url: 'link:ilo-c190' }] }] };
		const set = typesetFrontmatter(meta, 'ru');
		expect(set.section).toBe('annex2');
		expect(set.area).toBe('family');
		expect(set.questions[0]?.id).toBe('annex2.family.money.q1');
		expect(set.questions[0]?.prompt.replaceAll(nbsp, ' ')).toBe('Как «решать» вместе?');
		expect(set.readingGroups[0]?.links[0]?.url).toBe('link:ilo-c190');
		expect(shown(set.title)).toBe('Деньги⍽— кто решает?');
	});

	it('reads "<" and "&" in plain text as characters', () => {
		expect(typeset('X&Y blog', 'en')).toBe('X&Y blog');
		expect(typesetFrontmatter('a < b & c', 'en')).toBe('a < b & c');
	});

	it('leaves code, addresses and Markdown syntax of a page alone', async () => {
		const markdown = [
			'## Пункты - по порядку',
			'',
			'- первый пункт - с тире',
			'- второй, со `кодом - "как есть"` внутри',
			'',
			'Читайте в [Приложении 2](/ru/annex/topics) и на [сайте](https://example.org/a-b?c="d") - там "всё".',
			'',
			'```',
			'код - "не трогать"',
			'```'
		].join('\n');
		const page = await compile(markdown, {
			extensions: ['.md'],
			smartypants: false,
			rehypePlugins: [rehypeTypography],
			filename: '/x/content/ru/page.md'
		});
		const html = page?.code ?? '';
		expect(shown(html)).toContain('<h2>Пункты⍽— по⍽порядку</h2>');
		expect(shown(html)).toContain('<li>первый пункт⍽— с⍽тире</li>');
		expect(html).toContain('<code>кодом - "как есть"</code>');
		expect(shown(html)).toContain('Читайте в⍽<a href="/ru/annex/topics">Приложении 2</a>');
		expect(html).toContain('href="https://example.org/a-b?c=%22d%22"');
		expect(shown(html)).toContain('</a>⍽— там «всё».');
		expect(html).toContain('код - &quot;не трогать&quot;');
	});

	it('typesets a paragraph across its links and emphasis, and puts every piece back in its element', () => {
		const text = (value: string): HastNode => ({ type: 'text', value });
		const el = (tagName: string, ...children: HastNode[]): HastNode => ({ type: 'element', tagName, children });
		const tree = el('p', text('Откройте "'), el('strong', text('Быстрый выход')), text('" - и всё.'));
		typesetTree({ type: 'root', children: [tree] }, 'ru');
		expect(tree.children?.map((node) => shown(node.value ?? node.children?.[0]?.value ?? ''))).toEqual([
			'Откройте «',
			'Быстрый выход',
			'»⍽— и⍽всё.'
		]);
	});

	it('refuses a language it has no rules for', () => {
		expect(() => typeset('Salom', 'xx')).toThrow(/typography\.js/);
	});
});

describe('no-break spaces in the browser bundle', () => {
	it('are written as the character, not as the escape the minifier makes', () => {
		expect(unescapeNoBreakSpaces('t("для\\xA0мужских",/[\\xa0 ]/)')).toBe('t("для\u00a0мужских",/[\u00a0 ]/)');
	});

	it('leave an escaped backslash followed by "xA0" alone', () => {
		expect(unescapeNoBreakSpaces('"C:\\\\xA0"')).toBe('"C:\\\\xA0"');
		expect(unescapeNoBreakSpaces('"\\\\\\xA0"')).toBe('"\\\\\u00a0"');
	});
});
