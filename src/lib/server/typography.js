import Typograf from 'typograf';

/**
 * Typography for every language's text, applied at build time (Markdown prose, frontmatter strings, interface
 * messages) so nobody sets a non-breaking space or a curly quote by hand. The one place where each language's rules
 * are chosen. Node-only: it sits under $lib/server, so the browser build refuses to import it.
 *
 * Writers type plain text: straight double quotes for quotations ("…", nested ones too), hyphens or dashes with
 * spaces around them. The build turns them into the language's quotes and dashes and binds what must not break apart.
 */

const nbsp = '\u00a0';

/**
 * Every character the rules below can put into a text: no-break space, quotes, apostrophe, dashes, ellipsis, №,
 * ×, arrows. All are in the system fonts of every phone and computer we target; tests/e2e/letters.spec.ts draws
 * them, and tests/unit/typography-built.spec.ts fails when a built page holds any other typographic character.
 */
export const typographyGlyphs = '\u00a0«»„“”‘’—–…№×→←';

Typograf.addRules([
	{
		// Russian sets a (non-breaking) space between a number and the percent sign: «70 %».
		name: 'ru/nbsp/percent',
		index: 520,
		handler: (text) => text.replace(/(\d)[ \u00a0]?%/g, `$1${nbsp}%`)
	},
	{
		// A safety net after every other rule: Typograf's particle rule («нём же — …») can give back the ordinary space
		// its dash rule had made no-break, and then a dash could start a line on a phone.
		name: 'common/nbsp/beforeDash',
		index: 1400,
		disabled: true,
		handler: (text) => text.replace(/(\S) ([—–])(?=[\s\u00a0])/g, `$1${nbsp}$2`)
	},
	{
		// Quotations are written with double quotes (content/README.md), so a straight single quote left after the
		// quote rule is an apostrophe: "Boys' Day", "men's". Typograf's own rule only takes one between two letters.
		name: 'common/punctuation/apostropheAll',
		index: 420,
		disabled: true,
		handler: (text) => text.replace(/'/g, '\u2019')
	}
]);

// Typograf has no Kazakh locale. Registering its letters lets the common rules (number + unit, quotes) see Kazakh
// words as words; the one Kazakh rule sets a spaced hyphen or dash as a dash bound to the word before it, as in
// Russian. Quotes are «…» with „…“ inside (content/glossary.md, Kazakh).
Typograf.setData({ 'kk/char': 'абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә', 'kk/quote': { left: '«„', right: '»“' } });
Typograf.addRules([
	{
		name: 'kk/dash/main',
		index: '-5',
		handler: (text) => text.replace(/[ \u00a0](--?|‒|–|—)(?=[ \u00a0\n])/g, `${nbsp}—`)
	}
]);

// Turkmen (Latin script) is not one of Typograf's locales (its Turkish one has other letters and rules). Its entry
// gives the neutral rules only what they need: the Turkmen letters (ç ä ž ň ö ş ü ý), so no rule takes them for a
// word's edge; its quotes, “…” with ‘…’ inside as the Turkmen press writes them (content/glossary.md); and a spaced
// hyphen set as a dash bound to the word before it, as in the other languages.
Typograf.setData({ 'tk/char': 'a-zçäžňöşüý', 'tk/quote': { left: '“‘', right: '”’' } });
Typograf.addRules([
	{
		name: 'tk/dash/main',
		index: '-5',
		handler: (text) => text.replace(/[ \u00a0](--?|‒|–|—)(?=[ \u00a0\n])/g, `${nbsp}—`)
	}
]);

// Uzbek (Latin script) is not one of Typograf's locales. Its entry gives the neutral rules only what they need: the
// letters, with ʻ (U+02BB, in oʻ gʻ) and the tutuq belgisi ’ (U+2019) as parts of a word, so no rule takes them for
// a word's edge or a quotation mark (Typograf's quote characters are «‹»›„“‟”" and never these two); its quotes,
// “…” with «…» inside (content/glossary.md; never ‘…’, which a reader would confuse with ʻ and ’); and a spaced
// hyphen set as a dash bound to the word before it, as in English.
Typograf.setData({ 'uz/char': 'a-zʻ’', 'uz/quote': { left: '“«', right: '”»' } });
Typograf.addRules([
	{
		// A case ending follows a closing quote directly in Uzbek ("Tezkor chiqish"dan). Typograf's quote rule only
		// closes a quote before a space or punctuation and leaves this one straight; it closes the quote opened last.
		name: 'uz/punctuation/quoteBeforeSuffix',
		index: 415,
		handler: (text) => {
			/** @type {string[]} */
			const open = [];
			return text.replace(/[“”«»"]/g, (quote, at) => {
				if (quote === '“' || quote === '«') open.push(quote === '“' ? '”' : '»');
				else if (quote !== '"') open.pop();
				else if (/\S/.test(text[at - 1] ?? ' ') && /\p{L}/u.test(text[at + 1] ?? '')) return open.pop() ?? quote;
				return quote;
			});
		}
	},
	{
		name: 'uz/dash/main',
		index: '-5',
		handler: (text) => text.replace(/[ \u00a0](--?|‒|–|—)(?=[ \u00a0\n])/g, `${nbsp}—`)
	}
]);

/**
 * Kyrgyz has no Typograf locale, so it gets one with only what is neutral: its letters (for binding a number to the
 * word after it), its quotes «» with „“ inside (content/glossary.md, "Writing in each Central Asian language") and the
 * spaced dash bound to the word before it, as in Russian. No list of short words: binding them needs a Kyrgyz list
 * nobody has checked, and a wrong one makes long unbreakable runs on a phone.
 */
Typograf.setData({ 'ky/char': 'а-яёңөү', 'ky/quote': { left: '«„‚', right: '»“‘', removeDuplicateQuotes: true } });
Typograf.addRules([{ name: 'ky/dash/main', index: '-5', handler: /** @type {any} */ (Typograf.getRule('ru/dash/main')).handler }]);

/**
 * Tajik has no Typograf locale, so it gets one with only what is neutral: its letters with ғ ӣ қ ӯ ҳ ҷ (for binding a
 * number to the word after it), its quotes «» with „“ inside (content/glossary.md, "Writing in each Central Asian
 * language") and a spaced hyphen set as a dash bound to the word before it, as in Russian. No list of short words:
 * binding ба, дар, аз would need a Tajik list nobody has checked, and it makes long unbreakable runs on a phone.
 */
Typograf.setData({ 'tg/char': 'а-яёғӣқӯҳҷ', 'tg/quote': { left: '«„‚', right: '»“‘', removeDuplicateQuotes: true } });
Typograf.addRules([
	{ name: 'tg/dash/main', index: '-5', handler: /** @type {any} */ (Typograf.getRule('ru/dash/main')).handler },
	{
		// Tajik puts an ending on a quoted name after a hyphen («Баромади фаврӣ»-ро). Typograf closes a quotation only
		// before a space or punctuation, so it leaves that quote straight, or, after a {placeholder}, opens a new one
		// ("{language}"-ро became «{language}„-ро). Such a quote always closes: set it so, and nest the text's quotes
		// again from there, « » outside and „ “ inside.
		name: 'tg/punctuation/quoteBeforeEnding',
		index: 412,
		handler: (text) => {
			if (!/["«„](?=-\p{L})/u.test(text)) return text;
			let depth = 0;
			return text.replace(/["«„»“](-\p{L})?/gu, (quote, ending) => {
				const closes = Boolean(ending) || quote === '»' || quote === '“';
				if (!closes && quote === '"') return quote;
				if (closes) depth = Math.max(0, depth - 1);
				const set = closes ? (depth === 0 ? '»' : '“') : depth === 0 ? '«' : '„';
				if (!closes) depth++;
				return set + (ending ?? '');
			});
		}
	}
]);

/** Rules that rewrite words or punctuation rather than set type: an editor decides those, not the build. */
const editorial = ['ru/punctuation/ano', 'ru/other/phone-number', 'ru/date/fromISO', 'ru/typo/switchingKeyboardLayout', 'common/number/fraction'];

/**
 * Per language: Typograf's locales (only the first one's own rules run, with the common ones) and the rules turned on or off beyond its defaults. A language missing here
 * stops the build (see the README's checklist for adding a language).
 * @type {Record<string, { locale: string[]; enable: string[]; disable: string[] }>}
 */
export const typographyRules = {
	en: {
		locale: ['en-US'],
		enable: ['common/nbsp/afterNumber', 'common/punctuation/apostropheAll', 'common/nbsp/beforeDash'],
		// English does not bind short words to the next one; doing so makes long unbreakable runs on a phone.
		disable: [...editorial, 'common/nbsp/afterShortWord', 'common/nbsp/afterShortWordByList']
	},
	// Kazakh (no Typograf locale): only language-neutral rules. Short words are not bound to the next one: Kazakh
	// has postpositions and endings, not Russian's short prepositions, and binding them makes unbreakable runs.
	kk: {
		locale: ['kk', 'en-US'],
		enable: ['common/nbsp/afterNumber', 'common/punctuation/apostropheAll', 'common/nbsp/beforeDash'],
		disable: [...editorial, 'common/nbsp/afterShortWord', 'common/nbsp/afterShortWordByList', 'common/other/repeatWord']
	},
	ru: {
		locale: ['ru', 'en-US'],
		// Russian quotes are «» and „“, so a straight single quote is an apostrophe in an English title (Boys' Day).
		enable: ['common/nbsp/afterNumber', 'ru/nbsp/percent', 'common/punctuation/apostropheAll', 'common/nbsp/beforeDash'],
		disable: [...editorial, 'common/space/delBeforePercent']
	},
	uz: {
		locale: ['uz'],
		// Only neutral rules beyond the common defaults (see Typograf.setData above): a no-break space before a dash
		// and between a number and its unit; short words (va, bu, u) are not bound to the next one.
		enable: ['common/nbsp/afterNumber', 'common/nbsp/beforeDash'],
		disable: [...editorial, 'common/nbsp/afterShortWord', 'common/nbsp/afterShortWordByList']
	},
	ky: {
		locale: ['ky', 'en-US'],
		enable: ['common/nbsp/afterNumber', 'common/punctuation/apostropheAll', 'common/nbsp/beforeDash'],
		disable: [...editorial, 'common/nbsp/afterShortWord', 'common/nbsp/afterShortWordByList']
	},
	tg: {
		locale: ['tg'],
		enable: ['common/nbsp/afterNumber', 'common/punctuation/apostropheAll', 'common/nbsp/beforeDash'],
		disable: [...editorial, 'common/nbsp/afterShortWord', 'common/nbsp/afterShortWordByList']
	},
	tk: {
		locale: ['tk'],
		// Only neutral rules beyond the common defaults (see Typograf.setData above): a no-break space before a dash
		// and between a number and its unit; short words (we, bu, ol) are not bound to the next one. A straight single
		// quote is an apostrophe in an English title (Boys' Day): Turkmen words have none.
		enable: ['common/nbsp/afterNumber', 'common/punctuation/apostropheAll', 'common/nbsp/beforeDash'],
		disable: [...editorial, 'common/nbsp/afterShortWord', 'common/nbsp/afterShortWordByList']
	}
};

/** @type {Map<string, Typograf>} */
const typografs = new Map();

/** @param {string} lang */
function typografFor(lang) {
	let typograf = typografs.get(lang);
	if (typograf) return typograf;
	const rules = typographyRules[lang];
	if (!rules) throw new Error(`No typography rules for "${lang}": add them to src/lib/server/typography.js`);
	typograf = new Typograf({ locale: rules.locale, enableRule: rules.enable, disableRule: rules.disable });
	// The quote rule reads its quotes per locale when Typograf loads, so a locale registered here gets them now.
	const [own = ''] = rules.locale;
	const quotes = Typograf.getData(`${own}/quote`);
	if (quotes && !typograf.getSetting('common/punctuation/quote', own)) typograf.setSetting('common/punctuation/quote', own, quotes);
	// Message placeholders ({count}) and ICU-style parts stay exactly as written.
	typograf.addSafeTag('\\{', '\\}', '[^{}]*');
	typografs.set(lang, typograf);
	return typograf;
}

/**
 * Sets one piece of text in the language's typography. Text may carry tags (`<e1>…</e1>`, `<c2/>`), which stay
 * as they are and are not counted as words.
 * @param {string} text
 * @param {string} lang
 */
export function typeset(text, lang) {
	if (!text.trim()) return text;
	const lead = /^\s*/.exec(text)?.[0] ?? '';
	const trail = /\s*$/.exec(text)?.[0] ?? '';
	// Narrow no-break spaces (after №) are missing from some phones' fonts; a plain no-break space is everywhere.
	const set = typografFor(lang).execute(text).replace(/[\u202f\u2009]/g, nbsp);
	// Typograf trims; the text around a fragment's edges belongs to the page's layout, not to it.
	return lead + set.trim() + trail;
}

/** Frontmatter keys whose values are names the app looks up, not text a reader sees. */
const codeKeys = new Set(['id', 'section', 'area', 'url', 'order', 'layout']);

/**
 * Every prose string of a page's frontmatter, typeset; ids, sections, areas and link names left alone.
 * @template T
 * @param {T} data
 * @param {string} lang
 * @returns {T}
 */
export function typesetFrontmatter(data, lang) {
	if (typeof data === 'string') return /** @type {T} */ (escapeAndTypeset(data, lang));
	if (Array.isArray(data)) return /** @type {T} */ (data.map((item) => typesetFrontmatter(item, lang)));
	if (data && typeof data === 'object') {
		return /** @type {T} */ (
			Object.fromEntries(
				Object.entries(data).map(([key, value]) => [key, codeKeys.has(key) ? value : typesetFrontmatter(value, lang)])
			)
		);
	}
	return data;
}

/**
 * Interface messages (the inlang message format): every text, plural variants included, typeset; keys,
 * declarations, selectors and {placeholders} left as written.
 * @param {Record<string, unknown>} messages
 * @param {string} lang
 * @returns {Record<string, unknown>}
 */
export function typesetMessages(messages, lang) {
	/** @param {unknown} value @returns {unknown} */
	const visit = (value) => {
		if (typeof value === 'string') return escapeAndTypeset(value, lang);
		if (Array.isArray(value)) return value.map(visit);
		if (value && typeof value === 'object') {
			const variant = /** @type {Record<string, unknown>} */ (value);
			if ('match' in variant) return { ...variant, match: Object.fromEntries(Object.entries(/** @type {object} */ (variant.match)).map(([k, v]) => [k, visit(v)])) };
		}
		return value;
	};
	return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, key.startsWith('$') ? value : visit(value)]));
}

