/** Pages the app adds to every language beside the Markdown guide; content may link to them. */
export const appRoutes = [
	'contents',
	'booklet',
	'workbook',
	'workbook/plan',
	'workbook/referrals',
	'workbook/accountability',
	'workbook/action-plan',
	'workbook/backup',
	'workbook/privacy',
	'workshop',
	'workshop/present',
	'workshop/presenter',
	'workshop/handouts'
];
