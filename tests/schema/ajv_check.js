// SPDX-License-Identifier: BSL-1.0
// Validates documents with Ajv (JSON Schema draft 2020-12, with ajv-formats).
// Input (argv[2]): {"schemas": {"<type>": <schema>}, "documents": [{"type": "<type>", "document": <json>}]}
// Output: a JSON array of booleans, one verdict per document.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = {};
for (const [type, schema] of Object.entries(input.schemas)) validators[type] = ajv.compile(schema);
const verdicts = input.documents.map(({ type, document }) => validators[type](document));
process.stdout.write(JSON.stringify(verdicts));
