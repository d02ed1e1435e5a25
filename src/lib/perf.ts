/**
 * Runs `action` and records how long it took as a User Timing measure (`performance.getEntriesByName(name)`).
 * Nothing leaves the page: the store benchmark reads these in Chromium, and DevTools shows them.
 */
export async function measured<T>(name: string, action: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await action();
	} finally {
		performance.measure(name, { start, end: performance.now() });
	}
}
