/**
 * Lays a booklet out into A4 sheets in the page itself, so its contents can list page numbers: Chromium's print has
 * no `target-counter()`, and the browser tells a page nothing about where its print breaks fall. Each sheet is a
 * box of the printed page's size, and content is poured into it block by block until the next block would not fit;
 * printing then puts each sheet on exactly one sheet of paper, so the numbers measured here are the printed ones.
 *
 * The source is rendered by Svelte out of sight; blocks are copied (deep clones) into the sheets, and a container a
 * block sits in (a section, a card, a list) is copied empty onto each sheet it continues on.
 */

/** One sheet: `root` goes into the document, content flows into `body`, whose height is what fits on paper. */
export interface SheetBox {
	root: HTMLElement;
	body: HTMLElement;
}

export interface PaginateOptions {
	/** Makes an empty sheet with this page number. */
	createSheet: (number: number) => SheetBox;
}

export interface Pagination {
	sheets: number;
	/** The page each run with a `data-ref` starts on. */
	startOf: Map<string, number>;
	/** Blocks taller than a whole sheet, left to overflow it (none in today's guide). */
	overfull: number;
}

// Elements that lay out as blocks; a container holding any of them can be split between sheets.
const blockTags = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
	'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
	'TABLE', 'UL'
]);
// Never split: one of these is moved to the next sheet whole.
const atomicTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'FIGURE', 'TABLE', 'PRE', 'BLOCKQUOTE', 'HR']);

function isAtomic(element: Element): boolean {
	if (atomicTags.has(element.tagName) || element.hasAttribute('data-keep')) return true;
	if (![...element.children].some((child) => blockTags.has(child.tagName))) return true;
	// Text beside blocks (a list item with a nested list) cannot be split cleanly.
	return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
}

/** Headings, the label of a definition and a card's eyebrow stay on the sheet of what follows them. */
function keepsWithNext(element: Element): boolean {
	return /^H[1-6]$/.test(element.tagName) || element.tagName === 'DT' || element.classList.contains('eyebrow') || element.hasAttribute('data-keep-next');
}

function* blocksOf(container: Element): Generator<Element> {
	for (const child of container.children) {
		if (isAtomic(child)) yield child;
		else yield* blocksOf(child);
	}
}

/** Ids and the references to them would repeat on every copy; the sheets are a picture of paper, not a document. */
function withoutIds<T extends Element>(element: T): T {
	for (const el of [element, ...element.querySelectorAll('[id], [aria-labelledby], [aria-describedby], [for]')]) {
		for (const name of ['id', 'aria-labelledby', 'aria-describedby', 'for']) el.removeAttribute(name);
	}
	return element;
}

/**
 * Pours `source` into sheets appended to `into`. Each child of `source` is a run that starts on a new sheet (the
 * cover, the contents, each page of the guide); a run's `data-ref` names it in `startOf`.
 */
export function paginate(source: HTMLElement, into: HTMLElement, { createSheet }: PaginateOptions): Pagination {
	const startOf = new Map<string, number>();
	let number = 0;
	let overfull = 0;
	let sheet: SheetBox | undefined;
	// The copy of each source element on the current sheet, and back.
	let copies = new Map<Element, Element>();
	const originals = new WeakMap<Element, Element>();
	// Blocks on the current sheet, in order, so headings at its foot can move on with what follows them.
	let placed: { block: Element; copy: Element }[] = [];

	function newSheet() {
		sheet = createSheet(++number);
		into.append(sheet.root);
		copies = new Map();
		placed = [];
	}

	const overflows = () => !!sheet && sheet.body.scrollHeight > sheet.body.clientHeight + 1;

	/**
	 * The copy of `element` on this sheet, made (empty) with its own ancestors when it is not there yet. `child` is
	 * the child of `element` about to go in.
	 */
	function copyOf(element: Element, run: Element, child: Element): Element {
		const existing = copies.get(element);
		if (existing) return existing;
		const parent = element === run ? sheet!.body : copyOf(element.parentElement!, run, element);
		const copy = withoutIds(element.cloneNode(false) as Element);
		// A numbered list that continues on a new sheet goes on counting from where it was.
		if (element instanceof HTMLOListElement) {
			const item = [...element.children].indexOf(child);
			if (item > 0) copy.setAttribute('start', String((element.start || 1) + item));
		}
		parent.append(copy);
		copies.set(element, copy);
		originals.set(copy, element);
		return copy;
	}

	function remove(copy: Element) {
		let parent = copy.parentElement;
		copy.remove();
		// A container left empty on this sheet goes too, or it would print as an empty box.
		while (parent && parent !== sheet!.body && parent.childElementCount === 0) {
			const grand: HTMLElement | null = parent.parentElement;
			const original = originals.get(parent);
			if (original) copies.delete(original);
			parent.remove();
			parent = grand;
		}
	}

	function place(block: Element, run: Element) {
		const copy = withoutIds(block.cloneNode(true) as Element);
		copyOf(block.parentElement!, run, block).append(copy);
		placed.push({ block, copy });
	}

	for (const run of source.children) {
		newSheet();
		const ref = run.getAttribute('data-ref');
		if (ref !== null) startOf.set(ref, number);
		copyOf(run, run, run);
		for (const block of blocksOf(run)) {
			place(block, run);
			if (!overflows()) continue;
			// Too tall for an empty sheet: there is no better place for it.
			if (placed.length === 1) {
				overfull++;
				continue;
			}
			remove(placed.pop()!.copy);
			const carried: Element[] = [];
			while (placed.length > 1 && keepsWithNext(placed.at(-1)!.block)) {
				const last = placed.pop()!;
				remove(last.copy);
				carried.unshift(last.block);
			}
			newSheet();
			for (const moved of [...carried, block]) place(moved, run);
			if (overflows()) overfull++;
		}
	}
	return { sheets: number, startOf, overfull };
}
