// Which pages this device has opened, so progress and contents can say what has really been read: a ✓ means read,
// never only "comes before where you are". Routes are the same in every language, so reading in Russian counts for
// the English page too. Kept in localStorage under the app's prefix, so "Erase everything" forgets it.

const key = 'birge:read';

export function readRoutes(): Set<string> {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
		return new Set(Array.isArray(value) ? value.filter((route): route is string => typeof route === 'string') : []);
	} catch {
		// Unreadable or blocked storage: nothing counts as read.
		return new Set();
	}
}

export function markRead(route: string): void {
	const routes = readRoutes();
	if (routes.has(route)) return;
	routes.add(route);
	try {
		localStorage.setItem(key, JSON.stringify([...routes]));
	} catch {
		// Storage off or full: the page still reads; only the mark is lost.
	}
}
