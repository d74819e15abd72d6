import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import type { UserRole } from '../db/schema';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

const ISSUER = 'cau-noi';
const AUDIENCE = 'cau-noi-api';

export type AccessClaims = { userId: string; role: UserRole; communes: string[]; deviceId: string };

export type AccessTokens = {
  sign(claims: AccessClaims): Promise<string>;
  /** Throws when the token is malformed, forged or expired. */
  verify(token: string): Promise<AccessClaims>;
};

const payloadSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(['staff', 'officer', 'admin', 'citizen']),
  communes: z.array(z.string()),
  did: z.string().min(1),
});

/** Short-lived HS256 JWTs: 15 minutes bounds how long a removed commune assignment lingers in a token. */
export function createAccessTokens(secret: string): AccessTokens {
  if (secret.length < 32) throw new Error('JWT secret must be at least 32 characters');
  const key = new TextEncoder().encode(secret);
  return {
    sign: (claims) =>
      new SignJWT({ role: claims.role, communes: claims.communes, did: claims.deviceId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
        .sign(key),
    verify: async (token) => {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      const claims = payloadSchema.parse(payload);
      return { userId: claims.sub, role: claims.role, communes: claims.communes, deviceId: claims.did };
    },
  };
}
