import { z } from 'zod';

/** A receiving agency's public signing key, as `GET /agency-keys` serves it and devices keep it. */
export const agencyPublicKeySchema = z.object({
  kid: z.string().min(1).max(60),
  agencyCode: z.string().min(1).max(40),
  /** Ed25519 public key, 32 bytes, base64url. */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  createdAt: z.string(),
  /** Set when a newer key replaced it: papers it signed before stay valid, later ones are refused. */
  retiredAt: z.string().nullable(),
});
export type AgencyPublicKey = z.infer<typeof agencyPublicKeySchema>;

export const agencyKeysResponseSchema = z.object({ keys: z.array(agencyPublicKeySchema) });
export type AgencyKeysResponse = z.infer<typeof agencyKeysResponseSchema>;
