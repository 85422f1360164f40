import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

const API_DESCRIPTION = `Legal-triage chat for LITGO.

**Errors** share one body: \`{statusCode, error, message, detail}\`. \`message\` is always a string, for
developers (validation problems joined with "; "); \`detail\` is one short sentence in Portuguese to show
the person. Each status below has its own example. A 503 after a timeout means the outcome of a write is
unknown: resending the same turn is safe.

**Status words** (the app's contract, kept on purpose): \`status\` is \`interviewing\` in the answer of
start and in GET status, and \`active\` in the answer of a turn that continues; \`completed\` everywhere
once the result exists. \`started_at\` in GET status is epoch seconds; every other time is ISO 8601.

Example conversation:
1. POST /api/v2/triage/start {} -> "Olá! Eu sou o Justus, assistente jurídico da LITGO..."
2. POST /api/v2/triage/continue {case_id, message: "Fui demitido sem justa causa e a empresa não pagou minhas verbas rescisórias."}
   -> "Quando isso aconteceu?"
3. {message: "Em 15/01/2024, trabalhei 6 anos numa metalúrgica em Caxias do Sul/RS."} -> next question...
4. ... -> status "completed" with the result (area Trabalhista, strategy failover).`;

/**
 * The OpenAPI document served at /docs and /docs-json. Request bodies are marked
 * `additionalProperties: false` because the global pipe refuses unknown fields.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('litgo-triage').setDescription(API_DESCRIPTION).setVersion('2').addBearerAuth().build(),
  );
  const schemas = document.components?.schemas ?? {};
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.post, path.put, path.patch]) {
      const body = operation?.requestBody;
      const ref = body && 'content' in body ? body.content['application/json']?.schema : undefined;
      const schema = ref && '$ref' in ref ? schemas[ref.$ref.split('/').pop()!] : undefined;
      if (schema && !('$ref' in schema)) schema.additionalProperties = false;
    }
  }
  return document;
}
