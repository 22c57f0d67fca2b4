// @ts-check
// Test-only extension: when NEWSROOM_LENS_TEST_RESULTS names a file, runs the bundled
// integration suite (suite.js beside this file) with the project's mocha and writes
// the outcome there as JSON for the harness outside the editor to read.
const fs = require('fs');
const path = require('path');

/** @param {import('vscode').ExtensionContext} _context */
exports.activate = function activate(_context) {
  const resultsFile = process.env.NEWSROOM_LENS_TEST_RESULTS;
  const mochaPath = process.env.NEWSROOM_LENS_MOCHA;
  if (!resultsFile || !mochaPath) return;
  const write = (results) =>
    fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(results, null, 2)) ||
    fs.renameSync(resultsFile + '.tmp', resultsFile);
  try {
    const mochaModule = require(mochaPath);
    const Mocha = mochaModule.default ?? mochaModule.Mocha ?? mochaModule;
    const mocha = new Mocha({ ui: 'tdd', timeout: 30000, reporter: Mocha.reporters.Base });
    mocha.addFile(path.join(__dirname, 'suite.js'));
    const results = { passed: [], failed: [], pending: [] };
    const runner = mocha.run(() => write(results));
    runner.on('pass', (test) => results.passed.push({ title: test.fullTitle(), duration: test.duration }));
    runner.on('pending', (test) => results.pending.push({ title: test.fullTitle() }));
    runner.on('fail', (test, error) =>
      results.failed.push({ title: test.fullTitle(), error: String((error && error.stack) || error) }),
    );
  } catch (error) {
    write({ passed: [], failed: [{ title: 'runner', error: String((error && error.stack) || error) }], pending: [] });
  }
};
