import { bearerToken, hashToken, newToken } from './api-token';

describe('api tokens', () => {
  it('issues distinct tokens with a recognisable prefix', () => {
    const a = newToken();
    const b = newToken();
    expect(a).toMatch(/^csi_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('stores the SHA-256 hex of the token, never the token', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // Known answers computed apart from this code (`printf 'csi_x' | sha256sum`).
    expect(hashToken('csi_x')).toBe('749d2f95c5a4c69462d4caccac35fb526bf16cff06a372d34c896a87ea1064b0');
    expect(hashToken('csi_y')).toBe('bac40a131848e964d1ed914d7febf214701ad68ac7b7e4574453decad6c2b411');
  });

  it('reads the token from a Bearer header only', () => {
    expect(bearerToken('Bearer csi_abc')).toBe('csi_abc');
    expect(bearerToken('bearer csi_abc')).toBe('csi_abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
