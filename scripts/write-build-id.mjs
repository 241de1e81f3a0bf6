// Records the build identity (content hashes of the compiled compiler, the
// runtime sources and wasm, and the package version) in dist/build-id.json,
// so a cached `molt run` does not hash the compiler tree on every start.
// Runs after tsc and the runtime build (see package.json "build").
import { computeBuildId, writeBuildId } from '../dist/compiler/driver/build-identity.js';

const id = computeBuildId();
writeBuildId(id);
console.log(`build-id: compiler ${id.compiler.slice(0, 12)} runtime ${id.runtime.slice(0, 12)}`);
