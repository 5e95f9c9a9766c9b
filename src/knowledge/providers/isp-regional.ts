import type { Provider } from './types.js';

/** ISPs of Australia, Canada and Latin America, named by their mail hosts. */
export const REGIONAL_ISPS: readonly Provider[] = [
  {
    id: 'telstra',
    name: 'Telstra (BigPond)',
    kind: 'mailbox',
    hosts: ['bigpond.com', 'bigpond.net.au', 'telstra.com', 'telstra.com.au'],
    markers: [],
  },
  { id: 'optus', name: 'Optus', kind: 'mailbox', hosts: ['optusnet.com.au', 'optus.com.au'], markers: [] },
  { id: 'tpg', name: 'TPG', kind: 'mailbox', hosts: ['tpg.com.au', 'tpgi.com.au'], markers: [] },
  { id: 'bell', name: 'Bell Canada', kind: 'mailbox', hosts: ['sympatico.ca', 'bell.net'], markers: [] },
  { id: 'shaw', name: 'Shaw', kind: 'mailbox', hosts: ['shaw.ca'], markers: [] },
  {
    id: 'videotron',
    name: 'Vidéotron',
    kind: 'mailbox',
    hosts: ['videotron.ca', 'videotron.com'],
    markers: [],
  },
  {
    id: 'uol',
    name: 'UOL',
    kind: 'mailbox',
    hosts: ['uol.com.br', 'bol.com.br'],
    markers: ['mx.uol.com.br'],
  },
  { id: 'terra', name: 'Terra', kind: 'mailbox', hosts: ['terra.com.br'], markers: [] },
  {
    id: 'telmex',
    name: 'Telmex (Prodigy)',
    kind: 'mailbox',
    hosts: ['prodigy.net.mx', 'telmex.com'],
    markers: [],
  },
];
