import * as core from './workflow.js';

/** Set step outputs; values are strings on the wire, so numbers and booleans are stringified here. */
export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, String(value));
  }
}
