import { Coalescer } from "../../src/index/coalescer";
import { FakeTimers } from "./fake-timers";

describe("Coalescer", () => {
	it("runs once after a quiet period, however many requests came before", () => {
		const timers = new FakeTimers();
		let runs = 0;
		const c = new Coalescer(() => runs++, 100, 500, timers);
		for (let i = 0; i < 10; i++) {
			c.request();
			timers.advance(10);
		}
		expect(runs).toBe(0);
		timers.advance(99);
		expect(runs).toBe(1);
		expect(c.pending).toBe(false);
	});

	it("still runs every maxWait under a continuous burst", () => {
		const timers = new FakeTimers();
		const times: number[] = [];
		const c = new Coalescer(() => times.push(timers.time), 100, 500, timers);
		for (let i = 0; i < 120; i++) {
			c.request();
			timers.advance(50);
		}
		expect(times.length).toBeGreaterThanOrEqual(10);
		for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThanOrEqual(550);
	});

	it("cancel drops the scheduled run", () => {
		const timers = new FakeTimers();
		let runs = 0;
		const c = new Coalescer(() => runs++, 100, 500, timers);
		c.request();
		c.cancel();
		timers.advance(1000);
		expect(runs).toBe(0);
	});
});
