/**
 * Fakes of Obsidian's Bases API (1.10+): values, entries, groups, the query result, the view
 * config, the query controller and `BasesView`; plus double-only helpers to open a base with a
 * registered view type (`openBaseView`) and to read a `.base` file (`baseSpecFromFile`).
 *
 * The double runs the query itself, simply: the entries are the vault's files that pass the spec's
 * filter, in path order unless the spec sorts them; values come from front matter (`note.*`), the
 * file (`file.*`) and formulas given as functions (`formula.*`).
 */
import type * as O from "obsidian";
import { parseYaml } from "./yaml";
import type { App } from "./app";
import { Component } from "./component";
import { TFile } from "./files";

/** Fake of `O.Value`. */
export abstract class Value {
	static type = "value";
	/** `Value.equals` */
	static equals(a: Value | null, b: Value | null): boolean {
		return a === b || (a !== null && b !== null && a.constructor === b.constructor && a.toString() === b.toString());
	}
	/** `Value.looseEquals` */
	static looseEquals(a: Value | null, b: Value | null): boolean {
		return (a?.toString() ?? "") === (b?.toString() ?? "");
	}
	abstract toString(): string;
	abstract isTruthy(): boolean;
	equals(other: this): boolean {
		return Value.equals(this, other);
	}
	looseEquals(other: Value): boolean {
		return Value.looseEquals(this, other);
	}
	/** `Value.renderTo`: the value's text (Obsidian renders links, tags, dates richly). */
	renderTo(el: HTMLElement): void {
		el.setText(this.toString());
	}
}

/** Fake of `O.NotNullValue`. */
export abstract class NotNullValue extends Value {}

/** Fake of `O.NullValue`: a singleton. Its text is "null" in the double, so views must test for it. */
export class NullValue extends Value {
	static value = new NullValue();
	toString(): string {
		return "null";
	}
	isTruthy(): boolean {
		return false;
	}
}

/** Fake of `O.PrimitiveValue`. */
export abstract class PrimitiveValue<T> extends NotNullValue {
	constructor(protected readonly data: T) {
		super();
	}
	toString(): string {
		return String(this.data);
	}
	isTruthy(): boolean {
		return Boolean(this.data);
	}
}

/** Fake of `O.StringValue`. */
export class StringValue extends PrimitiveValue<string> {
	static type = "string";
}
/** Fake of `O.NumberValue`. */
export class NumberValue extends PrimitiveValue<number> {
	static type = "number";
}
/** Fake of `O.BooleanValue`. */
export class BooleanValue extends PrimitiveValue<boolean> {
	static type = "boolean";
}
/** Fake of `O.LinkValue` (a wiki link's text). */
export class LinkValue extends StringValue {}
/** Fake of `O.DateValue` (ISO text). */
export class DateValue extends NotNullValue {
	static type = "date";
	constructor(private readonly date: Date) {
		super();
	}
	toString(): string {
		return this.date.toISOString().slice(0, 16).replace("T", " ");
	}
	isTruthy(): boolean {
		return true;
	}
}
/** Fake of `O.ListValue`: items joined with ", ". */
export class ListValue extends NotNullValue {
	static type = "list";
	private readonly items: Value[];
	constructor(value: unknown[]) {
		super();
		this.items = value.map(toValue);
	}
	toString(): string {
		return this.items.map((v) => v.toString()).join(", ");
	}
	isTruthy(): boolean {
		return this.items.length > 0;
	}
}

/** Double only: a plain value as a Bases value (numbers, booleans, strings, links, lists). */
export function toValue(raw: unknown): Value {
	if (raw instanceof Value) return raw;
	if (raw === null || raw === undefined) return NullValue.value;
	if (typeof raw === "number") return new NumberValue(raw);
	if (typeof raw === "boolean") return new BooleanValue(raw);
	if (Array.isArray(raw)) return new ListValue(raw);
	if (raw instanceof Date) return new DateValue(raw);
	const text = typeof raw === "string" ? raw : JSON.stringify(raw);
	return /^\[\[[^\]]+\]\]$/.test(text) ? new LinkValue(text) : new StringValue(text);
}

