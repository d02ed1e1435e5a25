import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules: what every page and dialog is held to. */
export const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe, run inside the page (`axe.run`). The default splits the run and finishes it in a new blank page, for
 * cross-origin frames we never have; that costs twice the time, and the suite runs axe about a thousand times.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);
