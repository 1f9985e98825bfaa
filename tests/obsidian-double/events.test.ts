import { Events, createApp, takeTriggerErrors } from "./index";

describe("Events double and deferred work", () => {
	let quiet: jest.SpyInstance;
	beforeEach(() => {
		quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
		takeTriggerErrors();
	});
	afterEach(() => quiet.mockRestore());

	test("a throwing handler is recorded and does not stop the others; off and offref remove handlers", () => {
		const events = new Events();
		const calls: string[] = [];
		events.on("x", () => {
			throw new Error("boom");
		});
		const second = (n: number): void => {
			calls.push(`second ${n}`);
		};
		events.on("x", second);
		const ref = events.on("x", function (this: { tag: string }) {
			calls.push(`ctx ${this.tag}`);
		}, { tag: "t" });
		events.trigger("x", 1);
		expect(calls).toEqual(["second 1", "ctx t"]);
		expect(takeTriggerErrors().map((e) => [e.name, (e.error as Error).message])).toEqual([["x", "boom"]]);
		events.off("x", second);
		events.offref(ref);
		events.trigger("x", 2);
		expect(calls).toHaveLength(2);
	});

	test("a failing deferred step is recorded and later steps still run", async () => {
		const app = createApp({});
		const ran: string[] = [];
		app.scheduler.schedule(() => {
			throw new Error("step failed");
		});
		app.scheduler.schedule(() => ran.push("after"));
		void app.scheduler.track(Promise.reject(new Error("save failed")));
		await app.flush();
		expect(ran).toEqual(["after"]);
		expect(app.scheduler.errors.map((e) => (e as Error).message)).toEqual(["step failed", "save failed"]);
	});
});