/**
 * Plain text (no markup): `<`, `>` and `&` are escaped so Typograf reads them as characters, not as tags.
 * @param {string} text
 * @param {string} lang
 */
function escapeAndTypeset(text, lang) {
	return unescapeText(typeset(escapeText(text), lang));
}

/** Elements whose text is code or data, never typeset. */
const opaque = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'svg', 'math', 'textarea']);
/** Elements that start a block of their own; everything else is part of a run of text. */
const block = /^(address|article|aside|blockquote|details|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|caption|thead|tbody|tfoot|tr|td|th|ul)$/;

/**
 * @typedef {{ type: string; tagName?: string; value?: string; children?: HastNode[] }} HastNode
 */

/**
 * Typesets the text of a HAST tree (what mdsvex makes of a page's Markdown). Each run of text (a paragraph, a
 * heading, a list item) is typeset as one piece, with its links and emphasis as tags, so a rule sees the whole
 * sentence ("в **Приложении 2**" still binds «в»); code and attributes (addresses) are never touched.
 * @param {HastNode} tree
 * @param {string} lang
 */
export function typesetTree(tree, lang) {
	/** @param {HastNode} node */
	const visit = (node) => {
		if (node.type === 'element' && opaque.has(node.tagName ?? '')) return;
		/** @type {HastNode[]} */
		let run = [];
		const flush = () => {
			if (run.length) typesetRun(run, lang);
			run = [];
		};
		for (const child of node.children ?? []) {
			if (child.type === 'element' && block.test(child.tagName ?? '')) {
				flush();
				visit(child);
			} else run.push(child);
		}
		flush();
	};
	visit(tree);
}

