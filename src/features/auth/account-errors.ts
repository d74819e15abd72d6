import { ApiError } from '../../lib/api';

/** The message key for a failed sign-up or phone sign-in, in the `auth` namespace. */
export function accountErrorKey(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) return 'citizen.errorOffline';
    if (error.code === 'phone-taken') return 'citizen.errorPhoneTaken';
    if (error.code === 'commune-unknown') return 'citizen.errorCommune';
    if (error.code === 'invalid-credentials') return 'citizen.errorCredentials';
    if (error.code === 'account-inactive') return 'signIn.errorInactive';
    if (error.code === 'rate-limited') return 'signIn.errorRateLimited';
    if (error.code === 'validation-failed') return 'citizen.errorInvalid';
  }
  return 'signIn.errorUnknown';
}
