import { expect, it } from 'vitest';
import { exactHosts } from './exact-hosts';

it('lists every Exact host the profile schema accepts, .nl first', () => {
  expect(exactHosts()).toEqual([
    'start.exactonline.nl',
    'start.exactonline.be',
    'start.exactonline.de',
    'start.exactonline.co.uk',
    'start.exactonline.com',
    'start.exactonline.es',
    'start.exactonline.fr',
  ]);
});
