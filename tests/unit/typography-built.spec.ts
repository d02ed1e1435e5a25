import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typographyGlyphs } from '../../src/lib/server/typography.js';
import { languages } from '../../src/lib/i18n/languages';

/**
 * Reads the prerendered pages of `build/` (npm test builds before the unit tests run) and checks what a reader
 * sees: the words of the Russian review's list never come back, and no dash can start a line.
 */
const build = 'build';

/** The visible text of every prerendered page of a language: tags, scripts and styles removed. */
function pagesOf(lang: string): { path: string; text: string }[] {
	if (!existsSync(join(build, lang, 'index.html'))) throw new Error('No build/: run `npm run build` before the unit tests');
	const built = statSync(join(build, lang, 'index.html')).mtimeMs;
	const newest = Math.max(
		...readdirSync('content', { recursive: true, encoding: 'utf8' }).map((file) => statSync(join('content', file)).mtimeMs),
		...readdirSync('messages').map((file) => statSync(join('messages', file)).mtimeMs)
	);
	if (newest > built) throw new Error('build/ is older than content/ or messages/: run `npm run build` first');
	return readdirSync(join(build, lang), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => {
			const html = readFileSync(join(build, lang, file), 'utf8')
				.replace(/<script[\s\S]*?<\/script>/g, '')
				.replace(/<style[\s\S]*?<\/style>/g, '');
			const text = html
				.replace(/<[^>]*>/g, ' ')
				.replace(/&nbsp;/g, '\u00a0')
				.replace(/&quot;/g, '"')
				.replace(/&#39;|&apos;/g, "'")
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&amp;/g, '&');
			return { path: `/${lang}/${file.replace(/index\.html$/, '')}`, text };
		});
}

/** Each place in the pages where `pattern` matches, with a little text around it. */
function findAll(pages: { path: string; text: string }[], pattern: RegExp): string[] {
	const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
	return pages.flatMap(({ path, text }) =>
		[...text.matchAll(global)].map((m) => `${path}: …${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20).replace(/\s+/g, ' ')}…`)
	);
}

