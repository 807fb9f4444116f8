// Validates the bundled dataset against its JSON Schema (draft 2020-12) with Ajv, and
// checks that the validation can fail: broken copies of the data must be rejected.
// Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../data/ec-dataset.schema.json');
const data = read('../../data/ec-dataset.json');

// strict: an unknown keyword or a typo in the schema is an error, not silently ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

const explain = (errors) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');

/** A deep copy of the data with one change applied. */
const broken = (change) => {
  const copy = structuredClone(data);
  change(copy);
  return copy;
};

/** The first error of rejected data, asserting that it was rejected. */
const rejected = (copy) => {
  assert.equal(validate(copy), false, 'the broken copy was accepted');
  return validate.errors;
};

test('schema is draft 2020-12 with a versioned $id', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /1\.1\.0/);
  assert.ok(schema.title && schema.description);
});

test('data/ec-dataset.json is valid against data/ec-dataset.schema.json', () => {
  const valid = validate(data);
  assert.ok(valid, explain(validate.errors));
});

test('data/ec-dataset.json points at its schema and states the version in the schema $id', () => {
  assert.equal(data.$schema, './ec-dataset.schema.json');
  assert.ok(schema.$id.endsWith(`:${data.schema_version}`), `${data.schema_version} vs ${schema.$id}`);
});

test('rejected: an observation with kind "planned"', () => {
  const errors = rejected(broken((d) => { d.observations[0].kind = 'planned'; }));
  assert.ok(errors.some((e) => e.instancePath === '/observations/0/kind' && e.keyword === 'enum'), explain(errors));
});

test('rejected: an observation without a quote', () => {
  const errors = rejected(broken((d) => { delete d.observations[3].quote; }));
  assert.ok(errors.some((e) => e.instancePath === '/observations/3' && e.params.missingProperty === 'quote'), explain(errors));
});

test('rejected: an unknown property (additionalProperties: false)', () => {
  const errors = rejected(broken((d) => { d.indicators[0].colour = 'red'; }));
  assert.ok(errors.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'colour'), explain(errors));
});

test('rejected: an unknown document id on an observation', () => {
  const errors = rejected(broken((d) => { d.observations[0].document = 'plan-15th'; }));
  assert.ok(errors.some((e) => e.instancePath === '/observations/0/document'), explain(errors));
});

test('rejected: an indicator id that is not kebab-case', () => {
  const errors = rejected(broken((d) => { d.indicators[0].id = 'Ecommerce_Transactions'; }));
  assert.ok(errors.some((e) => e.instancePath === '/indicators/0/id' && e.keyword === 'pattern'), explain(errors));
});

test('rejected: a document date that is not YYYY[-MM[-DD]]', () => {
  for (const date of ['2016/12', '2016-13', '2016-12-32', '16-12', '2016-1']) {
    const errors = rejected(broken((d) => { d.documents[0].date = date; }));
    assert.ok(errors.some((e) => e.instancePath === '/documents/0/date'), `${date}: ${explain(errors)}`);
  }
});

test('accepted: document dates YYYY, YYYY-MM and YYYY-MM-DD', () => {
  for (const date of ['2012', '2016-12', '2013-10-31']) {
    assert.ok(validate(broken((d) => { d.documents[0].date = date; })), `${date}: ${explain(validate.errors)}`);
  }
});

test('rejected: a target_type on an actual', () => {
  const errors = rejected(broken((d) => {
    d.observations.find((o) => o.kind === 'actual').target_type = 'expected';
  }));
  assert.ok(errors.length > 0);
});

test('rejected: a period with three years, and a string value', () => {
  rejected(broken((d) => { d.documents[0].period = [2011, 2013, 2015]; }));
  rejected(broken((d) => { d.observations[0].value = '250'; }));
});

test('rejected: a missing top-level field and an unknown qualifier, quantity or category', () => {
  rejected(broken((d) => { delete d.notes; }));
  rejected(broken((d) => { d.observations[0].qualifier = 'approximately'; }));
  rejected(broken((d) => { d.indicators[0].quantity = 'money'; }));
  rejected(broken((d) => { d.indicators[0].category = 'trade'; }));
});

test('rejected: a schema_version of another major version', () => {
  rejected(broken((d) => { d.schema_version = '2.0.0'; }));
  rejected(broken((d) => { d.schema_version = '1.0'; }));
});

test('rejected: a dataset without its "figures as of" date, or with one that is not a date', () => {
  rejected(broken((d) => { delete d.as_of; }));
  rejected(broken((d) => { d.as_of = 'December 2026'; }));
});

test('rejected: a document without a kind, or with an unknown one', () => {
  const errors = rejected(broken((d) => { delete d.documents[0].kind; }));
  assert.ok(errors.some((e) => e.instancePath === '/documents/0' && e.params.missingProperty === 'kind'), explain(errors));
  rejected(broken((d) => { d.documents[0].kind = 'report'; }));
});

test('rejected: a document that does not say how its title, date and issuer are known', () => {
  rejected(broken((d) => { delete d.documents[0].known_from; }));
  rejected(broken((d) => { delete d.documents[0].known_from.date; }));
  rejected(broken((d) => { d.documents[0].known_from.title = 'memory'; }));
});

test('rejected: a statistical release without the copies it was read in, or with none', () => {
  const at = data.documents.findIndex((d) => d.kind === 'statistical-release');
  assert.ok(at >= 0, 'the data holds statistical releases');
  const errors = rejected(broken((d) => { delete d.documents[at].copies; }));
  assert.ok(errors.some((e) => e.params.missingProperty === 'copies'), explain(errors));
  rejected(broken((d) => { d.documents[at].copies = []; }));
  rejected(broken((d) => { d.documents[at].copies[0].url = 'msingerart.com/page'; }));
  rejected(broken((d) => { d.documents[at].copies[0].role = 'primary'; }));
  rejected(broken((d) => { delete d.documents[at].issuer_domain; }));
});

test('rejected: copies or a publisher domain on a plan document', () => {
  const at = data.documents.findIndex((d) => d.kind === 'plan');
  rejected(broken((d) => { d.documents[at].copies = [{ url: 'https://example.org/', language: 'zh-Hans', role: 'passage', confirms: [] }]; }));
  rejected(broken((d) => { d.documents[at].issuer_domain = 'gov.cn'; }));
});

test('rejected: a scope in one language only (a series break needs both)', () => {
  const at = data.observations.findIndex((o) => o.scope_zh);
  assert.ok(at >= 0, 'the data marks a scope (the 2010 express parcels)');
  rejected(broken((d) => { delete d.observations[at].scope_en; }));
});