/** Fake of `O.parsePropertyId`. */
export function parsePropertyId(propertyId: O.BasesPropertyId): O.BasesProperty {
	const dot = propertyId.indexOf(".");
	return { type: propertyId.slice(0, dot) as O.BasesPropertyType, name: propertyId.slice(dot + 1) };
}

/** Double only: what a base shows, as a `.base` view would say it. */
export interface BaseSpec {
	/** View name. */
	name?: string;
	/** Visible properties, in order (`BasesViewConfig.getOrder`). */
	order: string[];
	/** The view's options (`BasesViewConfig.get`). */
	options?: Record<string, unknown>;
	/** Which files are entries (default: every markdown file). */
	filter?: (file: TFile) => boolean;
	/** Sort (applied to the result, as Obsidian presorts it). */
	sort?: Array<{ property: string; direction: "ASC" | "DESC" }>;
	/** Group by this property (`groupedData`). */
	groupBy?: string;
	/** Renamed properties (`properties: { id: { displayName } }` of a `.base` file). */
	displayNames?: Record<string, string>;
	/** Formulas as functions of the entry. */
	formulas?: Record<string, (entry: BasesEntry) => unknown>;
}

/** Fake of `O.BasesEntry`. */
export class BasesEntry {
	constructor(
		readonly file: TFile,
		private readonly app: App,
		private readonly formulas: BaseSpec["formulas"] = {},
	) {}

	/** `BasesEntry.getValue`: `note.*` from front matter, `file.*` from the file, `formula.*` from the spec. */
	getValue(propertyId: O.BasesPropertyId): Value | null {
		const { type, name } = parsePropertyId(propertyId);
		if (type === "note") {
			const fm = this.app.metadataCache.getFileCache(this.file)?.frontmatter ?? {};
			const key = Object.keys(fm).find((k) => k.toLowerCase() === name.toLowerCase());
			return key === undefined ? NullValue.value : toValue(fm[key]);
		}
		if (type === "formula") {
			const fn = this.formulas?.[name];
			return fn ? toValue(fn(this)) : null;
		}
		const f = this.file;
		switch (name) {
			case "name":
				return new StringValue(f.name);
			case "basename":
				return new StringValue(f.basename);
			case "path":
				return new StringValue(f.path);
			case "folder":
				return new StringValue(f.parent?.path ?? "");
			case "ext":
				return new StringValue(f.extension);
			case "size":
				return new NumberValue(f.stat.size);
			case "mtime":
				return new DateValue(new Date(f.stat.mtime));
			case "ctime":
				return new DateValue(new Date(f.stat.ctime));
			case "tags":
				return new ListValue((this.app.metadataCache.getFileCache(f)?.frontmatter?.tags as unknown[] | undefined) ?? []);
		}
		return null;
	}
}

/** Fake of `O.BasesEntryGroup`. */
export class BasesEntryGroup {
	constructor(
		readonly entries: BasesEntry[],
		readonly key?: Value,
	) {}
	/** `BasesEntryGroup.hasKey` */
	hasKey(): boolean {
		return this.key !== undefined && !(this.key instanceof NullValue);
	}
}

