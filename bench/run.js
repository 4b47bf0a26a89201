#!/usr/bin/env node
'use strict';
// `npm run bench [-- --quick] [-- --check]`: plain-JS entry so no build step is needed.
// A reachable gc() lets suites start memory measurements from a collected heap.
require('node:v8').setFlagsFromString('--expose-gc');
globalThis.gc = require('node:vm').runInNewContext('gc');
require('../tests/support/register-ts.js');
require('./run.ts');
