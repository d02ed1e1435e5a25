import { Workbox, messageSW } from 'workbox-window';
import { isLanguage } from '$lib/i18n/languages';
import type { OfflineReply, OfflineRequest } from './protocol';

export type OfflineStatus = 'unsupported' | 'idle' | 'preparing' | 'ready' | 'failed';

/** Chrome's install prompt, which the standard DOM types do not describe yet. */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The service worker's address: SvelteKit builds it from src/service-worker.ts. */
export const serviceWorkerUrl = '/service-worker.js';

/**
 * The app's offline life, loaded after the first paint: the service worker's registration, storing the reader's
 * language (and others they keep), the "new version" prompt, the network state and the install button. One
 * instance, shared by the offline notices and details.
 */
class OfflineApp {
	#status = $state<OfflineStatus>('idle');
	/** Languages stored completely on this device. */
	#stored = $state<string[]>([]);
	/** A language being stored at the reader's request (or because the browser lists it). */
	#keeping = $state<string>();
	#updateReady = $state(false);
	#online = $state(true);
	#canInstall = $state(false);
	#workbox: Workbox | undefined;
	#installPrompt: InstallPromptEvent | undefined;
	#lang = 'en';

	get status() {
		return this.#status;
	}
	get stored() {
		return this.#stored;
	}
	get keeping() {
		return this.#keeping;
	}
	get updateReady() {
		return this.#updateReady;
	}
	get online() {
		return this.#online;
	}
	get canInstall() {
		return this.#canInstall;
	}

	async start(lang: string): Promise<void> {
		this.#lang = lang;
		this.#watchNetwork();
		this.#watchInstallPrompt();
		if (!('serviceWorker' in navigator)) return this.#set('unsupported');
		if (this.#workbox) return this.#ensureLanguage();

		// Loaded before the page was controlled, these files (its code and text) are kept by the worker too, so the
		// first page opens offline even if the rest of the language never arrives.
		const firstVisit = !navigator.serviceWorker.controller;
		this.#workbox = new Workbox(serviceWorkerUrl);
		this.#workbox.addEventListener('waiting', () => (this.#updateReady = true));
		// Another tab may accept the update; every tab then reloads, so no two versions run side by side. Not
		// `event.isUpdate`: it is fixed at registration, and a first visit's page is claimed only later, so a tab
		// opened on the first visit would miss its update. What counts is whether a version already ran this page.
		let controlled = !firstVisit;
		this.#workbox.addEventListener('controlling', () => {
			if (controlled) location.reload();
			controlled = true;
		});
		this.#set('preparing');
		try {
			// The root layout has already asked the browser to register the worker, so this only adds the listeners.
			await this.#workbox.register({ immediate: true });
			if (firstVisit) await this.#ask({ type: 'KEEP_URLS', urls: loadedUrls() });
			await this.#ensureLanguage();
		} catch {
			this.#set('failed');
		}
	}

	/** Stores every page of a language; also the retry behind "Make available offline" and "Also keep … offline". */
	async keep(lang = this.#lang): Promise<void> {
		const own = lang === this.#lang;
		if (own) this.#set('preparing');
		else this.#keeping = lang;
		const reply = await this.#ask({ type: 'KEEP_LANGUAGE', lang }).catch(() => undefined);
		if (reply) this.#stored = reply.stored;
		if (own) this.#set(this.#stored.includes(lang) ? 'ready' : 'failed');
		else this.#keeping = undefined;
	}

	/** Only on the reader's word: the waiting version takes over, and the `controlling` event reloads every tab. */
	acceptUpdate(): void {
		this.#workbox?.messageSkipWaiting();
	}

	async install(): Promise<void> {
		if (!this.#installPrompt) return;
		await this.#installPrompt.prompt();
		await this.#installPrompt.userChoice;
		this.#installPrompt = undefined;
		this.#canInstall = false;
	}

	/**
	 * The page now links another manifest (discreet install turned on or off): an install prompt caught before
	 * would install the old one, so it is dropped until the browser offers a new one.
	 */
	forgetInstallPrompt(): void {
		this.#installPrompt = undefined;
		this.#canInstall = false;
	}

	async #ensureLanguage() {
		const status = await this.#ask({ type: 'STATUS' }).catch(() => undefined);
		this.#stored = status?.stored ?? [];
		if (!this.#stored.includes(this.#lang)) {
			// On a data-saver connection, wait for the reader to ask.
			const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
			if (saveData) return this.#set('idle');
			await this.keep();
		}
		this.#set(this.#stored.includes(this.#lang) ? 'ready' : 'failed');
		// A language the browser lists is kept too, after the reader's own: a bilingual workshop may switch offline.
		for (const lang of browserLanguages()) {
			if (!this.#stored.includes(lang) && this.#status === 'ready') await this.keep(lang);
		}
	}

	async #ask(request: OfflineRequest): Promise<OfflineReply> {
		const registration = await navigator.serviceWorker.ready;
		if (!registration.active) throw new Error('no active service worker');
		return (await messageSW(registration.active, request)) as OfflineReply;
	}

	#set(status: OfflineStatus) {
		this.#status = status;
		// For the benchmark and tests, which wait for this without knowing the UI's words.
		document.documentElement.dataset.offline = status;
	}

	#watchNetwork() {
		const update = () => {
			this.#online = navigator.onLine;
			document.documentElement.dataset.network = navigator.onLine ? 'online' : 'offline';
		};
		update();
		addEventListener('online', update);
		addEventListener('offline', update);
	}

	#watchInstallPrompt() {
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#installPrompt = event as InstallPromptEvent;
			this.#canInstall = true;
		});
		addEventListener('appinstalled', () => (this.#canInstall = false));
	}
}

/** The published languages among the browser's, in its order. */
export function browserLanguages(preferred: readonly string[] = navigator.languages ?? []): string[] {
	return [...new Set(preferred.map((tag) => tag.toLowerCase().split('-')[0]).filter((code) => isLanguage(code)))];
}

/** This page's address and the files it has loaded from this site. */
function loadedUrls(): string[] {
	const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
	return [location.pathname, ...resources.filter((url) => new URL(url).origin === location.origin)];
}

export const offlineApp = new OfflineApp();
