// Demo engineers, so the demo's accepted repairs can be assigned (auto-assignment finds them).
import { signDevToken } from '@aftersales/platform';

const ENGINEERS = [
  {
    engineerId: 'e-hz-1',
    branch: 'HZ',
    home: 'branch',
    skills: ['KYN28-12', 'ZN63-12', 'XGN15-12'],
    baseZone: 'city',
  },
  {
    engineerId: 'e-hz-2',
    branch: 'HZ',
    home: 'branch',
    skills: ['KYN28-12', 'VS1-12'],
    baseZone: 'province',
  },
  {
    engineerId: 'e-nb-1',
    branch: 'NB',
    home: 'branch',
    skills: ['KYN28-12', 'ZN63-12', 'XGN15-12'],
    baseZone: 'city',
  },
  {
    engineerId: 'e-sh-1',
    branch: 'SH',
    home: 'branch',
    skills: ['KYN28-12', 'ZN63-12', 'XGN15-12'],
    baseZone: 'city',
  },
];

export async function loadDispatchDemo(dispatchUrl: string): Promise<{ engineers: number }> {
  const token = await signDevToken({
    sub: 'demo-dispatcher',
    name: 'Dispatcher Qian',
    roles: ['dispatcher'],
    branches: ['HZ', 'NB', 'SH'],
  });
  let registered = 0;
  for (const engineer of ENGINEERS) {
    const res = await fetch(`${dispatchUrl}/engineers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(engineer),
    });
    // 409: registered by an earlier run of the standalone.
    if (res.status === 201) registered++;
    else if (res.status !== 409)
      throw new Error(`demo engineer ${engineer.engineerId}: ${res.status} ${await res.text()}`);
  }
  return { engineers: registered };
}
