import { workshopCatalog } from 'virtual:birge/workshop-catalog';
import type { CatalogItem } from '$lib/content/workshop-catalog';
import { m } from '$lib/paraglide/messages.js';

/** The slide that shows a QR code of the app's address, so the room can open Birge on their phones. */
export const appItemRef = 'app.open-on-phone';

export function catalogFor(lang: string): CatalogItem[] {
	const appItem: CatalogItem = { ref: appItemRef, kind: 'app', group: 'app', route: '', title: m.workshop_app_title() };
	return [...(workshopCatalog[lang] ?? []), appItem];
}

/** The catalog entry an agenda item points at; undefined when the guide no longer has it. */
export function findCatalogItem(lang: string, ref: string): CatalogItem | undefined {
	return catalogFor(lang).find((item) => item.ref === ref);
}

/** A starting length per kind, so a new item has a sensible time the facilitator can change. */
export const defaultMinutes: Record<CatalogItem['kind'], number> = {
	question: 10,
	aim: 5,
	step: 10,
	causes: 10,
	recommendation: 5,
	topic: 20,
	app: 3
};
