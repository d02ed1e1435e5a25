/** What a key press asks the presentation to do. */
export type Command =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'black' }
	| { type: 'white' }
	| { type: 'fullscreen' }
	| { type: 'timer' }
	| { type: 'overview' }
	| { type: 'keys' }
	| { type: 'digit'; digit: string }
	| { type: 'jump' };

/**
 * The keys presenters expect from slide software. Clickers send PageUp/PageDown (some send B or . for a blank
 * screen), so those work as well as the arrows. Keys with Ctrl, Alt or Meta are left to the browser.
 */
export function commandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): Command | undefined {
	if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
		case 'n':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'p':
			return { type: 'previous' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'b':
		case '.':
			return { type: 'black' };
		case 'w':
			return { type: 'white' };
		case 'f':
			return { type: 'fullscreen' };
		case 't':
			return { type: 'timer' };
		case 'o':
		case 'Escape':
			return { type: 'overview' };
		case '?':
			return { type: 'keys' };
		case 'Enter':
			return { type: 'jump' };
		default:
			return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : undefined;
	}
}

/** A line of the keys list: the keys (as `KeyboardEvent.key` gives them) and what they ask for. */
export interface KeyLine {
	command: Command['type'];
	keys: string[];
	/** The keys the first slide's short note names, for the lines it shows. */
	noteKeys?: string[];
}

/**
 * Every key `commandFor` answers to, in the order the keys list shows them; the unit test checks each against it, so
 * the list cannot promise a key the presentation ignores. Typing a number is shown as an example: 1, 2, Enter.
 */
export const keyLines: KeyLine[] = [
	{ command: 'next', keys: ['ArrowRight', 'ArrowDown', ' ', 'n', 'PageDown'], noteKeys: ['ArrowRight', ' '] },
	{ command: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'p', 'PageUp'], noteKeys: ['ArrowLeft'] },
	{ command: 'first', keys: ['Home'] },
	{ command: 'last', keys: ['End'] },
	{ command: 'jump', keys: ['1', '2', 'Enter'] },
	{ command: 'overview', keys: ['o', 'Escape'], noteKeys: ['o', 'Escape'] },
	{ command: 'black', keys: ['b', '.'] },
	{ command: 'white', keys: ['w'] },
	{ command: 'timer', keys: ['t'] },
	{ command: 'fullscreen', keys: ['f'], noteKeys: ['f'] },
	{ command: 'keys', keys: ['?'], noteKeys: ['?'] }
];

const caps: Record<string, string> = {
	ArrowRight: '→',
	ArrowLeft: '←',
	ArrowUp: '↑',
	ArrowDown: '↓',
	PageDown: 'Page Down',
	PageUp: 'Page Up',
	Escape: 'Esc'
};

/** What is printed on the key: arrows as arrows, letters in capitals, the space bar in the reader's language. */
export function keyCap(key: string, space: string): string {
	if (key === ' ') return space;
	return caps[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}
