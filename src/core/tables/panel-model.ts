/**
 * The interactive comparison panel's pure model: its state, what it shows, sorting, exports and
 * the state changes its tools make. The DOM component is src/comparison/panel.ts.
 */
export { DEFAULT_PANEL_STATE, clonePanelState, migratePanelState } from "./panel-state";
export type { PanelState, PanelView } from "./panel-state";
export { buildPanelModel, displayOrder, panelKeys } from "./panel-build";
export type { PanelCell, PanelCriterion, PanelItem, PanelItemEntry, PanelModel } from "./panel-build";
export { itemsInColumns, panelGrid, toCsv, toMarkdown } from "./panel-export";
export { sortKeys, sortValue } from "./panel-sort";
export type { SortKeys, SortValue } from "./panel-sort";
export { canMoveItem, clearSort, moveItem, setBaseline, showAllItems, toggleItem, toggleSort, toggleTranspose } from "./panel-actions";
export { panelComparison, transposeComparison } from "./panel-transpose";
