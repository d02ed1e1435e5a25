import type { Agenda } from '$lib/store/schema';
import type { Command } from './keys';
import type { Slide } from './slides';
import { deckChannel, type Blank, type DeckSnapshot } from './sync';
import { remaining, toggle, type TimerState } from './timer';

/**
 * The state of a running presentation, shared by the projected window and the presenter window: every change made
 * here is published to the other, and changes from the other are applied without publishing them back.
 */
export class Deck {
	slides = $state<Slide[]>([]);
	index = $state(0);
	blank = $state<Blank>('none');
	timers = $state<TimerState[]>([]);
	timerHidden = $state(false);
	/** Digits typed before Enter, to jump to a slide by its number. */
	typed = $state('');
	now = $state(Date.now());

	readonly agenda: Agenda;
	#channel: ReturnType<typeof deckChannel>;
	#clock: ReturnType<typeof setInterval> | undefined;

	constructor(agenda: Agenda, slides: Slide[]) {
		this.agenda = agenda;
		this.slides = slides;
		this.timers = agenda.items.map((_, item) => ({ item, elapsedMs: 0 }));
		this.#channel = deckChannel(agenda.id, {
			onState: (snapshot) => this.#apply(snapshot),
			onHello: () => this.#publish()
		});
		this.#channel.hello();
		this.#clock = setInterval(() => (this.now = Date.now()), 250);
	}

	get slide(): Slide | undefined {
		return this.slides[this.index];
	}

	get next(): Slide | undefined {
		return this.slides[this.index + 1];
	}

	/** The agenda item of the current slide; the opening slide belongs to the first item's time. */
	get item(): number {
		return Math.max(this.slide?.item ?? 0, 0);
	}

	get timer(): TimerState | undefined {
		return this.timers[this.item];
	}

	get minutes(): number {
		return this.agenda.items[this.item]?.minutes ?? 0;
	}

	get remainingMs(): number {
		const timer = this.timer;
		return timer ? remaining(timer, this.minutes, this.now) : 0;
	}

	get running(): boolean {
		return this.timer?.startedAt !== undefined;
	}

	get timeUp(): boolean {
		return this.timer !== undefined && this.minutes > 0 && this.remainingMs <= 0 && (this.running || this.timer.elapsedMs > 0);
	}

	goTo(index: number): void {
		const target = Math.min(Math.max(index, 0), this.slides.length - 1);
		const leaving = this.item;
		this.index = target;
		this.blank = 'none';
		// Time is kept per item: moving to another item pauses the one left behind.
		if (this.item !== leaving) this.#pause(leaving);
		this.#publish();
	}

	/** Does what a key or a button asked; returns false for commands this window handles itself (overview, fullscreen). */
	run(command: Command): boolean {
		if (command.type !== 'digit' && command.type !== 'jump') this.typed = '';
		switch (command.type) {
			case 'next':
			case 'previous':
				// With the screen blanked, the first key brings the slide back, as in other slide software.
				if (this.blank !== 'none') this.setBlank('none');
				else this.goTo(this.index + (command.type === 'next' ? 1 : -1));
				return true;
			case 'first':
				this.goTo(0);
				return true;
			case 'last':
				this.goTo(this.slides.length - 1);
				return true;
			case 'black':
			case 'white':
				this.setBlank(this.blank === command.type ? 'none' : command.type);
				return true;
			case 'timer':
				this.toggleTimer();
				return true;
			case 'digit':
				this.typed = (this.typed + command.digit).slice(-4);
				return true;
			case 'jump': {
				const number = Number(this.typed);
				this.typed = '';
				if (number >= 1) this.goTo(number - 1);
				return true;
			}
			default:
				return false;
		}
	}

	setBlank(blank: Blank): void {
		this.blank = blank;
		this.#publish();
	}

	toggleTimer(): void {
		const timer = this.timer;
		if (!timer) return;
		this.timers[this.item] = toggle(timer, Date.now());
		this.#publish();
	}

	toggleTimerHidden(): void {
		this.timerHidden = !this.timerHidden;
		this.#publish();
	}

	destroy(): void {
		clearInterval(this.#clock);
		this.#channel.close();
	}

	#pause(item: number): void {
		const timer = this.timers[item];
		if (timer?.startedAt !== undefined) this.timers[item] = toggle(timer, Date.now());
	}

	#publish(): void {
		const snapshot: DeckSnapshot = {
			index: this.index,
			blank: this.blank,
			timers: $state.snapshot(this.timers),
			timerHidden: this.timerHidden
		};
		this.#channel.publish(snapshot);
	}

	#apply(snapshot: DeckSnapshot): void {
		this.index = Math.min(Math.max(snapshot.index, 0), this.slides.length - 1);
		this.blank = snapshot.blank;
		if (snapshot.timers.length === this.timers.length) this.timers = snapshot.timers;
		this.timerHidden = snapshot.timerHidden;
	}
}
