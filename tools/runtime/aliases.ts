import { join } from 'path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

// Preloaded by compiled code (`node -r dist/tools/runtime/aliases.js ...`): the emitted JavaScript
// keeps the tsconfig path aliases (`@cs/domain`, ...), which Node does not know. Map each to the
// emitted module beside this build, whose layout is the source tree's (tsconfig.build.json).
const root = join(__dirname, '..', '..');
register({
  baseUrl: root,
  paths: Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, [target.replace(/\.ts$/, '')]])),
});
