// Writes the validate-policy --batch input of make corpus: one line per AWS managed policy, its
// current (latest) version as an IDENTITY_POLICY, in name order.
//   node to-batch.mjs <managedPolicies.json> <out.jsonl>
// The package stores each document parsed; it is written back with four-space indentation, the
// layout of AWS's own policy pages, so that sizes are judged on a document with whitespace in it.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!output) {
  console.error('usage: node to-batch.mjs <managedPolicies.json> <out.jsonl>');
  process.exit(1);
}
const all = JSON.parse(readFileSync(input, 'utf8'));
const lines = [];
for (const name of Object.keys(all).sort()) {
  const policy = all[name];
  const version = policy.versions?.[policy.latestVersionId];
  if (!version || typeof version.document !== 'object') {
    console.error(`to-batch: ${name} has no document for its latest version ${policy.latestVersionId}`);
    process.exit(1);
  }
  const request = { policyDocument: JSON.stringify(version.document, null, 4), policyType: 'IDENTITY_POLICY' };
  lines.push(JSON.stringify({ id: name, request }));
}
writeFileSync(output, lines.join('\n') + '\n');
console.log(`${lines.length} policies`);
