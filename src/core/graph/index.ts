/** The hierarchy graph: notes and ghost topics joined by child → parent edges, updated incrementally. */
export { HierarchyGraph, type GraphOptions, type NoteEntry } from "./hierarchy-graph";
