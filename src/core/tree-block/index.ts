/** The `topic-tree` code block: its options and the rows it lists. */
export { DEFAULT_BLOCK_OPTIONS, MAX_BLOCK_DEPTH, parseTreeBlock, type BlockShow, type BlockStyle, type ParsedTreeBlock, type TreeBlockOptions } from "./parse";
export { buildTreeBlock, MAX_BLOCK_ITEMS, type BlockItem, type BlockSource, type TreeBlockResult } from "./model";
