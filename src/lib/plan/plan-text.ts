import { labelled, type ActionPlan, type PlanBlock, type PlanField } from './action-plan';

// The plan as text to paste into a message (plain) or a document or wiki (Markdown). Both keep the printed
// numbering, so "see section 7" means the same thing on paper and in a chat.

const indent = (text: string, by: string) => text.split('\n').map((line) => (line ? by + line : line)).join('\n');

function textBlock(block: PlanBlock): string {
	switch (block.kind) {
		case 'answer':
			return `${block.label}\n${indent(block.text, '  ')}`;
		case 'list':
			return `${block.label}\n${block.items.map((item) => `  • ${item}`).join('\n')}`;
		case 'records':
			return [
				...(block.label ? [block.label] : []),
				...block.records.map((record) =>
					[`  • ${record.title}`, ...record.fields.map((f) => indent(labelled(f.label, f.value), '    '))].join('\n')
				)
			].join('\n');
		case 'table':
			return [
				...(block.label ? [block.label] : []),
				...block.rows.map((row) => {
					const [first, ...rest] = row.filter((cell) => cell.value);
					if (!first) return '';
					return [`  • ${first.value}`, ...rest.map((cell) => indent(labelled(cell.label, cell.value), '    '))].join('\n');
				})
			]
				.filter(Boolean)
				.join('\n');
		case 'group':
			return [block.heading, ...(block.empty ? [`  ${block.empty}`] : block.blocks.map((b) => indent(textBlock(b), '  ')))].join(
				'\n'
			);
	}
}

/** The plan as plain text, for a message or the Web Share API. */
export function planToText(plan: ActionPlan, emptyText: string): string {
	const parts = [`${plan.title}\n${plan.dateLine}`];
	for (const section of plan.sections) {
		const heading = `${section.number}. ${section.heading.toLocaleUpperCase()}`;
		const body = section.blocks.length ? section.blocks.map(textBlock).join('\n\n') : emptyText;
		parts.push(`${heading}\n\n${body}`);
	}
	return `${parts.join('\n\n\n')}\n`;
}

/** Characters that would turn a user's words into Markdown formatting; escaped so the text stays as typed. */
function escapeMarkdown(text: string): string {
	return text
		.replace(/([\\`*_{}[\]<>#|])/g, '\\$1')
		.replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
		.replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3');
}

/** A multi-line value inside a Markdown table cell, where line breaks would end the row. */
const cell = (field: PlanField) => escapeMarkdown(field.value).replace(/\n+/g, '<br>');

function markdownBlock(block: PlanBlock, level: number): string {
	switch (block.kind) {
		case 'answer':
			return `**${escapeMarkdown(block.label)}**\n\n${escapeMarkdown(block.text).replace(/\n/g, '  \n')}`;
		case 'list':
			return `**${escapeMarkdown(block.label)}**\n\n${block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n')}`;
		case 'records':
			return [
				...(block.label ? [`**${escapeMarkdown(block.label)}**`] : []),
				block.records
					.map((record) =>
						[
							`- **${escapeMarkdown(record.title)}**`,
							...record.fields.map((f) => `  - ${escapeMarkdown(labelled(f.label, f.value)).replace(/\n/g, ' ')}`)
						].join('\n')
					)
					.join('\n')
			].join('\n\n');
		case 'table':
			return [
				...(block.label ? [`**${escapeMarkdown(block.label)}**`] : []),
				[
					`| ${block.columns.map(escapeMarkdown).join(' | ')} |`,
					`| ${block.columns.map(() => '---').join(' | ')} |`,
					...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
				].join('\n')
			].join('\n\n');
		case 'group':
			return [
				`${'#'.repeat(level)} ${escapeMarkdown(block.heading)}`,
				...(block.empty ? [`_${escapeMarkdown(block.empty)}_`] : block.blocks.map((b) => markdownBlock(b, level + 1)))
			].join('\n\n');
	}
}

/** The plan as Markdown: a title, numbered sections as headings, tables for the referral list and check-ins. */
export function planToMarkdown(plan: ActionPlan, emptyText: string): string {
	const parts = [`# ${escapeMarkdown(plan.title)}`, `_${escapeMarkdown(plan.dateLine)}_`];
	for (const section of plan.sections) {
		parts.push(`## ${section.number}. ${escapeMarkdown(section.heading)}`);
		if (!section.blocks.length) parts.push(`_${escapeMarkdown(emptyText)}_`);
		for (const block of section.blocks) parts.push(markdownBlock(block, 3));
	}
	return `${parts.join('\n\n')}\n`;
}
