'use strict';
// Lets plain `node` (child processes in tests, the bench) run the TypeScript sources directly:
//   node -r ./tests/support/register-ts.js some-file.ts
// Compiles with @swc/core like Jest does (decorators + metadata for Nest DI) and maps
// `@norte/<lib>` to libs/<lib>/src/index.ts. No type checking: tsc does that.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..', '..');
const workspaceLib = /^@norte\/([a-z0-9-]+)$/;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = workspaceLib.exec(request);
  const target = lib ? path.join(root, 'libs', lib[1], 'src', 'index.ts') : request;
  return resolveFilename.call(this, target, ...rest);
};

const options = {
  sourceMaps: 'inline',
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
