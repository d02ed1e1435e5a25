/**
 * The screens of facilitator mode, all on one route (`/<lang>/workshop/[[mode]]/`) so the offline copy grows by one
 * page file: the builder, the projected slides, the presenter's own window, and the printable scenario cards.
 * Which agenda is shown is read in the browser from `?agenda=`.
 */
export const workshopModes = ['', 'present', 'presenter', 'handouts'] as const;
export type WorkshopMode = (typeof workshopModes)[number];

export function isWorkshopMode(mode: string): mode is WorkshopMode {
	return (workshopModes as readonly string[]).includes(mode);
}

export function workshopHref(lang: string, mode: WorkshopMode, agendaId?: string): string {
	const path = mode ? `/${lang}/workshop/${mode}/` : `/${lang}/workshop/`;
	return agendaId ? `${path}?agenda=${encodeURIComponent(agendaId)}` : path;
}
