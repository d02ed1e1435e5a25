/**
 * Messages only lazily loaded code shows, named by the prefix of their key (`planner_…`). They travel in that
 * code's chunk (vite.config.ts); every other message is shared and travels with its language's index
 * (src/lib/i18n/vite-plugin.ts).
 */
export const messageGroups = {
	store: ['unlock', 'count'],
	workbook: ['planner', 'referrals', 'accountability', 'backup', 'workbook', 'actionplan', 'lock'],
	workshop: ['workshop']
} as const;

export const lazyMessagePrefixes: readonly string[] = Object.values(messageGroups).flat();
