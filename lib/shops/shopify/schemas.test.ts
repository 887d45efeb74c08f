import { describe, expect, it } from 'vitest';
import { THROTTLED_BODY, THROTTLED_WAIT_MS } from './fixtures';
import { errorBodyMessage, THROTTLE_FALLBACK_MS, throttleWaitMs } from './schemas';

const throttled = (cost: unknown) => ({ errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }], extensions: { cost } });

describe('throttleWaitMs', () => {
  it('waits until the bucket holds the requested cost again', () => {
    expect(throttleWaitMs(THROTTLED_BODY)).toBe(THROTTLED_WAIT_MS);
    expect(throttleWaitMs(throttled({ requestedQueryCost: 112, throttleStatus: { currentlyAvailable: 0.5, restoreRate: 100 } }))).toBe(1115);
  });

  it('falls back to 1000 ms without a usable throttle status', () => {
    expect(throttleWaitMs({ errors: [{ extensions: { code: 'THROTTLED' } }] })).toBe(THROTTLE_FALLBACK_MS);
    expect(throttleWaitMs(throttled({ requestedQueryCost: 10, throttleStatus: { currentlyAvailable: 5, restoreRate: 0 } }))).toBe(
      THROTTLE_FALLBACK_MS,
    );
    expect(throttleWaitMs(throttled({ requestedQueryCost: 10, throttleStatus: { currentlyAvailable: 50, restoreRate: 50 } }))).toBe(
      THROTTLE_FALLBACK_MS,
    );
    expect(throttleWaitMs(throttled({ requestedQueryCost: '10' }))).toBe(THROTTLE_FALLBACK_MS);
  });

  it('is null for anything that is not THROTTLED', () => {
    expect(throttleWaitMs({ data: { order: null } })).toBeNull();
    expect(throttleWaitMs({ errors: [{ message: 'x', extensions: { code: 'ACCESS_DENIED' } }] })).toBeNull();
    expect(throttleWaitMs({ errors: 'Throttled' })).toBeNull();
    expect(throttleWaitMs(null)).toBeNull();
    expect(throttleWaitMs('THROTTLED')).toBeNull();
    expect(throttleWaitMs([THROTTLED_BODY])).toBeNull();
  });
});

describe('errorBodyMessage', () => {
  it('reads the string form of 401 and 403', () => {
    expect(errorBodyMessage('{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}')).toEqual({
      codes: [],
      message: '[API] Invalid API key or access token (unrecognized login or wrong password)',
    });
  });

  it('reads the array form with codes', () => {
    expect(errorBodyMessage(JSON.stringify({ errors: [{ message: 'No', extensions: { code: 'ACCESS_DENIED' } }, { message: 'Also' }] }))).toEqual({
      codes: ['ACCESS_DENIED'],
      message: 'No; Also',
    });
  });

  it('is null for HTML, other JSON and empty lists', () => {
    expect(errorBodyMessage('<html>502</html>')).toBeNull();
    expect(errorBodyMessage('{"message":"x"}')).toBeNull();
    expect(errorBodyMessage('{"errors":[]}')).toBeNull();
  });
});