// ../shared/reviews/russian.md: the words and phrases it found wrong, one a line. None may appear again.
const wrongRussian: RegExp[] = [
	/мужественност/i, // masculinity is «маскулинность»
	/долги[ех] перемен|долгий результат|долгие партн|был долгим/i, // lasting is «устойчивый», «прочный»
	/отпуск для отца/i, // «отцовский отпуск»
	/набираться сил/i,
	/насили\p{L}* со стороны партн/iu, // «насилие в отношении партнёрши»
	/лишняя работа/i, // «дополнительная нагрузка»
	/С кем вы встречаетесь/i, // «С кем вы советуетесь»
	/вместо того чтобы молчать/i,
	/Не выставляйте поддержку/i,
	/которую вам по силам провести/i,
	/вы увидите, что в нём/i,
	/как только вы его закроете/i,
	/не писали это приложение|не одобряли/i,
	/Остановить таймер/i, // «Пауза»
	/работ\p{L}*\s+за\s+(гендерное|равенство|права)|действовать\s+за\s+гендерное/iu, // «ради», «в поддержку»
	/хотите заводить разговоры/i,
	/отвечала на настоящие нужды|отвечают на разные нужды/i,
	/становятся возможны[\s,]/i,
	/как только занятие закончилось/i,
	/Не позволяйте, чтобы/i,
	/Как ведущий/i, // «В роли ведущей или ведущего»
	/учиться могли больше/i,
	/другие похожие дела/i,
	/убеждения о гендерном/i,
	/показать равенство частью/i,
	/и самим может быть/i,
	/заранее знайте/i,
	/ни к кому-то ещё/i,
	/у них в их сообществах/i,
	/представления, которые есть в культуре/i,
	/спланировать вашу инициативу/i,
	/Вместе перемены работают/i,
	/Темы хорошо работают/i,
	/Как это выглядело бы/i,
	/стигм\p{L}* вокруг|молчани\p{L}* вокруг/iu,
	/мест, где есть власть/i,
	/доступ к шансам|равным шансам/i, // «равные возможности»
	/надолго вперёд/i,
	/делать активные шаги/i,
	/идёт дальше слов/i,
	/хорошие практики/i, // «успешный опыт»
	/носят нормы внутри/i,
	/через это проходит/i,
	/послани/i, // a message is «идея» or «посыл»
	/тот, кто доносит идею \(спикер/i, // «спикер», explained once
	/ДУМАТЬ|ПЛАНИРОВАТЬ|ДЕЙСТВОВАТЬ|в разделе\s+[«„]Думать/, // the three stages: «этап «Думать»»
	/приватност|аккаунт/i, // «конфиденциальность», «учётная запись»
	/сотрудница|советница/i,
	/мать мужа/i, // «свекровь»
	/Если не быть внимательным/i,
	/встречу с ними|встречи с ними/i,
	/потому что они новее/i,
	/никогда его не покидают/i,
	/Распечатать пустой бланк|как раздаточный материал/i,
	/Причины сопротивления, которых вы ожидаете/i,
	/О приложении|Установить приложение|это приложение/i, // the app is Birge; «Приложение» is an annex
	/Мой план(?! действий)/ // the planner is «Планирование»; «Мой план действий» is the printable plan
];

/** A dash with a breaking space before it can start a line on a narrow phone. */
const dashAfterBreakingSpace = /[ \t\r\n][—–]|\s-\s/;

describe('the built Russian pages', () => {
	const pages = pagesOf('ru');

	it('are all there', () => {
		expect(pages.length).toBeGreaterThan(40);
	});

	it.each(wrongRussian.map((pattern) => [pattern.source, pattern] as const))('never say %s', (_, pattern) => {
		expect(findAll(pages, pattern)).toEqual([]);
	});

	it('have a no-break space before every dash', () => {
		expect(findAll(pages, /—/).length).toBeGreaterThan(50);
		expect(findAll(pages, dashAfterBreakingSpace)).toEqual([]);
	});

	it('use «ёлочки», never straight quotes', () => {
		expect(findAll(pages, /«/).length).toBeGreaterThan(30);
		expect(findAll(pages, /["']/)).toEqual([]);
	});

	it('bind short prepositions to the next word', () => {
		expect(findAll(pages, /(^|[\s(«])[ВвКкСсУуОоИиА](?= \p{L})/u)).toEqual([]);
	});
});

describe('the built English pages', () => {
	const pages = pagesOf('en');

	it('use curly quotes and apostrophes, never straight ones', () => {
		expect(findAll(pages, /[“’]/).length).toBeGreaterThan(50);
		expect(findAll(pages, /["']/)).toEqual([]);
	});

	it('never open a quotation with an apostrophe (a quotation typed in single quotes)', () => {
		expect(findAll(pages, /(^|[\s(“])’/)).toEqual([]);
	});

	it('have a no-break space before every dash', () => {
		expect(findAll(pages, /—/).length).toBeGreaterThan(0);
		expect(findAll(pages, dashAfterBreakingSpace)).toEqual([]);
	});
});

describe('the built Kazakh pages', () => {
	const pages = pagesOf('kk');

	it('are all there', () => {
		expect(pages.length).toBeGreaterThan(40);
	});

	it('have a no-break space before every dash', () => {
		expect(findAll(pages, /—/).length).toBeGreaterThan(50);
		expect(findAll(pages, dashAfterBreakingSpace)).toEqual([]);
	});

	it('use «тырнақша», never straight quotes', () => {
		expect(findAll(pages, /«/).length).toBeGreaterThan(30);
		expect(findAll(pages, /["']/)).toEqual([]);
	});

	it('never write the Latin i or ə for the Kazakh і or ә inside a Cyrillic word', () => {
		expect(findAll(pages, /\p{Script=Cyrillic}[iə]|[iə]\p{Script=Cyrillic}/u)).toEqual([]);
	});
});

describe('the built Uzbek pages', () => {
	const pages = pagesOf('uz');

	it('write oʻ gʻ with ʻ (U+02BB) and the tutuq belgisi with ’ (U+2019), never with another apostrophe', () => {
		expect(findAll(pages, /[oOgG]ʻ/).length).toBeGreaterThan(500);
		expect(findAll(pages, /[oOgG][’'‘ʼ`]/)).toEqual([]);
		expect(findAll(pages, /['‘ʼ`]/)).toEqual([]);
	});

	it('use “…”, with «…» inside, never straight quotes', () => {
		expect(findAll(pages, /“/).length).toBeGreaterThan(30);
		expect(findAll(pages, /"/)).toEqual([]);
	});

	it('have a no-break space before every dash', () => {
		expect(findAll(pages, /—/).length).toBeGreaterThan(50);
		expect(findAll(pages, dashAfterBreakingSpace)).toEqual([]);
	});
});

// Kyrgyz (content/glossary.md, "Writing in each Central Asian language"): Kazakh letters and Latin look-alikes do
// not belong in it, the app is Birge (тиркеме is an annex), and «эркектик» is never replaced by words for courage.
const wrongKyrgyz: RegExp[] = [
	/[іәұқғһІӘҰҚҒҺ]/, // Kazakh letters
	/[öüÖÜ]|\p{Script=Cyrillic}[ao]|[ao]\p{Script=Cyrillic}/u, // Latin letters for ө ү, or a Latin a/o inside a Cyrillic word
	/тиркемени орнот|тиркеме жөнүндө|бул тиркеме/i, // the app is Birge, never «тиркеме»
	/эрдик|кайраттуулук/i, // courage, not masculinity («эркектик»)
	/теңдик/i // the glossary's term is «теңчилик»
];

/** A language's built pages without the language menu's names of the other languages (Қазақша, Oʻzbekcha…). */
function ownText(lang: string) {
	const others = languages.filter((l) => l.code !== lang).map((l) => l.name);
	return pagesOf(lang).map((page) => ({ ...page, text: others.reduce((text, name) => text.replaceAll(name, ' '), page.text) }));
}

describe('the built Kyrgyz pages', () => {
	const pages = ownText('ky');

	it('are all there', () => {
		expect(pages.length).toBe(pagesOf('en').length);
	});

	it.each(wrongKyrgyz.map((pattern) => [pattern.source, pattern] as const))('never hold %s', (_, pattern) => {
		expect(findAll(pages, pattern)).toEqual([]);
	});

	it('have a no-break space before every dash', () => {
		expect(findAll(pages, /—/).length).toBeGreaterThan(20);
		expect(findAll(pages, dashAfterBreakingSpace)).toEqual([]);
	});

	it('use «ёлочки», never straight quotes', () => {
		expect(findAll(pages, /«/).length).toBeGreaterThan(30);
		expect(findAll(pages, /["']/)).toEqual([]);
	});
});

describe('the built Tajik pages', () => {
	const pages = pagesOf('tg');

	it('use «» and „“, never straight quotes', () => {
		expect(findAll(pages, /«/).length).toBeGreaterThan(30);
		expect(findAll(pages, /["']/)).toEqual([]);
	});

	it('have a no-break space before every dash', () => {
		expect(findAll(pages, dashAfterBreakingSpace)).toEqual([]);
	});

	it('write Tajik letters: no ц щ ы ь (dropped in 1998), no letters of other Cyrillic alphabets, no Latin inside a word', () => {
		// The language menu names the other languages in their own letters (Кыргызча).
		const tajik = ownText('tg');
		expect(findAll(tajik, /[цщыьЦЩЫЬңөүұәіһҗҡ]/)).toEqual([]);
		expect(findAll(tajik, /[\p{Script=Cyrillic}][a-zA-Z]|[a-zA-Z][\p{Script=Cyrillic}]/u)).toEqual([]);
		expect(findAll(tajik, /[ғӣқӯҳҷ]/).length).toBeGreaterThan(1000);
	});
});

describe('the built Turkmen pages', () => {
	const pages = pagesOf('tk');

	it('are written in Turkmen letters: ň ý ş ž with their own code points, never look-alikes from other alphabets', () => {
		expect(findAll(pages, /[ňýşä]/).length).toBeGreaterThan(1000);
		// ñ (Spanish), ș (comma below), ə (Azerbaijani), ğ ı (Turkish) and Cyrillic letters typed by a wrong keyboard.
		expect(findAll(pages, /[ñșəğı\p{Script=Cyrillic}]/u).filter((hit) => !/Русский|Қазақша|Кыргызча|Тоҷикӣ/.test(hit))).toEqual([]);
	});

	it('use “…”, with ‘…’ inside, never straight quotes', () => {
		expect(findAll(pages, /“/).length).toBeGreaterThan(30);
		expect(findAll(pages, /"/)).toEqual([]);
	});

	it('have a no-break space before every dash', () => {
		expect(findAll(pages, /—/).length).toBeGreaterThan(20);
		expect(findAll(pages, dashAfterBreakingSpace)).toEqual([]);
	});
});

describe('typographic characters of every built page', () => {
	it('are only those every system font has', () => {
		const found = new Set<string>();
		for (const lang of ['en', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk']) {
			for (const { text } of pagesOf(lang)) {
				for (const char of text) if (!/[\p{L}\p{N}\p{M}\x00-\x7f]/u.test(char)) found.add(char);
			}
		}
		// The middle dot is written in the footer's markup, not by the typography.
		const allowed = new Set([...typographyGlyphs, '·']);
		expect([...found].filter((char) => !allowed.has(char)).map((c) => `U+${c.codePointAt(0)?.toString(16)}`)).toEqual([]);
	});
});
