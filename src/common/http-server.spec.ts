import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config/app-config.js';
import { clientErrorBody, fastifyServerOptions, frameworkErrorBody } from './http-server.js';

describe('fastifyServerOptions', () => {
  it('hands every timeout of the config to Fastify and to Node', () => {
    const options = fastifyServerOptions(
      loadConfig({
        PUSULA_HEADERS_TIMEOUT_SECONDS: '10',
        PUSULA_REQUEST_TIMEOUT_SECONDS: '60',
        PUSULA_IDLE_TIMEOUT_SECONDS: '30',
        PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS: '5',
        PUSULA_BODY_LIMIT: '2048',
      }),
    );
    expect(options).toMatchObject({
      bodyLimit: 2048,
      connectionTimeout: 30000,
      keepAliveTimeout: 5000,
      requestTimeout: 60000,
      http: { headersTimeout: 10000, requestTimeout: 60000, connectionsCheckingInterval: 1000 },
    });
  });

  it('checks the timeouts often enough for a short headers timeout', () => {
    const options = fastifyServerOptions(
      loadConfig({ PUSULA_HEADERS_TIMEOUT_SECONDS: '1', PUSULA_REQUEST_TIMEOUT_SECONDS: '2' }),
    );
    expect(options.http).toMatchObject({ connectionsCheckingInterval: 250 });
  });
});

describe('errors answered before the app', () => {
  it('gives Node parser errors the error body with stable codes', () => {
    expect(clientErrorBody('HPE_HEADER_OVERFLOW')).toMatchObject({
      statusCode: 431,
      code: 'HEADERS_TOO_LARGE',
    });
    expect(clientErrorBody('ERR_HTTP_REQUEST_TIMEOUT')).toMatchObject({
      statusCode: 408,
      code: 'REQUEST_TIMEOUT',
    });
    expect(clientErrorBody('HPE_INVALID_METHOD')).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
  });

  it('gives the router errors the error body with stable codes', () => {
    expect(frameworkErrorBody({ code: 'FST_ERR_MAX_PARAM_LENGTH' })).toMatchObject({
      statusCode: 414,
      code: 'URI_TOO_LONG',
    });
    expect(frameworkErrorBody({ code: 'FST_ERR_BAD_URL' })).toMatchObject({
      statusCode: 400,
      code: 'BAD_URL',
    });
  });
});