/** Fake of `O.BasesQueryResult`. */
export class BasesQueryResult {
	constructor(
		readonly data: BasesEntry[],
		private readonly config: BasesViewConfig,
		private readonly groupBy: string | undefined,
	) {}
	/** `BasesQueryResult.groupedData`: one group with no key when the view does not group. */
	get groupedData(): BasesEntryGroup[] {
		if (!this.groupBy) return [new BasesEntryGroup(this.data)];
		const groups = new Map<string, { key: Value; entries: BasesEntry[] }>();
		for (const entry of this.data) {
			const key = entry.getValue(this.groupBy as O.BasesPropertyId) ?? NullValue.value;
			const text = key instanceof NullValue ? "\u0000" : key.toString();
			const group = groups.get(text) ?? { key, entries: [] };
			group.entries.push(entry);
			groups.set(text, group);
		}
		return [...groups.values()].map((g) => new BasesEntryGroup(g.entries, g.key));
	}
	/** `BasesQueryResult.properties`: the visible properties. */
	get properties(): O.BasesPropertyId[] {
		return this.config.getOrder();
	}
	/** `BasesQueryResult.getSummaryValue`: Count, Sum, Min, Max (other keys give NullValue). */
	getSummaryValue(_controller: QueryController, entries: BasesEntry[], prop: O.BasesPropertyId, summaryKey: string): Value {
		const values = entries.map((e) => e.getValue(prop)).filter((v): v is Value => v !== null && !(v instanceof NullValue));
		const numbers = values.filter((v) => v instanceof NumberValue).map((v) => Number(v.toString()));
		switch (summaryKey.toLowerCase()) {
			case "count":
				return new NumberValue(values.length);
			case "sum":
				return new NumberValue(numbers.reduce((a, b) => a + b, 0));
			case "min":
				return numbers.length ? new NumberValue(Math.min(...numbers)) : NullValue.value;
			case "max":
				return numbers.length ? new NumberValue(Math.max(...numbers)) : NullValue.value;
		}
		return NullValue.value;
	}
}

/** Fake of `O.BasesViewConfig`. */
export class BasesViewConfig {
	name: string;
	/** Double only: calls to `set`. */
	readonly sets: Array<[string, unknown]> = [];
	private readonly values: Record<string, unknown>;

	constructor(private readonly spec: BaseSpec) {
		this.name = spec.name ?? "View";
		this.values = { ...(spec.options ?? {}) };
	}
	/** `BasesViewConfig.get` */
	get(key: string): unknown {
		return this.values[key];
	}
	/** `BasesViewConfig.getAsPropertyId` */
	getAsPropertyId(key: string): O.BasesPropertyId | null {
		const v = this.values[key];
		return typeof v === "string" && /^(note|file|formula)\./.test(v) ? (v as O.BasesPropertyId) : null;
	}
	/** `BasesViewConfig.getEvaluatedFormula`: the double does not evaluate formulas. */
	getEvaluatedFormula(): Value {
		return NullValue.value;
	}
	/** `BasesViewConfig.set` */
	set(key: string, value: unknown): void {
		this.sets.push([key, value]);
		if (value === null) delete this.values[key];
		else this.values[key] = value;
	}
	/** `BasesViewConfig.getOrder` */
	getOrder(): O.BasesPropertyId[] {
		return this.spec.order.filter((id) => /^(note|file|formula)\./.test(id)) as O.BasesPropertyId[];
	}
	/** `BasesViewConfig.getSort` */
	getSort(): O.BasesSortConfig[] {
		return (this.spec.sort ?? []).map((s) => ({ property: s.property as O.BasesPropertyId, direction: s.direction }));
	}
	/** `BasesViewConfig.getDisplayName`: the renamed name, "file name" style names for `file.*`, else the name. */
	getDisplayName(propertyId: O.BasesPropertyId): string {
		const renamed = this.spec.displayNames?.[propertyId];
		if (renamed) return renamed;
		const { type, name } = parsePropertyId(propertyId);
		return type === "file" ? `file ${name}` : name;
	}
}

/** Fake of `O.QueryController`: runs the spec over the vault and tells its views when the result changes. */
export class QueryController extends Component {
	readonly config: BasesViewConfig;
	result: BasesQueryResult;
	/** Double only: the views fed by this controller. */
	readonly views: Array<{ data: unknown; onDataUpdated(): void }> = [];
	private queued = false;

