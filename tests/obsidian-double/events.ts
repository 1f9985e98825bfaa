import type * as O from "obsidian";
import { liveResources } from "./leaks";

/** A handler function as the double stores it (`never[]` so that typed handlers fit). */
export type Handler = (...data: never[]) => unknown;

/** Stands for the object behind `O.EventRef`: which emitter, event and handler it binds. */
export interface EventRefImpl extends O.EventRef {
	e: Events;
	name: string;
	fn: Handler;
	ctx?: unknown;
}

/** Errors thrown by event handlers; `Events.trigger` catches them like Obsidian does. */
export const triggerErrors: { name: string; error: unknown }[] = [];

/** Return and clear the handler errors recorded so far. */
export function takeTriggerErrors(): { name: string; error: unknown }[] {
	return triggerErrors.splice(0, triggerErrors.length);
}

/** Fake of `O.Events`: named handlers, each call isolated so one throwing handler does not stop the rest. */
export class Events implements O.Events {
	private readonly handlers = new Map<string, EventRefImpl[]>();

	/** `Events.on` */
	on(name: string, callback: Handler, ctx?: unknown): O.EventRef {
		const ref: EventRefImpl = { e: this, name, fn: callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		liveResources.eventRefs.add(ref);
		return ref;
	}

	/** `Events.off`: removes every registration of `callback` for `name`. */
	off(name: string, callback: Handler): void {
		const list = this.handlers.get(name);
		if (!list) return;
		for (const ref of list.filter((r) => r.fn === callback)) this.offref(ref);
	}

	/** `Events.offref` */
	offref(ref: O.EventRef): void {
		const impl = ref as EventRefImpl;
		const list = this.handlers.get(impl.name);
		if (!list) return;
		const index = list.indexOf(impl);
		if (index >= 0) list.splice(index, 1);
		liveResources.eventRefs.delete(impl);
	}

	/** `Events.trigger`: calls handlers registered at the time of the call, in order. */
	trigger(name: string, ...data: unknown[]): void {
		const list = this.handlers.get(name);
		if (!list) return;
		for (const ref of [...list]) this.tryTrigger(ref, data);
	}

	/** `Events.tryTrigger`: an error is recorded in `triggerErrors` and reported, not thrown. */
	tryTrigger(evt: O.EventRef, args: unknown[]): void {
		const ref = evt as EventRefImpl;
		try {
			ref.fn.apply(ref.ctx, args as never[]);
		} catch (error) {
			triggerErrors.push({ name: ref.name, error });
			console.error(`Error in "${ref.name}" handler`, error);
		}
	}

	/** Double only: number of handlers registered for `name`. */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}
