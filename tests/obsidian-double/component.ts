import type * as O from "obsidian";
import type { EventRefImpl } from "./events";
import { liveResources } from "./leaks";

/** Fake of `O.Component`: children, cleanups and listeners released on unload, in reverse order. */
export class Component implements O.Component {
	/** Double only: whether `load` ran and `unload` has not. */
	_loaded = false;
	/** Double only: the promise of the last `onload` call, for harnesses that await async plugins. */
	_onloadResult: unknown = undefined;
	private readonly children: Component[] = [];
	private readonly cleanups: (() => unknown)[] = [];

	/** `Component.load`: runs `onload`, then loads the children added so far. */
	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		liveResources.components.add(this);
		const result: unknown = this.onload();
		this._onloadResult = result;
		for (const child of [...this.children]) child.load();
	}

	/** `Component.onload` */
	onload(): void {}

	/** `Component.unload`: unloads children, runs registered cleanups, then `onunload`. */
	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		liveResources.components.delete(this);
		while (this.children.length > 0) this.children.pop()?.unload();
		while (this.cleanups.length > 0) this.cleanups.pop()?.();
		this.onunload();
	}

	/** `Component.onunload` */
	onunload(): void {}

	/** `Component.addChild`: loads the child at once when this component is loaded. */
	addChild<T extends O.Component>(component: T): T {
		const child = component as unknown as Component;
		this.children.push(child);
		if (this._loaded) child.load();
		return component;
	}

	/** `Component.removeChild`: unloads and forgets the child. */
	removeChild<T extends O.Component>(component: T): T {
		const child = component as unknown as Component;
		const index = this.children.indexOf(child);
		if (index >= 0) {
			this.children.splice(index, 1);
			child.unload();
		}
		return component;
	}

	/** `Component.register` */
	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	/** `Component.registerEvent`: the ref is released with `offref` on unload. */
	registerEvent(eventRef: O.EventRef): void {
		this.register(() => {
			const ref = eventRef as EventRefImpl;
			ref.e.offref(ref);
		});
	}

	/** `Component.registerDomEvent`: adds the listener now, removes it on unload. */
	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		const listener = callback;
		el.addEventListener(type, listener, options);
		const record = { el, type };
		liveResources.domListeners.add(record);
		this.register(() => {
			el.removeEventListener(type, listener, options);
			liveResources.domListeners.delete(record);
		});
	}

	/** `Component.registerInterval`: the interval is cleared on unload. */
	registerInterval(id: number): number {
		liveResources.intervals.add(id);
		this.register(() => {
			clearInterval(id);
			liveResources.intervals.delete(id);
		});
		return id;
	}

	/** Double only: the loaded state, as tests read it. */
	get loaded(): boolean {
		return this._loaded;
	}

	/** Double only: the current children. */
	getChildren(): readonly Component[] {
		return this.children;
	}
}
