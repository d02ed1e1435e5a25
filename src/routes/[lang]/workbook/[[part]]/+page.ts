import { error } from '@sveltejs/kit';
import { languages } from '$lib/i18n/languages';
import { isWorkbookPart, workbookParts } from '$lib/workbook/parts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	languages.flatMap(({ code }) => workbookParts.map((part) => ({ lang: code, part: part || undefined })));

export const load = (({ params }) => {
	const part = params.part ?? '';
	if (!isWorkbookPart(part)) error(404, 'Not found');
	return { part };
}) satisfies PageLoad;
