import type { Workbox } from 'workbox-window';
import type { SwReply, SwRequest } from '../../sw/protocol';

export type OfflineStatus = 'unsupported' | 'idle' | 'preparing' | 'ready' | 'failed';

/** Chrome's install prompt, which the standard DOM types do not describe yet. */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The app's offline life: registering the service worker, storing the reader's language, the "new version" prompt,
 * the network state and the install button. One instance, shared by the layout's components.
 */
class OfflineApp {
	#status = $state<OfflineStatus>('idle');
	#updateReady = $state(false);
	#online = $state(true);
	#canInstall = $state(false);
	#workbox: Workbox | undefined;
	#installPrompt: InstallPromptEvent | undefined;
	#lang = 'en';

	get status() {
		return this.#status;
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

		// Loaded here, in the browser only: workbox-window is CommonJS to Node, and prerendering never needs it.
		const { Workbox } = await import('workbox-window');
		this.#workbox = new Workbox('/sw.js');
		this.#workbox.addEventListener('waiting', () => (this.#updateReady = true));
		// Another tab may accept the update; every tab then reloads, so no two versions run side by side. Not
		// `event.isUpdate`: it is fixed at registration, and a first visit's page is claimed only later, so a tab
		// opened on the first visit would miss its update. What counts is whether a version already ran this page.
		let controlled = Boolean(navigator.serviceWorker.controller);
		this.#workbox.addEventListener('controlling', () => {
			if (controlled) location.reload();
			controlled = true;
		});
		this.#set('preparing');
		try {
			await this.#workbox.register();
			await this.#ensureLanguage();
		} catch {
			this.#set('failed');
		}
	}

	/** Stores every page of the language; also the retry behind the "Make available offline" button. */
	async makeAvailable(lang = this.#lang): Promise<void> {
		this.#set('preparing');
		const reply = await this.#ask({ type: 'CACHE_LANGUAGE', lang }).catch(() => undefined);
		this.#set(reply?.ready ? 'ready' : 'failed');
	}

	/** Only on the user's word: the waiting version takes over, and the `controlling` event reloads every tab. */
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
		const status = await this.#ask({ type: 'LANGUAGE_STATUS', lang: this.#lang }).catch(() => undefined);
		if (status?.ready) return this.#set('ready');
		// On a data-saver connection, wait for the reader to ask.
		const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
		if (saveData) return this.#set('idle');
		await this.makeAvailable();
	}

	async #ask(request: SwRequest): Promise<SwReply> {
		const registration = await navigator.serviceWorker.ready;
		if (!registration.active) throw new Error('no active service worker');
		const { messageSW } = await import('workbox-window');
		return (await messageSW(registration.active, request)) as SwReply;
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

export const offlineApp = new OfflineApp();
