import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Catalogue } from '../core/knowledge/text/catalogue.ts';
import { everyCatalogue } from '../core/knowledge/text/every.ts';
import {
  CHOSEN_LANGUAGE,
  type Language,
  languageOf,
  languageOfAccept,
} from '../core/knowledge/text/languages.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language the reply speaks: the best of its Accept-Language that Unknot speaks, else English. */
    language: Language;
    /** Every sentence the reply may say, in that language. */
    words: Catalogue;
  }
}

/** The person's choice in a Cookie header; made once, as this runs for every request. */
const CHOSEN_COOKIE = new RegExp(`(?:^|;\\s*)${CHOSEN_LANGUAGE}=([A-Za-z-]{2,12})(?:;|$)`);

/**
 * The language a request asks for: the person's choice in the app (its cookie), which a download link or a page
 * cannot otherwise say, else its Accept-Language header. The cookie is read from the header itself, since this
 * runs before the cookie plugin has parsed it.
 */
export function languageOfRequest(request: Pick<FastifyRequest, 'headers'>): Language {
  const chosen = CHOSEN_COOKIE.exec(request.headers.cookie ?? '')?.[1];
  const header = request.headers['accept-language'];
  return languageOf(chosen) ?? languageOfAccept(Array.isArray(header) ? header.join(',') : header);
}

export const wordsOf = (language: Language): Catalogue => everyCatalogue[language];

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** A Vary header's value with Accept-Language and Cookie (the two inputs of `languageOfRequest`) added, once each. */
export function varyWithLanguage(vary: unknown): string {
  const now = Array.isArray(vary) ? vary.join(', ') : typeof vary === 'string' ? vary : '';
  const names = now
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.includes('*')) return '*';
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  return [...names, ...['Accept-Language', 'Cookie'].filter((n) => !has(n))].join(', ');
}

/**
 * The headers that say which language an API reply speaks, and that it depends on Accept-Language. A route
 * whose answer has one language whatever is asked (the API document) sets its Content-Language itself.
 */
export function languageHeaders(reply: FastifyReply, language: Language): void {
  if (!reply.hasHeader('content-language')) reply.header('content-language', language);
  reply.header('vary', varyWithLanguage(reply.getHeader('vary')));
}

/**
 * Each request gets its words from its Accept-Language header (`request.words`, `request.language`); each
 * API reply says which language it answered in (Content-Language) and that it varies with the header.
 * Installed first, so every later hook, handler and the error handler can speak the request's language.
 */
export function installLanguage(app: FastifyInstance): void {
  app.decorateRequest('language', 'en');
  app.decorateRequest('words', null as unknown as Catalogue);
  app.addHook('onRequest', async (request) => {
    request.language = languageOfRequest(request);
    request.words = everyCatalogue[request.language];
  });
  app.addHook('onSend', async (request, reply) => {
    if (isApi(request.url)) languageHeaders(reply, request.language);
  });
}
