// The Node host for Molt components.
export { runComponent, preferLinked, TRAP_STATUS, type RunOptions, type RunResult } from './run.js';
export { noCapabilities, parseCapabilityList, ALL_CAPABILITIES, type Capability, type HostCapabilities, type Preopen } from './capabilities.js';
export { ensureTranspiled, InvalidComponentError } from './transpile-cache.js';
