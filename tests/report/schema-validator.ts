/** Validates a value against the shipped schema/report.schema.json with ajv (draft 2020-12). */
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

export function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
