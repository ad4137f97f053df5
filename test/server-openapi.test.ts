import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Fastify, { type RouteOptions } from 'fastify';
import { z } from 'zod';
import { triageSchema } from '../src/core/results.ts';
import { buildApp } from '../src/server/app.ts';
import { openDb } from '../src/server/db/open.ts';
import type { Db } from '../src/server/db/types.ts';
import { describeRoutes } from '../src/server/openapi.ts';
import { settingsFromEnv } from '../src/server/settings.ts';
import { tempDir } from './server-helpers.ts';

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: object };
        parameters?: { name: string; in: string }[];
        responses: Record<string, { content?: Record<string, { schema: object }> }>;
      }
    >
  >;
};

describe('the OpenAPI document is generated from the routes themselves', () => {
  const dir = tempDir();
  let db: Db;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const routes: RouteOptions[] = [];

  before(async () => {
    db = await openDb({ dataDir: dir.path });
    app = await buildApp(db, {
      ...settingsFromEnv({}),
      webRoot: dir.path,
      logger: false,
      onRoute: (route) => routes.push(route),
    });
    await app.ready();
  });

  after(async () => {
    await app.close();
    await db.close();
    dir.remove();
  });

  test('every API route Fastify registered is in the document, with its body and its answers', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as Doc;
    const api = routes.filter((r) => r.url.startsWith('/api/'));
    assert.ok(api.length >= 11, `only ${api.length} API routes were seen`);
    for (const route of api) {
      for (const method of [route.method].flat().filter((m) => m !== 'HEAD')) {
        // Fastify's `/x/:id` is OpenAPI's `/x/{id}`, with the parameter declared.
        const path = route.url.replace(/:(\w+)/g, '{$1}');
        const op = doc.paths[path]?.[method.toLowerCase()];
        for (const [, name] of route.url.matchAll(/:(\w+)/g)) {
          assert.ok(
            op?.parameters?.some((p) => p.in === 'path' && p.name === name),
            `${method} ${route.url} does not declare its path parameter ${name}`,
          );
        }
        assert.ok(op, `${method} ${route.url} is missing from the document`);
        if (method !== 'GET')
          assert.ok(op.requestBody?.content, `${method} ${route.url} has no request schema`);
        const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
        assert.equal(success.length, 1, `${method} ${route.url} has no success answer`);
        for (const [status, answer] of success) {
          if (status !== '204') {
            const media = Object.values(answer.content ?? {})[0];
            assert.ok(media?.schema, `${method} ${route.url} ${status}`);
          }
        }
        for (const [status, answer] of Object.entries(op.responses).filter(([s]) => !s.startsWith('2'))) {
          assert.ok(
            answer.content?.['application/json']?.schema,
            `${method} ${route.url} ${status} has no problem schema`,
          );
        }
      }
    }
  });

  test('an engine route answers with the schema its real output parses with', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as Doc;
    const schema = doc.paths['/api/v1/triage']?.post?.responses['200']?.content?.['application/json']?.schema;
    assert.deepEqual(
      schema,
      JSON.parse(
        JSON.stringify(
          z.toJSONSchema(triageSchema, { io: 'output', unrepresentable: 'any', target: 'openapi-3.0' }),
        ),
      ),
    );
    const answer = await app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      payload: { age: 40, onset: '2026-11-20', asOf: '2026-11-21' },
    });
    assert.equal(triageSchema.safeParse(answer.json()).success, true);
  });

  test('an API route registered outside the route table stops the app from starting', async () => {
    const bare = Fastify();
    await describeRoutes(bare);
    bare.get('/api/v1/forgotten', async () => ({}));
    await assert.rejects(
      async () => bare.ready(),
      /not registered from the route table .*GET \/api\/v1\/forgotten/,
    );
    await bare.close();
  });
});
