/**
 * The test double of the `obsidian` module. Jest maps `obsidian` to tests/__mocks__/obsidian.ts,
 * which re-exports this file; tests import double-only helpers (createApp, lastMenu, ...) from here.
 * See README.md for what is faked and what is not.
 */
export { App, CommandRegistry, SettingRegistry, ViewRegistry, createApp } from "./app";
export type { CreateAppOptions, InitialFile, ViewCreator } from "./app";
export { MemoryAdapter } from "./adapter";
export {
	BasesEntry,
	BasesEntryGroup,
	BasesQueryResult,
	BasesRegistry,
	BasesView,
	BasesViewConfig,
	BooleanValue,
	DateValue,
	LinkValue,
	ListValue,
	NotNullValue,
	NullValue,
	NumberValue,
	PrimitiveValue,
	QueryController,
	StringValue,
	Value,
	baseSpecFromFile,
	baseViewOptions,
	openBaseView,
	parsePropertyId,
	toValue,
} from "./bases";
export type { BaseSpec, OpenedBase } from "./bases";
export { Component } from "./component";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	ColorComponent,
	DropdownComponent,
	ExtraButtonComponent,
	MomentFormatComponent,
	ProgressBarComponent,
	SearchComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./components";
export { installDomHelpers, installLanguageExtras } from "./dom";
export { BufferEditor, Editor } from "./editor";
export { Events, takeTriggerErrors, triggerErrors } from "./events";
export type { EventRefImpl } from "./events";
export { FileManager } from "./file-manager";
export { TAbstractFile, TFile, TFolder } from "./files";
export { HoverPopover } from "./hover";
export { addIcon, displayTooltip, getIcon, getIconIds, removeIcon, setIcon, setIconImplementation, setTooltip, shownTooltips } from "./icons";
export type { IconImplementation } from "./icons";
export { Keymap, Scope } from "./keymap";
export { liveCounts, liveResources, resetLiveCounts } from "./leaks";
export type { LiveCounts } from "./leaks";
export {
	getAllTags,
	getLinkpath,
	iterateCacheRefs,
	iterateRefs,
	normalizePath,
	parseFrontMatterAliases,
	parseFrontMatterEntry,
	parseFrontMatterStringArray,
	parseFrontMatterTags,
	parseLinktext,
	stripHeading,
	stripHeadingForLink,
} from "./links";
export { computeMetadata } from "./markdown";
export { Menu, MenuItem, MenuSeparator, clickMenuItem, lastMenu, resetMenus } from "./menu";
export { MetadataCache } from "./metadata-cache";
export { FuzzySuggestModal, Modal, SuggestModal, chooseSuggestion, openModals, suggestModalDouble } from "./modal";
export { Notice } from "./notice";
export { Plugin, loadPlugin, makeManifest, obsidianApp, pluginDouble, unloadPlugin } from "./plugin";
export {
	MarkdownPreviewRenderer,
	MarkdownRenderChild,
	MarkdownRenderer,
	ProcessorRegistry,
	basicMarkdownRenderer,
	renderCalls,
	renderMarkdownWithProcessors,
	setMarkdownRenderer,
} from "./render";
export type { CodeBlockHandler, MarkdownRendererFn, RenderedDocument } from "./render";
export { PluginSettingTab, Setting, SettingTab } from "./setting";
export { AbstractInputSuggest, EditorSuggest, PopoverSuggest } from "./suggest";
export {
	Platform,
	apiVersion,
	arrayBufferToBase64,
	base64ToArrayBuffer,
	debounce,
	getLanguage,
	prepareFuzzySearch,
	prepareSimpleSearch,
	renderMatches,
	renderResults,
	requireApiVersion,
	sanitizeHTMLToDom,
	setApiVersion,
	sortSearchResults,
} from "./util";
export { Vault } from "./vault";
export type { VaultObserver, VaultOptions, VaultWrite } from "./vault";
export { EditableFileView, EmptyView, FileView, ItemView, MarkdownView, TextFileView, View } from "./views";
export {
	Workspace,
	WorkspaceItem,
	WorkspaceLeaf,
	WorkspaceParent,
	WorkspaceRibbon,
	WorkspaceRoot,
	WorkspaceSidedock,
	WorkspaceSplit,
} from "./workspace";
export { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";
