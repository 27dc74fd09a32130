// Test-only action: bundled by the harness tests to check the runner contract end to end.
import * as core from '@actions/core';
import { annotations } from '../../../actions/shared/annotations.js';
import { UserError } from '../../../actions/shared/errors.js';
import { getBoolean, getInteger, getRequired, getString } from '../../../actions/shared/inputs.js';
import { setOutputs } from '../../../actions/shared/outputs.js';
import { runAction } from '../../../actions/shared/runner.js';
import { SummaryBuilder } from '../../../actions/shared/summary.js';

void runAction('probe', async () => {
  const mode = getString('throw', 'none');
  if (mode === 'user') throw new UserError('The thing is wrong.', { title: 'bad thing', location: { file: 'pyproject.toml', line: 7 }, hint: 'Fix the thing.' });
  if (mode === 'error') throw new TypeError('boom');
  if (mode === 'string') throw 'a bare string';
  if (mode === 'undefined') throw undefined;
  if (mode === 'required') getRequired('required-thing', 'yes');
  for (let i = 1; i <= getInteger('annotations', 0, 0, 1000); i++) annotations.error(`error number ${i}`, { file: 'a.txt', line: i }, `E${i}`);
  for (let i = 1; i <= getInteger('warnings', 0, 0, 1000); i++) annotations.warning(`warning number ${i}`);
  setOutputs({ multiline: getString('multiline'), flag: getBoolean('flag', false), spaced: getString('with space') });
  core.exportVariable('PROBE_ENV', 'a\nb');
  core.saveState('probe-state', 'saved');
  core.addPath('/opt/probe/bin');
  new SummaryBuilder().heading('Probe').table(['k', 'v'], [['pipe|cell', 'x']]).write();
});
