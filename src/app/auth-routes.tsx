import { CitizenAccountPage } from '../features/auth/citizen-account-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { UnlockPage } from '../features/auth/unlock-page';
import { navigate } from '../lib/router';

const home = () => navigate('/', { replace: true });

export const SignInRoute = () => <SignInPage onDone={home} />;
export const UnlockRoute = () => <UnlockPage onDone={home} />;
export const CitizenAccountRoute = () => <CitizenAccountPage onDone={home} />;
