/** The parts of a QR code the drawing needs: its width in modules and whether a module is dark. */
export interface QrModules {
	readonly size: number;
	get(x: number, y: number): boolean;
}

/**
 * The dark modules as one SVG path, one rectangle per run of dark modules in a row, in module units. One element
 * instead of hundreds keeps the DOM small, and drawing with `fill` needs no style attribute (the CSP forbids them).
 */
export function qrPath(code: QrModules): string {
	let d = '';
	for (let y = 0; y < code.size; y++) {
		let x = 0;
		while (x < code.size) {
			if (!code.get(x, y)) {
				x++;
				continue;
			}
			const start = x;
			while (x < code.size && code.get(x, y)) x++;
			d += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	}
	return d;
}

/** The address of the app's start page in a language, as this device reaches it: what a phone in the room opens. */
export function appAddress(origin: string, lang: string): string {
	return `${origin}/${lang}/`;
}
