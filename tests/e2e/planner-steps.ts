import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// Moving through the planner's eight steps as a reader does: Next at the bottom of a step, or the list of steps.

/** The heading of a step, which says "Step 3 of 8" before the step's name. */
export const stepHeading = (page: Page, number: number): Locator =>
	page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${number} of 8\\b`) });

/** The list of steps at the top of the planner; each link's name starts with the step's number. */
export const stepList = (page: Page): Locator => page.getByRole('navigation', { name: 'Steps of your plan' });

export const stepLink = (page: Page, number: number): Locator => stepList(page).getByRole('link', { name: new RegExp(`^${number} `) });

/** Opens a step from the list of steps and waits until it is the one on screen. */
export async function goToStep(page: Page, number: number): Promise<void> {
	await stepLink(page, number).click();
	await expect(stepHeading(page, number)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`#step-${number}$`));
}

/** Presses Next (the only one on screen: hidden steps are out of reach) and waits for the next step. */
export async function nextStep(page: Page): Promise<void> {
	const current = await page.locator('.planner-step:not([hidden])').getAttribute('id');
	const number = Number(current?.replace('step-', ''));
	await page.getByRole('link', { name: /^Next(?!:)/ }).click();
	await expect(stepHeading(page, number + 1)).toBeFocused();
}
