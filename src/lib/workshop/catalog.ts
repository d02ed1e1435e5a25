import { workshopCatalog } from 'virtual:birge/workshop-catalog';
import type { CatalogItem } from '$lib/content/workshop-catalog';

export function catalogFor(lang: string): CatalogItem[] {
	return workshopCatalog[lang] ?? [];
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
	topic: 20
};
