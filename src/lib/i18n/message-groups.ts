/**
 * Messages only lazily loaded code shows, named by the prefix of their key (`planner_…`). They keep every language
 * and travel in the chunk of the code that imports them (vite.config.ts groups code by folder); every other message
 * is shared and travels with its language's index (src/lib/i18n/vite-plugin.ts).
 */
export const messageGroups = {
	store: ['unlock', 'count'],
	offline: ['offline', 'update', 'install', 'network'],
	workbook: ['planner', 'referrals', 'accountability', 'backup', 'workbook', 'actionplan', 'lock', 'activities', 'harm'],
	map: ['map'],
	workshop: ['workshop'],
	booklet: ['booklet'],
	qr: ['qr'],
	share: ['share'],
	search: ['search']
} as const;

export const lazyMessagePrefixes: readonly string[] = Object.values(messageGroups).flat();