	constructor(
		readonly app: App,
		readonly spec: BaseSpec,
	) {
		super();
		this.config = new BasesViewConfig(spec);
		this.result = this.run();
	}

	onload(): void {
		const again = (): void => this.requery();
		this.registerEvent(this.app.metadataCache.on("changed", again));
		this.registerEvent(this.app.vault.on("delete", again));
		this.registerEvent(this.app.vault.on("rename", again));
		this.registerEvent(this.app.vault.on("create", again));
	}

	/** Double only: run the query again (a microtask later, coalesced) and call each view's `onDataUpdated`. */
	requery(): void {
		if (this.queued) return;
		this.queued = true;
		this.app.scheduler.schedule(() => {
			this.queued = false;
			this.result = this.run();
			for (const view of this.views) {
				view.data = this.result;
				view.onDataUpdated();
			}
		});
	}

	private run(): BasesQueryResult {
		const filter = this.spec.filter ?? ((f: TFile) => f.extension === "md");
		let entries = this.app.vault
			.getFiles()
			.filter((f): f is TFile => f instanceof TFile && filter(f))
			.sort((a, b) => (a.path < b.path ? -1 : 1))
			.map((f) => new BasesEntry(f, this.app, this.spec.formulas));
		// Stable sorts from the last key to the first; empty values last in either direction.
		for (const s of [...(this.spec.sort ?? [])].reverse()) {
			const sign = s.direction === "DESC" ? -1 : 1;
			const key = (e: BasesEntry): string | number | null => {
				const v = e.getValue(s.property as O.BasesPropertyId);
				if (v === null || v instanceof NullValue) return null;
				return v instanceof NumberValue ? Number(v.toString()) : v.toString();
			};
			entries = [...entries].sort((a, b) => {
				const ka = key(a);
				const kb = key(b);
				if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
				return ka === kb ? 0 : (ka < kb ? -1 : 1) * sign;
			});
		}
		return new BasesQueryResult(entries, this.config, this.spec.groupBy);
	}
}

/** Fake of `O.BasesView`: takes the app, config, properties and data from its controller. */
export abstract class BasesView extends Component {
	abstract type: string;
	app: O.App;
	config: BasesViewConfig;
	allProperties: O.BasesPropertyId[];
	data: BasesQueryResult;
	/** Double only: calls to `createFileForView`. */
	readonly createdFiles: Array<string | undefined> = [];

	protected constructor(controller: QueryController) {
		super();
		this.app = controller.app as unknown as O.App;
		this.config = controller.config;
		this.data = controller.result;
		this.allProperties = controller.config.getOrder();
		controller.views.push(this);
	}

	abstract onDataUpdated(): void;

	/** `BasesView.createFileForView`: recorded only. */
	createFileForView(baseFileName?: string): Promise<void> {
		this.createdFiles.push(baseFileName);
		return Promise.resolve();
	}
}

/** Double only: the Bases core plugin's registry of view types (`enabled: false` turns Bases off). */
export class BasesRegistry {
	enabled = true;
	readonly views = new Map<string, O.BasesViewRegistration>();
}

/** Double only: a base opened with a view type: the controller, the view and its container. */
export interface OpenedBase<V> {
	controller: QueryController;
	view: V;
	containerEl: HTMLElement;
	close(): void;
}

/**
 * Double only: open a base with a registered view type, as Obsidian does when the user picks it:
 * the factory builds the view in a container under the toolbar, the view loads, then gets its data.
 */
export function openBaseView<V extends { onDataUpdated(): void; load(): void; unload(): void }>(app: App, viewId: string, spec: BaseSpec, parent?: HTMLElement): OpenedBase<V> {
	const registration = app.bases.views.get(viewId);
	if (!registration) throw new Error(`No Bases view type "${viewId}" is registered`);
	const controller = new QueryController(app, spec);
	controller.load();
	const containerEl = (parent ?? document.body).createDiv({ cls: "bases-view" });
	const view = registration.factory(controller, containerEl) as unknown as V;
	view.load();
	view.onDataUpdated();
	return {
		controller,
		view,
		containerEl,
		close: () => {
			view.unload();
			controller.unload();
			containerEl.remove();
		},
	};
}

