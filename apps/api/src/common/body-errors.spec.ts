import createError from 'http-errors';
import { bodyRefusal } from './body-errors';

describe('bodyRefusal', () => {
  it('gives each body-parser refusal its own status and what to send instead', () => {
    expect(bodyRefusal(createError(413, 'request entity too large', { type: 'entity.too.large', limit: 102400 }))).toEqual({
      status: 413,
      message: 'the body is larger than the 102400-byte limit',
    });
    expect(bodyRefusal(createError(415, 'x', { type: 'charset.unsupported', charset: 'latin1' }))?.message).toMatch(/latin1 .*UTF-8/);
    expect(bodyRefusal(createError(415, 'x', { type: 'encoding.unsupported', encoding: 'compress' }))?.status).toBe(415);
    expect(bodyRefusal(createError(400, 'x', { type: 'entity.parse.failed' }))?.status).toBe(400);
  });

  it('reads any other exposable 4xx from the parser (a body that does not decompress) as 400', () => {
    expect(bodyRefusal(createError(400, new Error('incorrect header check')))).toEqual({
      status: 400,
      message: 'the body could not be read: incorrect header check',
    });
  });

  it('leaves errors that are not the caller\'s alone', () => {
    expect(bodyRefusal(createError(500, 'stream encoding should not be set', { type: 'stream.encoding.set' }))).toBeUndefined();
    expect(bodyRefusal(new Error('boom'))).toBeUndefined();
    expect(bodyRefusal(undefined)).toBeUndefined();
  });
});
