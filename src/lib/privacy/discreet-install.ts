// Discreet install: Birge can be installed (added to the home screen) as "Notes" with a plain notepad icon. The
// browser installs whatever web app manifest the page links when it is asked, so the page writes its manifest link
// itself, after reading this device's setting; app.html has none. First-load code: keep it tiny.

/** The device setting (not part of the workbook or its backups): `on` when Birge should install as Notes. */
export const discreetInstallKey = 'birge-discreet-install';

export function discreetInstallOn(): boolean {
	try {
		return localStorage.getItem(discreetInstallKey) === 'on';
	} catch {
		// Storage blocked: nothing can have been chosen, so Birge's own name.
		return false;
	}
}

/** The manifest and home-screen icon a page links: Birge's own, or the neutral ones in the reader's language. */
export function installIdentity(lang: string, discreet: boolean): { manifest: string; icon: string } {
	return discreet
		? { manifest: `/notes/${lang}.webmanifest`, icon: '/icons/notes-apple-touch-icon.png' }
		: { manifest: '/manifest.webmanifest', icon: '/icons/apple-touch-icon.png' };
}

function linkTo(rel: string, href: string) {
	let link = document.head.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
	if (!link) {
		link = document.createElement('link');
		link.rel = rel;
		document.head.append(link);
	}
	// Chromium reads the manifest again when its address changes, and installs from the one linked at that moment.
	if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}

/** Writes the page's manifest link (and Safari's home-screen icon) for this device's setting. */
export function linkInstallIdentity(lang: string): void {
	const { manifest, icon } = installIdentity(lang, discreetInstallOn());
	linkTo('manifest', manifest);
	linkTo('apple-touch-icon', icon);
}

/** Saves the setting and relinks at once, so the next install (from the page or the browser's menu) follows it. */
export function setDiscreetInstall(lang: string, on: boolean): void {
	if (on) localStorage.setItem(discreetInstallKey, 'on');
	else localStorage.removeItem(discreetInstallKey);
	linkInstallIdentity(lang);
}
