/** JSON Schema (2020-12) of the output record, from its one definition in shape.ts; `whosaid schema` prints it and tests validate real output against it. */
import { RecordSchema } from './shape.js';

/** A JSON Schema document: plain JSON (TypeBox's symbol keys are not in it). */
export type JsonSchema = { readonly [key: string]: unknown };

export const outputSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/whosaid/whosaid/schema/record-1.json',
  ...(JSON.parse(JSON.stringify(RecordSchema)) as JsonSchema),
  title: 'whosaid output record',
};
