/**
 * A short, quiet two-note chime made with WebAudio (no sound file to download or cache). Browsers may keep audio
 * off until the page has had a key press or a tap; presenting always starts with one, and without audio the
 * visual cue remains.
 */
export function timeUpTone(): void {
	const AudioContextClass = globalThis.AudioContext;
	if (!AudioContextClass) return;
	try {
		const audio = new AudioContextClass();
		const start = audio.currentTime;
		for (const [offset, frequency] of [
			[0, 660],
			[0.35, 880]
		] as const) {
			const oscillator = audio.createOscillator();
			const gain = audio.createGain();
			oscillator.frequency.value = frequency;
			gain.gain.setValueAtTime(0.0001, start + offset);
			gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.03);
			gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.6);
			oscillator.connect(gain).connect(audio.destination);
			oscillator.start(start + offset);
			oscillator.stop(start + offset + 0.65);
		}
		setTimeout(() => void audio.close(), 1500);
	} catch {
		// No audio device: the clock's colour is the signal.
	}
}