/**
 * One run of text: written out with numbered tags for its inline elements, typeset, and the text put back node by
 * node. Throws if a rule moved a tag, so a page never ships with text in the wrong place.
 * @param {HastNode[]} run
 * @param {string} lang
 */
function typesetRun(run, lang) {
	/** @type {(HastNode | null)[]} the text node (or none) before each tag, and after the last */
	const slots = [null];
	/** @type {string[]} */
	const parts = [];
	let tags = 0;
	/** @param {HastNode} node */
	const write = (node) => {
		if (node.type === 'text') {
			if (slots[slots.length - 1]) throw new Error('two text nodes in a row');
			slots[slots.length - 1] = node;
			parts.push(escapeText(node.value ?? ''));
			return;
		}
		const n = tags++;
		if (node.type !== 'element' || opaque.has(node.tagName ?? '') || !node.children?.length) {
			parts.push(`<c${n}/>`);
			slots.push(null);
			return;
		}
		parts.push(`<e${n}>`);
		slots.push(null);
		node.children.forEach(write);
		parts.push(`</e${n}>`);
		slots.push(null);
	};
	run.forEach(write);
	if (!slots.some((node) => node?.value?.trim())) return;
	const source = parts.join('');
	const result = typeset(source, lang);
	const marker = /<\/?[ec]\d+\/?>/g;
	const before = source.match(marker) ?? [];
	const after = result.match(marker) ?? [];
	if (before.join() !== after.join()) throw new Error(`typography moved markup in: ${source}`);
	result.split(marker).forEach((text, i) => {
		const node = slots[i];
		if (node) node.value = unescapeText(text);
		else if (text) throw new Error(`typography added "${text}" between tags in: ${source}`);
	});
}

/** @param {string} text */
function escapeText(text) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Typograf turns entities back into characters when the text holds tags, and leaves them when it does not. */
function unescapeText(/** @type {string} */ text) {
	return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
