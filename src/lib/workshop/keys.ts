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
		case 'Escape':
			return { type: 'overview' };
		case 'Enter':
			return { type: 'jump' };
		default:
			return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : undefined;
	}
}