/** Double only: the options a registered view type offers for a config. */
export function baseViewOptions(app: App, viewId: string, spec: BaseSpec): O.BasesAllOptions[] {
	return app.bases.views.get(viewId)?.options?.(new BasesViewConfig(spec)) ?? [];
}

/**
 * Double only: a view of a `.base` file as a `BaseSpec`. Filters understood: `file.inFolder("x")`,
 * `file.hasTag("x")`, `file.ext == "x"`, `note.key == value` / `!=`, combined with `and`/`or`/`not`;
 * anything else passes every file. `views[index]` gives the order, options (the view's other keys),
 * sort and group by.
 */
export function baseSpecFromFile(app: App, text: string, index = 0): { type: string; spec: BaseSpec } {
	const config = (parseYaml(text) ?? {}) as O.BasesConfigFile & { views?: Array<Record<string, unknown>> };
	const view = (config.views?.[index] ?? { type: "table", name: "Table" }) as Record<string, unknown>;
	const filters = [config.filters, view.filters as O.BasesConfigFileFilter | undefined].filter((f) => f !== undefined);
	const { type, name, order, sort, groupBy, filters: _f, ...options } = view;
	const displayNames: Record<string, string> = {};
	for (const [id, props] of Object.entries(config.properties ?? {})) if (typeof props.displayName === "string") displayNames[id] = props.displayName;
	const spec: BaseSpec = {
		name: typeof name === "string" ? name : "View",
		order: Array.isArray(order) ? order.map(String).map(qualify) : ["file.name"],
		options,
		displayNames,
		filter: (file) => file.extension === "md" && filters.every((f) => passes(app, file, f)),
	};
	if (Array.isArray(sort)) spec.sort = (sort as Array<{ property: string; direction?: string }>).map((s) => ({ property: qualify(s.property), direction: s.direction === "DESC" ? "DESC" : "ASC" }));
	const group = groupBy as { property?: string } | undefined;
	if (group?.property) spec.groupBy = qualify(group.property);
	return { type: typeof type === "string" ? type : "table", spec };
}

/** A property as written in a `.base` file (`status`) as a full id (`note.status`). */
function qualify(id: string): string {
	return /^(note|file|formula)\./.test(id) ? id : `note.${id}`;
}

function passes(app: App, file: TFile, filter: O.BasesConfigFileFilter): boolean {
	if (typeof filter !== "string") {
		if ("and" in filter) return filter.and.every((f) => passes(app, file, f));
		if ("or" in filter) return filter.or.some((f) => passes(app, file, f));
		return !filter.not.some((f) => passes(app, file, f));
	}
	const call = /^file\.(inFolder|hasTag)\(\s*"([^"]*)"\s*\)$/.exec(filter.trim());
	if (call) {
		if (call[1] === "inFolder") return file.path.startsWith(call[2].replace(/\/$/, "") + "/");
		const tags = (app.metadataCache.getFileCache(file)?.frontmatter?.tags as unknown) ?? [];
		return (Array.isArray(tags) ? tags : [tags]).some((t) => String(t).replace(/^#/, "") === call[2]);
	}
	const cmp = /^(file\.ext|[\w.]+)\s*(==|!=)\s*"?([^"]*)"?$/.exec(filter.trim());
	if (cmp) {
		const value = new BasesEntry(file, app).getValue(qualify(cmp[1]) as O.BasesPropertyId);
		const equal = (value && !(value instanceof NullValue) ? value.toString() : "") === cmp[3];
		return cmp[2] === "==" ? equal : !equal;
	}
	return true;
}
