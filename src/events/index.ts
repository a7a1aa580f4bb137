export { groupEvents } from './group.js';
export type { EventGroup, GroupEventsOptions } from './group.js';
export { scoreClusters } from './score.js';
export type { ClusterScores } from './score.js';
