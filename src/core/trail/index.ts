/** The trail of a note: paths from the top, shortest first, with a count and sequence neighbours. */
export {
	buildTrail,
	clampPaths,
	COUNT_BOUND,
	MAX_PATHS_RANGE,
	morePathsLabel,
	sequenceNeighbours,
	shownPathsLabel,
	trailAffected,
	trailNodes,
	type SequenceNeighbours,
	type SequenceOf,
	type Trail,
	type TrailSource,
} from "./trail";
