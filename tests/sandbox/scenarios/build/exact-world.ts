import type { ExactDivision, ExactWorld } from '../../exact/world';
import { guid } from './guid';

/** The merchant's own Exact app (entered on the options page) and the user who connects. */
export const EXACT_APP = { clientId: guid('demo/exact-app'), clientSecret: 'demo-exact-client-secret' } as const;

export function exactWorld(divisions: ExactDivision[]): ExactWorld {
  const first = divisions[0]?.division ?? 0;
  return {
    host: 'start.exactonline.nl',
    apps: [{ ...EXACT_APP }],
    users: [{
      userId: guid('demo/exact-user'),
      fullName: 'Demi de Vries',
      email: 'demi@demo-store.example',
      currentDivision: first,
      divisions: divisions.map((d) => d.division),
    }],
    divisions,
    dailyLimit: 5000,
    minutelyLimit: 60,
  };
}
