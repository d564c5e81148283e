// Stops `npm start`, `npm run build` and `npm test` early, with a clear message, when Node.js is too old.
// Written in plain ES2017 so that it runs (and explains itself) on any old Node.
'use strict';

var REQUIRED = [22, 12, 0];
// why: test-only override, so a test can check the message without installing an old Node.
var found = process.env.HAT_FAKE_NODE_VERSION || process.versions.node;

function parse(version) {
  return String(version)
    .replace(/^v/, '')
    .split('.')
    .map(function (part) {
      return parseInt(part, 10) || 0;
    });
}

function isOlder(version, required) {
  for (var i = 0; i < required.length; i++) {
    if ((version[i] || 0) > required[i]) return false;
    if ((version[i] || 0) < required[i]) return true;
  }
  return false;
}

if (isOlder(parse(found), REQUIRED)) {
  process.stderr.write(
    [
      '',
      'This project needs Node.js 22.12 or newer, but this is Node.js ' + found + '.',
      '',
      'Install a newer Node.js in one of these ways, then run the command again:',
      '  - download it from https://nodejs.org/ (the LTS version), or',
      '  - with nvm: nvm install 24 && nvm use 24, or',
      '  - without admin rights: npm install --prefix ~/.cache/node24 node@24',
      '    then: export PATH="$HOME/.cache/node24/node_modules/.bin:$PATH"',
      '',
    ].join('\n') + '\n',
  );
  process.exit(1);
}
